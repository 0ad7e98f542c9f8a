import { csvFileName, toCsv } from "../report-csv"

type Row = { name: string | null; sales: number }
const columns = [
  { header: "Segment", value: (row: Row) => row.name },
  { header: "Sales", value: (row: Row) => row.sales },
]

describe("toCsv", () => {
  it.each([
    ["plain text", { name: "VIP", sales: 1234.5 }, "VIP,1234.5"],
    ["a comma", { name: "Trade, EU", sales: 0 }, '"Trade, EU",0'],
    ["a quote", { name: 'The "best"', sales: 1 }, '"The ""best""",1'],
    ["a line break", { name: "Two\nlines", sales: 1 }, '"Two\nlines",1'],
    ["a carriage return", { name: "A\rB", sales: 1 }, '"A\rB",1'],
    ["null", { name: null, sales: 1 }, ",1"],
    ["a large number, unformatted", { name: "Big", sales: 1234567.89 }, "Big,1234567.89"],
    ["not a number", { name: "NaN", sales: Number.NaN }, "NaN,"],
  ])("%s", (_, row, line) => {
    expect(toCsv(columns, [row as Row])).toEqual(`Segment,Sales\r\n${line}\r\n`)
  })

  it("writes the header row alone for no rows, and dates as ISO", () => {
    expect(toCsv(columns, [])).toEqual("Segment,Sales\r\n")
    const at = new Date("2025-03-01T00:00:00.000Z")
    expect(toCsv([{ header: "At", value: (d: Date) => d }], [at])).toEqual("At\r\n2025-03-01T00:00:00.000Z\r\n")
  })
})

describe("csvFileName", () => {
  it("names the file after the report and its settings", () => {
    expect(csvFileName("sales-by-segment", "2025-01-01", "2025-12-31", "EUR", undefined)).toEqual(
      "sales-by-segment_2025-01-01_2025-12-31_eur.csv"
    )
    expect(csvFileName("segment-size", "VIP / Gold", "day")).toEqual("segment-size_vip-gold_day.csv")
  })
})
