import { ExclamationCircle } from "@medusajs/icons"
import { Container, Table } from "@medusajs/ui"
import { useClassificationReport } from "../../hooks/use-classifications"
import { isNotFound } from "../../lib/errors"
import { formatMoney, formatNumber } from "../../lib/format"
import type { ClassificationWithTiers } from "../../../client"
import { HorizontalBarChart } from "../shared/charts"
import { SectionHeader } from "../shared/section-header"
import { EmptyState, SectionError, SectionSkeleton } from "../shared/section-states"

/** Eligible sales per tier (from the latest run), as bars and a table. */
export const ClassificationReportSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const { tiers, isPending, isError, error, refetch } = useClassificationReport(
    classification.id
  )
  const total = (tiers ?? []).reduce((sum, tier) => sum + tier.sales, 0)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Sales per tier"
        description="Eligible sales of each tier's current members, from the latest run."
      />
      {isPending ? (
        <SectionSkeleton rows={3} withContainer={false} />
      ) : isError ? (
        isNotFound(error) ? (
          <EmptyState
            icon={<ExclamationCircle />}
            heading="Report not available"
            description="This server does not provide the sales report yet."
          />
        ) : (
          <SectionError
            error={error}
            title="Could not load the sales report"
            onRetry={() => refetch()}
          />
        )
      ) : !tiers?.length || total === 0 ? (
        <EmptyState
          heading="No sales yet"
          description="Run the auto-assignment to compute each customer's eligible sales."
        />
      ) : (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <HorizontalBarChart
            ariaLabel="Sales per tier"
            items={tiers.map((tier) => ({
              key: tier.tier_id,
              label: tier.name,
              value: tier.sales,
              valueLabel: `${formatMoney(tier.sales, classification.currency_code)} (${(
                (tier.sales / total) *
                100
              ).toFixed(1)}%)`,
              href: `/customer-segments/${tier.tier_id}`,
            }))}
          />
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Tier</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Customers</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Sales</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {tiers.map((tier) => (
                <Table.Row key={tier.tier_id}>
                  <Table.Cell>{tier.name}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatNumber(tier.customer_count)}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatMoney(tier.sales, classification.currency_code)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
