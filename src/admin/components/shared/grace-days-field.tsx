import { Input } from "@medusajs/ui"
import { GRACE_DAYS_LABEL, MAX_GRACE_DAYS } from "../../lib/grace"
import { FormField, describedBy } from "./form-field"

/**
 * "Downgrade grace (days)": a whole number from 0 to 366, its hint, and its
 * error under it (the hint gives way to the error).
 */
export const GraceDaysField = ({
  id,
  hint,
  value,
  error,
  onChange,
  onBlur,
  disabled,
}: {
  id: string
  hint: string
  value: string
  error?: string
  onChange: (value: string) => void
  onBlur?: () => void
  disabled?: boolean
}) => (
  <FormField id={id} label={GRACE_DAYS_LABEL} hint={hint} error={error}>
    <Input
      id={id}
      name="grace_days"
      type="number"
      inputMode="numeric"
      min={0}
      max={MAX_GRACE_DAYS}
      step={1}
      className="max-w-[160px]"
      value={value}
      disabled={disabled}
      aria-invalid={!!error || undefined}
      aria-describedby={describedBy(id, { hint, error })}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  </FormField>
)
