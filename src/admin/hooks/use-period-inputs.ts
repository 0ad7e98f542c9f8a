import { useState } from "react"
import { monthsAgoInput, periodOf, toDateInput } from "../lib/format"

/**
 * The From and To date inputs of a report's settings (from `monthsBack`
 * months ago to today) and the settings' error.
 */
export const usePeriodInputs = (monthsBack: number) => {
  const [from, setFrom] = useState(() => monthsAgoInput(monthsBack))
  const [to, setTo] = useState(() => toDateInput(new Date()))
  const [formError, setFormError] = useState<string>()

  /** The period as ISO bounds and the error cleared; undefined, with the error shown, if invalid. */
  const readPeriod = () => {
    const period = periodOf(from, to)
    if (period.error) {
      setFormError(period.error)
      return undefined
    }
    setFormError(undefined)
    return { from: period.from!, to: period.to! }
  }

  return { from, setFrom, to, setTo, formError, setFormError, readPeriod }
}
