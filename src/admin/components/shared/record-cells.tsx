import { StatusBadge, Text } from "@medusajs/ui"
import type { RecordRow } from "../../lib/record-resources"
import { Thumbnail } from "./thumbnail"

/** A record's title, with its thumbnail and a muted note when given. */
export const RecordTitleCell = ({
  row,
  withThumbnail,
  note,
}: {
  row: RecordRow
  withThumbnail?: boolean
  note?: string
}) => (
  <div className="flex min-w-0 items-center gap-x-3">
    {withThumbnail && <Thumbnail src={row.thumbnail} />}
    <span className="truncate">{row.title}</span>
    {note && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted shrink-0">
        {note}
      </Text>
    )}
  </div>
)

export const StatusCell = ({ status }: { status?: RecordRow["status"] }) =>
  status ? <StatusBadge color={status.color}>{status.label}</StatusBadge> : <>-</>
