import type {
  CreateCustomerSegmentPayload,
  CustomerSegment,
  UpdateCustomerSegmentPayload,
} from "../../client"

/** The create and edit forms' values, as the inputs hold them. */
export type SegmentFormValues = {
  name: string
  handle: string
  reference: string
  description: string
  is_active: boolean
  priority: string
  crm_id: string
  erp_id: string
  accounting_id: string
}

export const SEGMENT_FORM_FIELDS = [
  "name",
  "handle",
  "reference",
  "description",
  "is_active",
  "priority",
  "crm_id",
  "erp_id",
  "accounting_id",
] as const satisfies readonly (keyof SegmentFormValues)[]

export type SegmentFormField = (typeof SEGMENT_FORM_FIELDS)[number]
export type SegmentFormErrors = Partial<Record<SegmentFormField, string>>

const NULLABLE_TEXT = [
  "reference",
  "description",
  "crm_id",
  "erp_id",
  "accounting_id",
] as const

/** Same rule as the API's validator. */
const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PRIORITY_LIMIT = 1_000_000

export const emptySegmentForm = (): SegmentFormValues => ({
  name: "",
  handle: "",
  reference: "",
  description: "",
  is_active: true,
  priority: "0",
  crm_id: "",
  erp_id: "",
  accounting_id: "",
})

export const segmentToForm = (segment: CustomerSegment): SegmentFormValues => ({
  name: segment.name,
  handle: segment.handle,
  reference: segment.reference ?? "",
  description: segment.description ?? "",
  is_active: segment.is_active,
  priority: String(segment.priority ?? 0),
  crm_id: segment.crm_id ?? "",
  erp_id: segment.erp_id ?? "",
  accounting_id: segment.accounting_id ?? "",
})

/**
 * The checks the API would make anyway, run before sending so the admin sees
 * them at once. The API's answer is still shown when it disagrees.
 */
export const validateSegmentForm = (
  values: SegmentFormValues,
  { handleRequired = false } = {}
): SegmentFormErrors => {
  const errors: SegmentFormErrors = {}
  if (!values.name.trim()) {
    errors.name = "Name is required"
  } else if (values.name.trim().length > 255) {
    errors.name = "Name must be at most 255 characters"
  }
  const handle = values.handle.trim()
  if (!handle && handleRequired) {
    errors.handle = "Handle is required"
  } else if (handle && !HANDLE_PATTERN.test(handle)) {
    errors.handle =
      "Use lowercase letters, digits and single dashes, like 'vip-customers'"
  } else if (handle.length > 100) {
    errors.handle = "Handle must be at most 100 characters"
  }
  const priority = values.priority.trim()
  if (priority) {
    const number = Number(priority)
    if (!Number.isInteger(number)) {
      errors.priority = "Priority must be a whole number"
    } else if (Math.abs(number) > PRIORITY_LIMIT) {
      errors.priority = `Priority must be between -${PRIORITY_LIMIT} and ${PRIORITY_LIMIT}`
    }
  }
  for (const field of NULLABLE_TEXT) {
    const limit = field === "description" ? 2000 : 255
    if (values[field].length > limit) {
      errors[field] = `At most ${limit} characters`
    }
  }
  return errors
}

/** The create body: only what was filled in (the API makes the handle). */
export const formToCreatePayload = (
  values: SegmentFormValues
): CreateCustomerSegmentPayload => {
  const payload: CreateCustomerSegmentPayload = {
    name: values.name.trim(),
    is_active: values.is_active,
  }
  if (values.handle.trim()) {
    payload.handle = values.handle.trim()
  }
  if (values.priority.trim()) {
    payload.priority = Number(values.priority)
  }
  for (const field of NULLABLE_TEXT) {
    const value = values[field].trim()
    if (value) {
      payload[field] = value
    }
  }
  return payload
}

/** The update body: only what changed; a cleared optional text becomes null. */
export const formToUpdatePayload = (
  values: SegmentFormValues,
  segment: CustomerSegment
): UpdateCustomerSegmentPayload => {
  const initial = segmentToForm(segment)
  const payload: UpdateCustomerSegmentPayload = {}
  if (values.name.trim() !== initial.name) {
    payload.name = values.name.trim()
  }
  if (values.handle.trim() && values.handle.trim() !== initial.handle) {
    payload.handle = values.handle.trim()
  }
  if (values.is_active !== initial.is_active) {
    payload.is_active = values.is_active
  }
  const priority = values.priority.trim() ? Number(values.priority) : 0
  if (priority !== segment.priority) {
    payload.priority = priority
  }
  for (const field of NULLABLE_TEXT) {
    const value = values[field].trim()
    if (value !== initial[field]) {
      payload[field] = value || null
    }
  }
  return payload
}
