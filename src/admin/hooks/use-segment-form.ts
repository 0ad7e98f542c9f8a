import { useCallback, useState } from "react"
import type {
  SegmentFormErrors,
  SegmentFormField,
  SegmentFormValues,
} from "../lib/segment-form"

/** Values and per-field errors of a segment form; editing a field clears its error. */
export const useSegmentForm = (initial: () => SegmentFormValues) => {
  const [values, setValues] = useState<SegmentFormValues>(initial)
  const [errors, setErrors] = useState<SegmentFormErrors>({})

  const setField = useCallback(
    <K extends SegmentFormField>(field: K, value: SegmentFormValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }))
      setErrors((current) => {
        if (!current[field]) {
          return current
        }
        const { [field]: _cleared, ...rest } = current
        return rest as SegmentFormErrors
      })
    },
    []
  )

  const reset = useCallback(
    (next: SegmentFormValues) => {
      setValues(next)
      setErrors({})
    },
    []
  )

  return { values, errors, setErrors, setField, reset }
}
