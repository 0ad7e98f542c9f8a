import { Hint, Label, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  /** Id of the control; the label points at it. */
  id: string
  label: string
  optional?: boolean
  hint?: string
  error?: string
  children: ReactNode
}

/**
 * A label bound to its control, an optional hint and the field's error, laid
 * out like the dashboard's `Form.Item`. Give the control
 * `aria-describedby={describedBy(id, …)}` and `aria-invalid` to link them.
 */
export const FormField = ({
  id,
  label,
  optional,
  hint,
  error,
  children,
}: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <div className="flex items-center gap-x-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {optional && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          (Optional)
        </Text>
      )}
    </div>
    {children}
    {hint && !error && (
      <Hint id={`${id}-hint`} className="text-ui-fg-subtle">
        {hint}
      </Hint>
    )}
    {error && (
      <Hint id={`${id}-error`} variant="error">
        {error}
      </Hint>
    )}
  </div>
)

/** The `aria-describedby` for a control laid out by `FormField`. */
export const describedBy = (id: string, { hint, error }: { hint?: string; error?: string }) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined

/**
 * A label over its control, tighter than `FormField` and without hint: for
 * the settings bar of a report and the inputs of a condition. `subtle` is
 * the smaller, muted label of the condition builder; `error` shows under
 * the control as `${id}-error` (point `aria-describedby` at it).
 */
export const CompactField = ({
  id,
  label,
  subtle,
  error,
  className,
  children,
}: {
  id: string
  label: string
  subtle?: boolean
  error?: string
  className?: string
  children: ReactNode
}) => (
  <div className={clx("flex flex-col gap-y-1", className)}>
    <Label
      htmlFor={id}
      size={subtle ? "xsmall" : "small"}
      weight="plus"
      className={subtle ? "text-ui-fg-subtle" : undefined}
    >
      {label}
    </Label>
    {children}
    {error && (
      <Hint id={`${id}-error`} variant="error">
        {error}
      </Hint>
    )}
  </div>
)
