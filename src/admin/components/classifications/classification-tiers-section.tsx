import { Badge, Container, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { tierShareNote } from "../../lib/classification-run"
import { formatNumber } from "../../lib/format"
import type { ClassificationWithTiers } from "../../../client"
import { HorizontalBarChart } from "../shared/charts"
import { SectionHeader } from "../shared/section-header"
import { EmptyState } from "../shared/section-states"

/** The tiers with their settings and member counts, and a bar chart of customers per tier. */
export const ClassificationTiersSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const tiers = classification.tiers ?? []
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Tiers"
        description="Each tier is a customer segment: open it for its members, prices and coupons."
      />
      {tiers.length === 0 ? (
        <EmptyState heading="No tiers" description="This classification has no tiers." />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Tier</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Share of sales</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Priority</Table.HeaderCell>
                  <Table.HeaderCell>Role</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Customers</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {tiers.map((tier) => (
                  <Table.Row key={tier.id}>
                    <Table.Cell>
                      <Link
                        to={`/customer-segments/${tier.id}`}
                        className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus txt-compact-small-plus rounded-sm outline-none"
                      >
                        {tier.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {tier.is_excluded_tier ? "-" : `${tier.tier_share ?? 0}%`}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{tier.priority}</Table.Cell>
                    <Table.Cell>
                      <div className="flex items-center gap-x-1">
                        {tier.is_default_tier && (
                          <>
                            <Badge size="2xsmall" color="blue">
                              Default
                            </Badge>
                            <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                              and customers without sales
                            </Text>
                          </>
                        )}
                        {tier.is_excluded_tier && (
                          <Badge size="2xsmall" color="orange">
                            Excluded
                          </Badge>
                        )}
                        {!tier.is_default_tier && !tier.is_excluded_tier && "-"}
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {formatNumber(tier.member_count ?? 0)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Text size="small" className="text-ui-fg-subtle px-6 py-3">
            {tierShareNote(classification)}
          </Text>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <Text size="small" leading="compact" weight="plus">
              Customers per tier
            </Text>
            {tiers.every((tier) => !tier.member_count) ? (
              <Text size="small" className="text-ui-fg-subtle">
                No customers in any tier yet: run the auto-assignment.
              </Text>
            ) : (
              <HorizontalBarChart
                ariaLabel="Customers per tier"
                items={tiers.map((tier) => ({
                  key: tier.id,
                  label: tier.name,
                  value: tier.member_count ?? 0,
                  valueLabel: formatNumber(tier.member_count ?? 0),
                  href: `/customer-segments/${tier.id}`,
                }))}
              />
            )}
          </div>
        </>
      )}
    </Container>
  )
}
