const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
})
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})

/** "12 Mar 2025" (in the browser's locale); "-" for nothing. */
export const formatDate = (value?: string | Date | null) =>
  value ? dateFormat.format(new Date(value)) : "-"

/** "12 Mar 2025, 14:05" (in the browser's locale); "-" for nothing. */
export const formatDateTime = (value?: string | Date | null) =>
  value ? dateTimeFormat.format(new Date(value)) : "-"
