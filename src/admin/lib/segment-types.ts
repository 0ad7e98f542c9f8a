/** What fills a segment, as the list, its filter and the reports name it. */
export const SEGMENT_TYPE_LABELS = { manual: "Manual", rules: "Rules", tier: "Tier" } as const

export type SegmentTypeValue = keyof typeof SEGMENT_TYPE_LABELS

/** The type filter's choices, in this order. */
export const SEGMENT_TYPE_OPTIONS = (Object.keys(SEGMENT_TYPE_LABELS) as SegmentTypeValue[]).map(
  (value) => ({ value, label: SEGMENT_TYPE_LABELS[value] })
)
