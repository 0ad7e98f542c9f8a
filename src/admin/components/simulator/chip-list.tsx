import { XMark } from "@medusajs/icons"
import { IconButton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Thumbnail } from "../shared/thumbnail"

export type Chip = { id: string; label: string; note?: string | null; thumbnail?: string | null }

/** Picked values as removable chips, each remove button named after its value. */
export const ChipList = ({
  label,
  chips,
  onRemove,
  removeLabel,
  withThumbnail,
  mono,
}: {
  /** Accessible name of the list. */
  label: string
  chips: Chip[]
  onRemove: (chip: Chip) => void
  removeLabel: (chip: Chip) => string
  withThumbnail?: boolean
  mono?: boolean
}): ReactNode =>
  chips.length ? (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li
          key={chip.id}
          className="bg-ui-bg-component shadow-borders-base flex max-w-full items-center gap-x-2 rounded-md py-0.5 pl-2 pr-0.5"
        >
          {withThumbnail && <Thumbnail src={chip.thumbnail} />}
          <div className="flex min-w-0 flex-col">
            <Text
              size="small"
              leading="compact"
              weight="plus"
              family={mono ? "mono" : "sans"}
              className="truncate"
            >
              {chip.label}
            </Text>
            {chip.note && (
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
                {chip.note}
              </Text>
            )}
          </div>
          <IconButton
            size="2xsmall"
            variant="transparent"
            type="button"
            aria-label={removeLabel(chip)}
            onClick={() => onRemove(chip)}
          >
            <XMark />
          </IconButton>
        </li>
      ))}
    </ul>
  ) : null
