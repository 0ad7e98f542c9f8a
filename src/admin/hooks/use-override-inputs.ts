import { useCallback, useState } from "react"
import { toFieldErrors } from "../lib/errors"
import {
  OVERRIDE_FIELDS,
  toOverrideInputs,
  toOverridePayload,
  type OverrideFieldErrors,
  type OverrideInputs,
  type OverrideNoteValues,
} from "../lib/override-fields"

/**
 * The Reason and "Ends on" inputs of a manual override and their errors:
 * `read()` gives the body fields (or shows the errors and gives undefined),
 * `showServerError` puts a 400 naming `reason` or `expires_at` under its
 * input and returns what it could not place.
 */
export const useOverrideInputs = (initial?: OverrideNoteValues | null) => {
  const [values, setValues] = useState<OverrideInputs>(() => toOverrideInputs(initial))
  const [errors, setErrors] = useState<OverrideFieldErrors>({})

  const setField = useCallback((field: keyof OverrideInputs, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    const key = field === "endsOn" ? "expires_at" : "reason"
    setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current))
  }, [])

  const reset = useCallback(() => {
    setValues(toOverrideInputs(initial))
    setErrors({})
  }, [initial])

  const read = (options?: { withEnd?: boolean }) => {
    const result = toOverridePayload(values, { initial, withEnd: options?.withEnd })
    setErrors(result.errors ?? {})
    return result.payload
  }

  /** Shows a 400's field messages under the inputs; returns the rest (or the whole message). */
  const showServerError = (error: unknown) => {
    const { fields, general } = toFieldErrors(error, OVERRIDE_FIELDS)
    setErrors(fields)
    return Object.keys(fields).length ? general : (general ?? "Something went wrong")
  }

  return { values, errors, setField, reset, read, showServerError }
}

export type OverrideInputsState = ReturnType<typeof useOverrideInputs>
