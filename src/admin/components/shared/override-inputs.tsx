import { Input, Text, Textarea, clx } from "@medusajs/ui"
import { useId } from "react"
import type { OverrideInputsState } from "../../hooks/use-override-inputs"
import { MAX_OVERRIDE_REASON_LENGTH, firstEndsOnInput } from "../../lib/override-fields"
import { FormField, describedBy } from "./form-field"

const DEFAULT_END_HINT = "Ends at the start of this day (00:00, your time). Empty: until changed by hand."

/**
 * The optional Reason (a textarea with a character counter) and "Ends on"
 * (a date input) of a manual override, with their errors. `showEnd: false`
 * shows the reason only.
 */
export const OverrideInputs = ({
  state,
  showEnd = true,
  endHint = DEFAULT_END_HINT,
  disabled,
  layout = "stack",
  className,
}: {
  state: OverrideInputsState
  showEnd?: boolean
  endHint?: string
  disabled?: boolean
  /** `row`: side by side (a wide modal); `stack`: one under the other. */
  layout?: "row" | "stack"
  className?: string
}) => {
  const prefix = useId()
  const reasonId = `${prefix}-reason`
  const endId = `${prefix}-ends-on`
  const counterId = `${reasonId}-counter`
  const { values, errors, setField } = state
  const length = values.reason.trim().length
  const over = length > MAX_OVERRIDE_REASON_LENGTH

  return (
    <div
      className={clx(
        layout === "row" ? "grid grid-cols-1 gap-4 md:grid-cols-[minmax(0,1fr)_220px]" : "flex flex-col gap-y-4",
        className
      )}
    >
      <FormField id={reasonId} label="Reason" optional error={errors.reason}>
        <Textarea
          id={reasonId}
          name="reason"
          rows={2}
          value={values.reason}
          disabled={disabled}
          placeholder="Contract renewal, per sales"
          aria-invalid={!!errors.reason || over}
          aria-describedby={[describedBy(reasonId, { error: errors.reason }), counterId].filter(Boolean).join(" ")}
          onChange={(event) => setField("reason", event.target.value)}
        />
        <Text
          id={counterId}
          size="xsmall"
          leading="compact"
          className={clx("self-end", over ? "text-ui-fg-error" : "text-ui-fg-muted")}
        >
          {length}/{MAX_OVERRIDE_REASON_LENGTH}
        </Text>
      </FormField>
      {showEnd && (
        <FormField id={endId} label="Ends on" optional hint={endHint} error={errors.expires_at}>
          <Input
            id={endId}
            name="ends_on"
            type="date"
            value={values.endsOn}
            min={firstEndsOnInput()}
            disabled={disabled}
            aria-invalid={!!errors.expires_at}
            aria-describedby={describedBy(endId, { hint: endHint, error: errors.expires_at })}
            onChange={(event) => setField("endsOn", event.target.value)}
          />
        </FormField>
      )}
    </div>
  )
}
