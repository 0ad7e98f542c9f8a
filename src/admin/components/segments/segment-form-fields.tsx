import { Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { useId } from "react"
import type {
  SegmentFormErrors,
  SegmentFormField,
  SegmentFormValues,
} from "../../lib/segment-form"
import { FormField, describedBy } from "../shared/form-field"

type SegmentFormFieldsProps = {
  values: SegmentFormValues
  errors: SegmentFormErrors
  onChange: <K extends SegmentFormField>(
    field: K,
    value: SegmentFormValues[K]
  ) => void
  /** Create: one-column in a drawer is too narrow for two. */
  layout?: "grid" | "stack"
  /** Handle may be left empty on create: the API makes one from the name. */
  handleOptional?: boolean
  autoFocus?: boolean
}

type TextField = Exclude<SegmentFormField, "is_active" | "description">

const TEXT_FIELDS: {
  field: TextField
  label: string
  optional: boolean
  hint?: string
  placeholder?: string
  type?: "text" | "number"
}[] = [
  { field: "name", label: "Name", optional: false, placeholder: "VIP customers" },
  {
    field: "handle",
    label: "Handle",
    optional: true,
    hint: "The segment's code. Lowercase letters, digits and dashes.",
    placeholder: "vip-customers",
  },
  {
    field: "reference",
    label: "Reference",
    optional: true,
    hint: "Your own reference, shown to admins only.",
  },
  {
    field: "priority",
    label: "Priority",
    optional: true,
    hint: "Ranks the segment against others; a whole number.",
    type: "number",
  },
  { field: "crm_id", label: "CRM ID", optional: true },
  { field: "erp_id", label: "ERP ID", optional: true },
  { field: "accounting_id", label: "Accounting ID", optional: true },
]

/** The inputs of a segment, shared by the create modal and the edit drawer. */
export const SegmentFormFields = ({
  values,
  errors,
  onChange,
  layout = "grid",
  handleOptional = true,
  autoFocus,
}: SegmentFormFieldsProps) => {
  const prefix = useId()
  const idOf = (field: SegmentFormField) => `${prefix}-${field}`

  const textInput = ({
    field,
    label,
    optional,
    hint,
    placeholder,
    type,
  }: (typeof TEXT_FIELDS)[number]) => {
    const id = idOf(field)
    const error = errors[field]
    const isOptional = field === "handle" ? handleOptional : optional
    const fieldHint =
      field === "handle" && handleOptional
        ? `${hint} Made from the name when left empty.`
        : hint
    return (
      <FormField
        key={field}
        id={id}
        label={label}
        optional={isOptional}
        hint={fieldHint}
        error={error}
      >
        <Input
          id={id}
          name={field}
          type={type ?? "text"}
          step={type === "number" ? 1 : undefined}
          inputMode={type === "number" ? "numeric" : undefined}
          value={values[field]}
          placeholder={placeholder}
          autoComplete="off"
          autoFocus={autoFocus && field === "name"}
          required={!isOptional}
          aria-invalid={!!error}
          aria-describedby={describedBy(id, { hint: fieldHint, error })}
          onChange={(event) => onChange(field, event.target.value)}
        />
      </FormField>
    )
  }

  const descriptionId = idOf("description")
  const activeId = idOf("is_active")
  const activeHintId = `${activeId}-hint`

  return (
    <div className="flex flex-col gap-y-6">
      <div
        className={
          layout === "grid"
            ? "grid grid-cols-1 gap-4 md:grid-cols-2"
            : "flex flex-col gap-y-4"
        }
      >
        {TEXT_FIELDS.slice(0, 2).map(textInput)}
      </div>
      <FormField
        id={descriptionId}
        label="Internal description"
        optional
        hint="Shown to admins only, never to customers."
        error={errors.description}
      >
        <Textarea
          id={descriptionId}
          name="description"
          rows={3}
          value={values.description}
          aria-invalid={!!errors.description}
          aria-describedby={describedBy(descriptionId, {
            hint: "Shown to admins only, never to customers.",
            error: errors.description,
          })}
          onChange={(event) => onChange("description", event.target.value)}
        />
      </FormField>
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start gap-x-3 rounded-lg p-3">
        <div className="flex shrink-0 items-center pt-0.5">
          <Switch
            id={activeId}
            name="is_active"
            checked={values.is_active}
            aria-describedby={activeHintId}
            onCheckedChange={(checked) => onChange("is_active", checked)}
          />
        </div>
        <div className="flex flex-col gap-y-0.5">
          <Label htmlFor={activeId} size="small" weight="plus">
            Active
          </Label>
          <Text id={activeHintId} size="small" className="text-ui-fg-subtle">
            Only active segments are applied to their members. An inactive
            segment keeps its members and links.
          </Text>
        </div>
      </div>
      <div
        className={
          layout === "grid"
            ? "grid grid-cols-1 gap-4 md:grid-cols-2"
            : "flex flex-col gap-y-4"
        }
      >
        {TEXT_FIELDS.slice(2).map(textInput)}
      </div>
    </div>
  )
}
