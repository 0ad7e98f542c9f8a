import { Text } from "@medusajs/ui"
import { useId, useMemo, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { formatCompact } from "../../lib/format"

/**
 * Small charts drawn with divs and SVG in the dashboard's colors (no chart
 * library). Each has an accessible name; the sections that use them also
 * show the figures in a table.
 */

export const CHART_COLORS = [
  "var(--tag-blue-icon)",
  "var(--tag-purple-icon)",
  "var(--tag-green-icon)",
  "var(--tag-orange-icon)",
  "var(--tag-red-icon)",
  "var(--fg-muted)",
]

export type BarItem = {
  key: string
  label: string
  value: number
  /** The formatted value shown after the bar. */
  valueLabel?: string
  /** Makes the label a link. */
  href?: string
  color?: string
}

/** Horizontal bars, one row per item, scaled to the largest value. */
export const HorizontalBarChart = ({
  items,
  ariaLabel,
}: {
  items: BarItem[]
  ariaLabel: string
}) => {
  const max = Math.max(0, ...items.map((item) => item.value))
  return (
    <ul aria-label={ariaLabel} className="flex flex-col gap-y-2">
      {items.map((item, index) => {
        const width = max > 0 ? Math.max((item.value / max) * 100, item.value > 0 ? 1 : 0) : 0
        const label = item.href ? (
          <Link
            to={item.href}
            className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus truncate rounded-sm outline-none"
          >
            {item.label}
          </Link>
        ) : (
          <span className="truncate">{item.label}</span>
        )
        return (
          <li
            key={item.key}
            className="grid grid-cols-[minmax(0,_160px)_minmax(0,_1fr)_auto] items-center gap-x-3"
          >
            <Text size="small" leading="compact" className="text-ui-fg-base flex min-w-0" asChild>
              <span title={item.label}>{label}</span>
            </Text>
            <div className="bg-ui-bg-subtle h-4 w-full overflow-hidden rounded-sm" aria-hidden>
              <div
                className="h-full rounded-sm transition-[width]"
                style={{
                  width: `${width}%`,
                  background: item.color ?? CHART_COLORS[index % CHART_COLORS.length],
                }}
              />
            </div>
            <Text size="small" leading="compact" className="text-ui-fg-subtle tabular-nums">
              {item.valueLabel ?? item.value.toLocaleString()}
            </Text>
          </li>
        )
      })}
    </ul>
  )
}

export type LinePoint = { x: Date; y: number }

/** A line over time with a y axis from 0, gridlines and a dot per point (with a tooltip). */
export const LineChart = ({
  points,
  ariaLabel,
  formatX,
  formatY = (value) => formatCompact(value),
  height = 240,
}: {
  points: LinePoint[]
  ariaLabel: string
  formatX: (date: Date) => string
  formatY?: (value: number) => string
  height?: number
}) => {
  const titleId = useId()
  const width = 720
  const padding = { top: 12, right: 16, bottom: 28, left: 48 }
  const innerWidth = width - padding.left - padding.right
  const innerHeight = height - padding.top - padding.bottom

  const { maxY, ticks } = useMemo(() => {
    const max = Math.max(1, ...points.map((point) => point.y))
    const step = niceStep(max / 4)
    const top = Math.ceil(max / step) * step
    const values: number[] = []
    for (let value = 0; value <= top + step / 2; value += step) {
      values.push(value)
    }
    return { maxY: top, ticks: values }
  }, [points])

  const xOf = (index: number) =>
    padding.left + (points.length <= 1 ? innerWidth / 2 : (index / (points.length - 1)) * innerWidth)
  const yOf = (value: number) => padding.top + innerHeight - (value / maxY) * innerHeight

  const path = points
    .map((point, index) => `${index ? "L" : "M"}${xOf(index).toFixed(1)},${yOf(point.y).toFixed(1)}`)
    .join(" ")

  // About six labels along the x axis.
  const labelEvery = Math.max(1, Math.ceil(points.length / 6))

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      className="h-auto w-full"
      style={{ maxHeight: height }}
    >
      <title id={titleId}>{ariaLabel}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={padding.left}
            x2={width - padding.right}
            y1={yOf(tick)}
            y2={yOf(tick)}
            style={{ stroke: "var(--border-base)" }}
            strokeWidth={1}
          />
          <text
            x={padding.left - 8}
            y={yOf(tick)}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize={11}
            style={{ fill: "var(--fg-subtle)" }}
          >
            {formatY(tick)}
          </text>
        </g>
      ))}
      {points.map((point, index) =>
        index % labelEvery === 0 || index === points.length - 1 ? (
          <text
            key={`label-${index}`}
            x={xOf(index)}
            y={height - 8}
            textAnchor={index === 0 ? "start" : index === points.length - 1 ? "end" : "middle"}
            fontSize={11}
            style={{ fill: "var(--fg-subtle)" }}
          >
            {formatX(point.x)}
          </text>
        ) : null
      )}
      <path
        d={path}
        fill="none"
        strokeWidth={2}
        strokeLinejoin="round"
        style={{ stroke: "var(--fg-interactive)" }}
      />
      {points.length <= 120 &&
        points.map((point, index) => (
          <circle
            key={`point-${index}`}
            cx={xOf(index)}
            cy={yOf(point.y)}
            r={3}
            style={{ fill: "var(--fg-interactive)" }}
          >
            <title>{`${formatX(point.x)}: ${point.y.toLocaleString()}`}</title>
          </circle>
        ))}
    </svg>
  )
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
const niceStep = (raw: number) => {
  if (raw <= 1) {
    return 1
  }
  const power = 10 ** Math.floor(Math.log10(raw))
  const scaled = raw / power
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10
  return nice * power
}

/** A heading row above a chart or table inside a section. */
export const ChartCaption = ({ children }: { children: ReactNode }) => (
  <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
    {children}
  </Text>
)
