import { ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { usePreviewConditions } from "../../hooks/use-segment-rules"
import { readableConditionError } from "../../lib/condition-checks"
import { errorMessage, statusOf } from "../../lib/errors"
import { formatNumber } from "../../lib/format"
import type { ConditionGroup } from "../../../client"
import { CustomerLink } from "../shared/customer-link"

const SAMPLE_SIZE = 5

/**
 * How many customers the complete conditions being edited select, with a
 * sample, half a second after the last change (`previewJson` is that tree
 * as JSON, "null" when no condition is complete). Nothing is asked while
 * no condition is complete; incomplete ones are left out and said so.
 */
export const RulesPreview = ({
  previewJson,
  incomplete,
  isEmpty,
}: {
  previewJson: string
  /** Conditions not complete yet (not counted). */
  incomplete: number
  /** The builder holds no condition. */
  isEmpty: boolean
}) => {
  const debouncedJson = useDebouncedValue(previewJson, 500)
  const debouncedTree = useMemo(
    () => JSON.parse(debouncedJson) as ConditionGroup | null,
    [debouncedJson]
  )
  const preview = usePreviewConditions(debouncedTree, SAMPLE_SIZE)
  const previewPending = previewJson !== debouncedJson || preview.isFetching
  const previewError = preview.isError ? preview.error : null

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" aria-live="polite">
      <Text size="small" leading="compact" weight="plus">
        Preview
      </Text>
      {isEmpty ? (
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-subtle">
            No conditions, so no customer joins automatically: members are added by hand.
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Add a condition, for example Net sales is at least 500 EUR, to see here how many
            customers match and who they are before you save.
          </Text>
        </div>
      ) : previewJson === "null" ? (
        <Text size="small" className="text-ui-fg-subtle">
          Complete the {incomplete === 1 ? "condition" : "conditions"} above to see how many
          customers match.
        </Text>
      ) : previewError ? (
        <div role="alert" className="text-ui-fg-error flex items-start gap-x-2">
          <ExclamationCircle className="shrink-0" />
          <Text size="small" className="break-words">
            {statusOf(previewError) === 400
              ? `The rules were refused: ${readableConditionError(errorMessage(previewError))}`
              : `Could not preview the rules: ${errorMessage(previewError)}`}
          </Text>
        </div>
      ) : preview.count === undefined ? (
        <Text size="small" className="text-ui-fg-subtle">
          Counting matching customers…
        </Text>
      ) : (
        <div className={previewPending ? "opacity-60" : undefined}>
          <Text size="small" weight="plus">
            {preview.count === 1
              ? "1 customer matches"
              : `${formatNumber(preview.count)} customers match`}
            {previewPending && (
              <span className="text-ui-fg-subtle font-normal"> (updating…)</span>
            )}
          </Text>
          {incomplete > 0 && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Not counting {incomplete === 1 ? "1 incomplete condition" : `${incomplete} incomplete conditions`}{" "}
              until {incomplete === 1 ? "it is" : "they are"} filled in.
            </Text>
          )}
          {(preview.customers?.length ?? 0) > 0 && (
            <ul className="mt-1 flex flex-col gap-y-0.5" aria-label="Sample of matching customers">
              {preview.customers!.map((customer) => (
                <li key={customer.id}>
                  <CustomerLink customer={customer} />
                </li>
              ))}
              {preview.count > (preview.customers?.length ?? 0) && (
                <li>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    and {formatNumber(preview.count - preview.customers!.length)} more
                  </Text>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
