import { ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { usePreviewConditions } from "../../hooks/use-segment-rules"
import { errorMessage, statusOf } from "../../lib/errors"
import { formatNumber } from "../../lib/format"
import { customerName } from "../../lib/record-resources"
import type { ConditionGroup } from "../../../client"

const SAMPLE_SIZE = 5

/**
 * How many customers the tree being edited selects, with a sample, half a
 * second after the last change (`treeJson` is the tree as JSON).
 */
export const RulesPreview = ({ tree, treeJson }: { tree: ConditionGroup | null; treeJson: string }) => {
  const debouncedJson = useDebouncedValue(treeJson, 500)
  const debouncedTree = useMemo(
    () => JSON.parse(debouncedJson) as ConditionGroup | null,
    [debouncedJson]
  )
  const preview = usePreviewConditions(debouncedTree, SAMPLE_SIZE)
  const previewPending = treeJson !== debouncedJson || preview.isFetching
  const previewError = preview.isError ? preview.error : null

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" aria-live="polite">
      <Text size="small" leading="compact" weight="plus">
        Preview
      </Text>
      {tree === null ? (
        <Text size="small" className="text-ui-fg-subtle">
          Add a condition to see how many customers match.
        </Text>
      ) : previewError ? (
        <div role="alert" className="text-ui-fg-error flex items-start gap-x-2">
          <ExclamationCircle className="shrink-0" />
          <Text size="small" className="break-words">
            {statusOf(previewError) === 400
              ? errorMessage(previewError)
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
          {(preview.customers?.length ?? 0) > 0 && (
            <ul className="mt-1 flex flex-col gap-y-0.5" aria-label="Sample of matching customers">
              {preview.customers!.map((customer) => (
                <li key={customer.id}>
                  <Link
                    to={`/customers/${customer.id}`}
                    className="text-ui-fg-subtle hover:text-ui-fg-interactive focus-visible:shadow-borders-focus txt-small rounded-sm outline-none"
                  >
                    {customer.email ?? customerName(customer) ?? customer.id}
                  </Link>
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
