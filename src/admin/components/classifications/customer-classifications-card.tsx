import { Badge, Container, Heading, Label, Select, Text, toast } from "@medusajs/ui"
import {
  useClassification,
  useCustomerClassifications,
  useSetCustomerClassificationTier,
} from "../../hooks/use-classifications"
import { errorMessage, isNotFound } from "../../lib/errors"
import { formatMoney } from "../../lib/format"
import type { CustomerClassificationEntry } from "../../../client"
import { Link } from "react-router-dom"
import { EmptyState, SectionError, SectionSkeleton } from "../shared/section-states"

const AUTOMATIC = "__automatic__"

/**
 * The customer's tier in each classification: the automatic tier, a manual
 * override (pick a tier, or Automatic to clear it) and the eligible sales.
 */
export const CustomerClassificationsCard = ({ customerId }: { customerId: string }) => {
  const { classifications, isPending, isError, error, refetch } =
    useCustomerClassifications(customerId)

  // Hide the card on a server without classifications.
  if (isError && isNotFound(error)) {
    return null
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Classifications</Heading>
      </div>
      {isPending ? (
        <SectionSkeleton rows={2} withContainer={false} />
      ) : isError ? (
        <SectionError
          error={error}
          title="Could not load the customer's tiers"
          onRetry={() => refetch()}
        />
      ) : !classifications?.length ? (
        <EmptyState
          heading="No classifications"
          description="Create a classification to rank customers into tiers."
        />
      ) : (
        <ul className="divide-y">
          {classifications.map((entry) => (
            <ClassificationRow
              key={entry.classification.id}
              customerId={customerId}
              entry={entry}
            />
          ))}
        </ul>
      )}
    </Container>
  )
}

const ClassificationRow = ({
  customerId,
  entry,
}: {
  customerId: string
  entry: CustomerClassificationEntry
}) => {
  const { classification: details, isPending, isError } = useClassification(
    entry.classification.id
  )
  const { mutateAsync, isPending: isSaving } = useSetCustomerClassificationTier(customerId)
  const selectId = `classification-${entry.classification.id}-tier`
  const value = entry.manual_tier?.id ?? AUTOMATIC

  const change = async (next: string) => {
    // Radix Select can report "" while its items mount: ignore it.
    if (!next || next === value) {
      return
    }
    const tierId = next === AUTOMATIC ? null : next
    try {
      await mutateAsync({ classification_id: entry.classification.id, tier_id: tierId })
      toast.success(
        tierId
          ? `Pinned to ${details?.tiers.find((tier) => tier.id === tierId)?.name ?? "the tier"}`
          : "Back to the automatic tier",
        { description: entry.classification.name }
      )
    } catch (error) {
      toast.error("Could not change the tier", { description: errorMessage(error) })
    }
  }

  return (
    <li className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between gap-x-2">
        <Link
          to={`/customer-segment-classifications/${entry.classification.id}`}
          className="txt-compact-small-plus hover:text-ui-fg-interactive focus-visible:shadow-borders-focus rounded-sm outline-none"
        >
          {entry.classification.name}
        </Link>
        {entry.tier ? (
          <Badge size="2xsmall" color={entry.manual_tier ? "orange" : "blue"}>
            {entry.tier.name}
            {entry.manual_tier ? " (manual)" : ""}
          </Badge>
        ) : (
          <Badge size="2xsmall" color="grey">
            No tier
          </Badge>
        )}
      </div>
      <dl className="text-ui-fg-subtle grid grid-cols-2 gap-y-1">
        <Text size="small" leading="compact" asChild>
          <dt>Automatic tier</dt>
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-base" asChild>
          <dd>{entry.automatic_tier?.name ?? "None"}</dd>
        </Text>
        <Text size="small" leading="compact" asChild>
          <dt>Eligible sales</dt>
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-base" asChild>
          <dd>
            {entry.eligible_sales === null
              ? "Not ranked yet"
              : formatMoney(entry.eligible_sales, entry.classification.currency_code)}
          </dd>
        </Text>
      </dl>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={selectId} size="small" weight="plus">
          Manual tier
        </Label>
        <Select
          value={value}
          onValueChange={change}
          disabled={isSaving || isPending || isError}
          size="small"
        >
          <Select.Trigger id={selectId} aria-describedby={`${selectId}-hint`}>
            <Select.Value placeholder={isPending ? "Loading tiers…" : undefined} />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={AUTOMATIC}>Automatic</Select.Item>
            {(details?.tiers ?? []).map((tier) => (
              <Select.Item key={tier.id} value={tier.id}>
                {tier.name}
              </Select.Item>
            ))}
            {/* The pinned tier even before the tiers load. */}
            {entry.manual_tier &&
              !details?.tiers.some((tier) => tier.id === entry.manual_tier!.id) && (
                <Select.Item value={entry.manual_tier.id}>{entry.manual_tier.name}</Select.Item>
              )}
          </Select.Content>
        </Select>
        <Text id={`${selectId}-hint`} size="xsmall" className="text-ui-fg-subtle">
          {isError
            ? "Could not load the tiers."
            : "A manual tier wins over the automatic one until set back to Automatic."}
        </Text>
      </div>
    </li>
  )
}
