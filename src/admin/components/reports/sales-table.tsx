import { Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { SegmentSalesRow } from "../../../client"
import { formatMoney, formatNumber } from "../../lib/format"
import type { CsvColumn } from "./report-csv"
import { segmentTypeLabel } from "./segment-type-label"

/** The CSV of the sales table: every row, raw figures. */
export const salesCsvColumns = (currencyCode: string): CsvColumn<SegmentSalesRow>[] => [
  { header: "Segment ID", value: (s) => s.id },
  { header: "Segment", value: (s) => s.name },
  { header: "Type", value: (s) => s.type },
  { header: "Classification", value: (s) => s.classification?.name },
  { header: "Tier", value: (s) => s.tier_name },
  { header: "Members", value: (s) => s.member_count },
  { header: "Orders", value: (s) => s.order_count },
  { header: "Sales", value: (s) => s.sales },
  { header: "Sales per member", value: (s) => (s.member_count ? s.sales / s.member_count : null) },
  { header: "Currency", value: () => currencyCode.toUpperCase() },
]

/** Segments with their members, orders, sales and sales per member. */
export const SalesTable = ({ rows, currencyCode }: { rows: SegmentSalesRow[]; currencyCode: string }) => (
  <div className="overflow-x-auto">
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Segment</Table.HeaderCell>
          <Table.HeaderCell>Type</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Members</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Sales</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Per member</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((segment) => (
          <Table.Row key={segment.id}>
            <Table.Cell className="max-w-[280px]">
              <Link
                to={`/customer-segments/${segment.id}`}
                className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus block truncate rounded-sm outline-none"
                title={segment.name}
              >
                {segment.name}
              </Link>
            </Table.Cell>
            <Table.Cell className="text-ui-fg-subtle">{segmentTypeLabel(segment)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatNumber(segment.member_count)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatNumber(segment.order_count)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatMoney(segment.sales, currencyCode)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">
              {segment.member_count ? formatMoney(segment.sales / segment.member_count, currencyCode) : "-"}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
