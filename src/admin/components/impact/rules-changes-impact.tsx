import { ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useMemo } from "react"
import type { ConditionGroup, ImpactCustomer } from "../../../client"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { useConditionChangesImpact } from "../../hooks/use-segment-impact"
import { readableConditionError } from "../../lib/condition-checks"
import { errorMessage, statusOf } from "../../lib/errors"
import { formatNumber } from "../../lib/format"
import { CustomerLink } from "../shared/customer-link"

/** Customers listed per side (the API sends up to ten). */
const SAMPLE_SHOWN = 5

/**
 * "Saving adds N and removes M customers", before the rules are saved: who
 * would join and leave the saved segment if the edited conditions were
 * saved and evaluated now, with a sample of each, half a second after the
 * last change. Asked only for a changed tree whose every condition is
 * complete (what "Save rules" would send); nothing is saved.
 */
export const RulesChangesImpact = ({
  segmentId,
  treeJson,
  isDirty,
  isValid,
}: {
  segmentId: string
  /** The edited tree as JSON ("null" when it holds no condition). */
  treeJson: string
  isDirty: boolean
  /** Every condition complete: the tree can be saved as it is. */
  isValid: boolean
}) => {
  const askJson = isDirty && isValid ? treeJson : "null"
  const debouncedJson = useDebouncedValue(askJson, 500)
  const tree = useMemo(() => JSON.parse(debouncedJson) as ConditionGroup | null, [debouncedJson])
  const { impact, isFetching, isError, error } = useConditionChangesImpact(segmentId, tree)
  const changes = impact?.changes
  const pending = askJson !== debouncedJson || isFetching

  if (!isDirty || treeJson === "null") {
    return null
  }
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" aria-live="polite">
      <Text size="small" leading="compact" weight="plus">
        If saved
      </Text>
      {!isValid ? (
        <Text size="small" className="text-ui-fg-subtle">
          Complete every condition to see who saving adds and removes.
        </Text>
      ) : isError && !pending ? (
        <div role="alert" className="text-ui-fg-error flex items-start gap-x-2">
          <ExclamationCircle className="shrink-0" />
          <Text size="small" className="break-words">
            {statusOf(error) === 400
              ? `The rules were refused: ${readableConditionError(errorMessage(error))}`
              : `Could not estimate who joins and leaves: ${errorMessage(error)}`}
          </Text>
        </div>
      ) : !changes || debouncedJson === "null" ? (
        <Text size="small" className="text-ui-fg-subtle">
          Counting who joins and leaves…
        </Text>
      ) : (
        <div className={pending ? "opacity-60" : undefined}>
          <Text size="small" weight="plus">
            Saving adds {formatNumber(changes.joining.count)} and removes{" "}
            {formatNumber(changes.leaving.count)} customers
            {pending && <span className="text-ui-fg-subtle font-normal"> (updating…)</span>}
          </Text>
          <div className="mt-1 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
            <CustomerSample label="Joining" side={changes.joining} />
            <CustomerSample label="Leaving" side={changes.leaving} />
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle mt-2">
            An estimate from today's customers and their past orders; the evaluation after saving
            decides. Members added by hand stay.
          </Text>
        </div>
      )}
    </div>
  )
}

const CustomerSample = ({
  label,
  side,
}: {
  label: string
  side: { count: number; sample: ImpactCustomer[] }
}) => (
  <div className="flex min-w-0 flex-col">
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label} ({formatNumber(side.count)})
    </Text>
    {side.count === 0 ? (
      <Text size="xsmall" className="text-ui-fg-muted">
        Nobody
      </Text>
    ) : (
      <ul className="flex flex-col gap-y-0.5" aria-label={`Sample of customers ${label.toLowerCase()}`}>
        {side.sample.slice(0, SAMPLE_SHOWN).map((customer) => (
          <li key={customer.id} className="min-w-0 truncate">
            <CustomerLink customer={customer} />
          </li>
        ))}
        {side.count > Math.min(side.sample.length, SAMPLE_SHOWN) && (
          <li>
            <Text size="xsmall" className="text-ui-fg-muted">
              and {formatNumber(side.count - Math.min(side.sample.length, SAMPLE_SHOWN))} more
            </Text>
          </li>
        )}
      </ul>
    )}
  </div>
)
