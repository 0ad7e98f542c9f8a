import { formatMoney, formatNumber } from "../../lib/format"

const percentFormat = new Intl.NumberFormat(undefined, {
  style: "percent",
  maximumFractionDigits: 1,
})

/** A share (0.123) as "12.3%"; "-" for none. */
export const formatShare = (share?: number | null) =>
  share === null || share === undefined || Number.isNaN(share) ? "-" : percentFormat.format(share)

/** "1 customer", "1,234 customers". */
export const countOf = (count: number, singular: string, plural = `${singular}s`) =>
  `${formatNumber(count)} ${count === 1 ? singular : plural}`

/** "€1,234.00 and $56.00": per-currency amounts, never added up. */
export const amountsInCurrencies = (
  rows: { currency_code: string; estimated_cost: number }[]
) => rows.map((row) => formatMoney(row.estimated_cost, row.currency_code)).join(" and ")

/** "the last 12 months". */
export const windowLabel = (months: number) =>
  months === 1 ? "the last month" : `the last ${months} months`
