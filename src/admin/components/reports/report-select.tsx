import { Select } from "@medusajs/ui"
import { CompactField } from "../shared/form-field"

export type ReportSelectOption = { value: string; label: string }

/** A labelled, keyboard-operable select of a report's settings. */
export const ReportSelect = ({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  disabled,
  width = "w-[180px]",
}: {
  id: string
  label: string
  value: string | undefined
  onChange: (value: string) => void
  options: ReportSelectOption[]
  placeholder?: string
  disabled?: boolean
  width?: string
}) => (
  <CompactField id={id} label={label}>
    <Select
      value={value}
      // Radix Select can report "" while its items mount: ignore it.
      onValueChange={(next) => next && onChange(next)}
      size="small"
      disabled={disabled}
    >
      <Select.Trigger id={id} className={width}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </CompactField>
)
