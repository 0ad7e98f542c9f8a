import { Select } from "@medusajs/ui"
import { useState } from "react"
import { CompactField } from "../shared/form-field"

export type ReportSelectOption = { value: string; label: string }

/**
 * A labelled, keyboard-operable select of a report's settings.
 *
 * Closed, it mounts only the chosen option: Radix Select otherwise renders
 * every item off screen to read the chosen one's text, which took 200 ms of
 * the reports page's first paint with 200 segments. The list mounts on open.
 */
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
}) => {
  const [open, setOpen] = useState(false)
  const chosen = options.find((option) => option.value === value)
  const mounted = open ? options : chosen ? [chosen] : []
  return (
    <CompactField id={id} label={label}>
      <Select
        value={value}
        // Radix Select can report "" while its items mount: ignore it.
        onValueChange={(next) => next && onChange(next)}
        open={open}
        onOpenChange={setOpen}
        size="small"
        disabled={disabled}
      >
        <Select.Trigger id={id} className={width}>
          <Select.Value placeholder={placeholder}>{chosen?.label}</Select.Value>
        </Select.Trigger>
        <Select.Content>
          {mounted.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </CompactField>
  )
}
