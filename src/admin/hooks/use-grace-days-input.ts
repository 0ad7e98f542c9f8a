import { useCallback, useEffect, useState } from "react"
import { parseGraceDays, toGraceDaysInput } from "../lib/grace"

/**
 * The "Downgrade grace (days)" input of a saved record: its text, the days
 * it holds, whether they differ from the saved ones, and its error, shown
 * once the input was left or a save was tried (or the API refused it).
 * Follows the saved days when they change (after a save).
 */
export const useGraceDaysInput = (saved?: number | null) => {
  const savedInput = toGraceDaysInput(saved)
  const [value, setValue] = useState(savedInput)
  const [errorShown, setErrorShown] = useState(false)
  const [serverError, setServerError] = useState<string>()

  const reset = useCallback(() => {
    setValue(savedInput)
    setErrorShown(false)
    setServerError(undefined)
  }, [savedInput])

  useEffect(reset, [reset])

  const parsed = parseGraceDays(value)
  const onChange = useCallback((next: string) => {
    setValue(next)
    setServerError(undefined)
  }, [])

  return {
    value,
    onChange,
    onBlur: () => setErrorShown(true),
    /** The days to send; undefined while the input holds no valid number. */
    days: parsed.days,
    error: serverError ?? (errorShown ? parsed.error : undefined),
    isValid: !parsed.error,
    isDirty: parsed.error ? value !== savedInput : parsed.days !== (saved ?? 0),
    reset,
    /** After a save attempt: the error shows. */
    showError: () => setErrorShown(true),
    /** A 400 about `grace_days`, shown under the input until it changes. */
    setServerError,
  }
}

export type GraceDaysInputState = ReturnType<typeof useGraceDaysInput>
