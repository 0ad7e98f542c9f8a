import { PencilSquare } from "@medusajs/icons"
import { Badge, IconButton, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useCustomerClassifications } from "../../hooks/use-classifications"
import { useRecordsByIds } from "../../hooks/use-records"
import { isNotFound } from "../../lib/errors"
import { formatDateTime, formatMoney } from "../../lib/format"
import { heldUntilLabel } from "../../lib/grace"
import { USER_RESOURCE } from "../../lib/record-resources"
import type { CustomerClassificationEntry } from "../../../client"
import { ManualTierNote } from "./manual-tier-note"
import { SectionError, SectionSkeleton } from "../shared/section-states"
import { ChangeTierDrawer } from "./change-tier-drawer"

/**
 * A customer's tier in each classification, one compact row each (the tier
 * in force, automatic or manual, until when downgrade grace holds it, a
 * button that opens the change drawer), for the customer card. Nothing
 * when there is no classification.
 */
export const CustomerTierRows = ({ customerId }: { customerId: string }) => {
  const { classifications, isPending, isError, error, refetch } =
    useCustomerClassifications(customerId)
  const [editing, setEditing] = useState<CustomerClassificationEntry | null>(null)
  // Who set each manual tier, by name (one request for the card).
  const setByIds = (classifications ?? []).flatMap((entry) =>
    entry.manual_tier && entry.override?.set_by ? [entry.override.set_by] : []
  )
  const { rows: users } = useRecordsByIds(USER_RESOURCE, setByIds)

  // No classification (or a server without them): no section.
  if ((isError && isNotFound(error)) || (!isPending && !isError && !classifications?.length)) {
    return null
  }

  return (
    <section aria-labelledby={`${customerId}-tiers`} className="flex flex-col">
      <div className="flex flex-col px-6 pt-4 pb-2">
        <Text id={`${customerId}-tiers`} size="small" leading="compact" weight="plus">
          Tiers
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          The tier in force per classification; a manual tier wins until set back to automatic or until its end date.
        </Text>
      </div>
      {isPending ? (
        <SectionSkeleton rows={2} withContainer={false} />
      ) : isError ? (
        <SectionError
          error={error}
          title="Could not load the customer's tiers"
          onRetry={() => refetch()}
        />
      ) : (
        <ul className="pb-2" aria-label="Tier per classification">
          {classifications!.map((entry) => (
            <TierRow
              key={entry.classification.id}
              entry={entry}
              setBy={entry.override?.set_by ? users?.get(entry.override.set_by)?.title : undefined}
              onChange={() => setEditing(entry)}
            />
          ))}
        </ul>
      )}
      <ChangeTierDrawer customerId={customerId} entry={editing} onClose={() => setEditing(null)} />
    </section>
  )
}

const TierRow = ({
  entry,
  setBy,
  onChange,
}: {
  entry: CustomerClassificationEntry
  /** The name of the admin who set the manual tier, once known. */
  setBy?: string
  onChange: () => void
}) => {
  const { classification, tier, manual_tier, automatic_tier, eligible_sales, override, grace_until } = entry
  const label = `Change the tier in ${classification.name}`
  // Tiers are segments named after their classification ("Gold B"): the
  // row names the classification already.
  const short = (name: string) =>
    name.startsWith(`${classification.name} `) ? name.slice(classification.name.length + 1) : name
  const how = manual_tier
    ? `Manual${automatic_tier ? `, automatic: ${short(automatic_tier.name)}` : ""}`
    : tier
      ? "Automatic"
      : "Not ranked yet"
  const sales =
    eligible_sales === null ? "" : ` · ${formatMoney(eligible_sales, classification.currency_code)}`
  // Downgrade grace: the tier in force is held, the automatic one is lower.
  const held = manual_tier ? null : heldUntilLabel(grace_until, automatic_tier && short(automatic_tier.name))
  return (
    <li className="flex items-center gap-x-2 px-6 py-1.5">
      <div className="flex min-w-0 flex-1 flex-col">
        <Link
          to={`/customer-segment-classifications/${classification.id}`}
          className="txt-compact-small-plus hover:text-ui-fg-interactive focus-visible:shadow-borders-focus truncate rounded-sm outline-none"
        >
          {classification.name}
        </Link>
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
          {how}
          {sales}
        </Text>
        {manual_tier && override && <ManualTierNote override={override} setBy={setBy} />}
        {held && (
          <Text
            size="xsmall"
            leading="compact"
            className="text-ui-fg-subtle truncate"
            title={`Downgrade grace: they keep ${tier ? short(tier.name) : "this tier"} until ${formatDateTime(grace_until)}, then move to their automatic tier unless their sales bring it back.`}
          >
            {held}
          </Text>
        )}
      </div>
      <Badge
        size="2xsmall"
        color={!tier ? "grey" : manual_tier ? "orange" : "blue"}
        className="max-w-[45%] shrink-0 whitespace-nowrap"
        title={tier?.name}
      >
        <span className="truncate">{tier ? short(tier.name) : "No tier"}</span>
      </Badge>
      <Tooltip content={label}>
        <IconButton size="small" variant="transparent" type="button" aria-label={label} onClick={onChange}>
          <PencilSquare />
        </IconButton>
      </Tooltip>
    </li>
  )
}
