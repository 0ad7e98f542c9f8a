import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { createBoundedFindParams } from "../../find-params"
import { dateTimeString, overrideFields } from "../override-fields"

/** Most ids one add/remove request may carry. */
export const MAX_BATCH_SIZE = 1000

const shortText = z.string().max(255)

/** What fills a segment: an admin's hand, its conditions, or a classification. */
export const SEGMENT_TYPES = ["manual", "rules", "tier"] as const
export type SegmentType = (typeof SEGMENT_TYPES)[number]

/** A handle is the segment's code: lowercase letters, digits and dashes. */
const handle = z
  .string()
  .min(1)
  .max(100)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "handle must be lowercase letters, digits and single dashes, like 'vip-customers'"
  )

const segmentFields = {
  handle: handle.optional(),
  reference: shortText.nullish(),
  description: z.string().max(2000).nullish(),
  is_active: z.boolean().optional(),
  priority: z.number().int().min(-1_000_000).max(1_000_000).optional(),
  crm_id: shortText.nullish(),
  erp_id: shortText.nullish(),
  accounting_id: shortText.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  /** Rule-based membership; checked in full by the workflows. */
  conditions: z.record(z.string(), z.unknown()).nullish(),
  /** Days a rule member who stops matching stays (downgrade grace); 0: leaves at once. */
  grace_days: z.number().int("grace_days must be a whole number of days").min(0).max(366).optional(),
}

export const AdminCreateCustomerSegment = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(255),
  ...segmentFields,
})
export type AdminCreateCustomerSegmentType = z.infer<typeof AdminCreateCustomerSegment>

export const AdminUpdateCustomerSegment = z.strictObject({
  name: z.string().trim().min(1, "name cannot be empty").max(255).optional(),
  ...segmentFields,
})
export type AdminUpdateCustomerSegmentType = z.infer<typeof AdminUpdateCustomerSegment>

export const AdminGetCustomerSegmentParams = createSelectParams()

export const AdminGetCustomerSegmentsParams = createBoundedFindParams({
  orderFields: ["name", "handle", "priority", "is_active", "created_at", "updated_at"],
}).merge(
  z.object({
    q: z.string().max(255).optional(),
    id: z.union([z.string(), z.array(z.string())]).optional(),
    handle: z.union([z.string(), z.array(z.string())]).optional(),
    is_active: booleanString().optional(),
    /** manual, rules (conditions) or tier (of a classification). */
    type: z.enum(SEGMENT_TYPES).optional(),
    classification_id: z.union([z.string().max(100), z.array(z.string().max(100)).max(100)]).optional(),
  })
)
export type AdminGetCustomerSegmentsParamsType = z.infer<
  typeof AdminGetCustomerSegmentsParams
>

const idList = z
  .array(z.string().min(1).max(100))
  .max(MAX_BATCH_SIZE, `At most ${MAX_BATCH_SIZE} ids per request`)

/** `{ add, remove }` of ids, as Medusa's own link routes take them. */
export const AdminLinkIds = z.strictObject({
  add: idList.optional(),
  remove: idList.optional(),
})
export type AdminLinkIdsType = z.infer<typeof AdminLinkIds>

/**
 * `{ add, remove }` of memberships (a segment's customers, or a customer's
 * segments): manual overrides, with one `reason` and `expires_at` for all.
 */
export const AdminLinkMemberships = z.strictObject({
  ...AdminLinkIds.shape,
  ...overrideFields,
})
export type AdminLinkMembershipsType = z.infer<typeof AdminLinkMemberships>

/** `{ add, remove }` products, optionally marking the added ones exclusive. */
export const AdminLinkSegmentProducts = z.strictObject({
  ...AdminLinkIds.shape,
  is_exclusive: z.boolean().optional(),
})
export type AdminLinkSegmentProductsType = z.infer<typeof AdminLinkSegmentProducts>

export const AdminGetCustomerSegmentProductsParams = createBoundedFindParams({
  orderFields: ["created_at"],
})

export const AdminPreviewCustomerSegmentConditions = z.strictObject({
  conditions: z.record(z.string(), z.unknown()),
  /** How many matching customers to return as a sample. */
  sample_size: z.number().int().min(0).max(50).default(10),
})
export type AdminPreviewCustomerSegmentConditionsType = z.infer<
  typeof AdminPreviewCustomerSegmentConditions
>

export const AdminGetCustomerSegmentHistoryParams = z.object({
  customer_id: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetCustomerSegmentHistoryParamsType = z.infer<
  typeof AdminGetCustomerSegmentHistoryParams
>

export const AdminClearCustomerSegmentOverrides = z.strictObject({
  customer_ids: idList.optional(),
})
export type AdminClearCustomerSegmentOverridesType = z.infer<
  typeof AdminClearCustomerSegmentOverrides
>

const period = {
  from: z.coerce.date(),
  to: z.coerce.date().default(() => new Date()),
}

export const AdminGetSegmentSizeHistoryParams = z
  .object({ ...period, interval: z.enum(["day", "week", "month"]).default("day") })
  .refine((value) => value.from <= value.to, { message: "from must not be after to", path: ["from"] })
  .refine(
    (value) => {
      const days = (value.to.getTime() - value.from.getTime()) / 86_400_000
      const step = { day: 1, week: 7, month: 28 }[value.interval]
      return days / step <= 400
    },
    { message: "at most 400 points: widen the interval or shorten the period", path: ["interval"] }
  )
export type AdminGetSegmentSizeHistoryParamsType = z.infer<typeof AdminGetSegmentSizeHistoryParams>

/** The sort keys the members list accepts (prefix `-` for descending). */
export const MEMBER_ORDER_FIELDS = [
  "added_at",
  "email",
  "first_name",
  "last_name",
  "expires_at",
] as const

export const AdminGetCustomerSegmentMembersParams = z.object({
  q: z.string().max(255).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  order: z
    .enum([
      ...MEMBER_ORDER_FIELDS,
      ...MEMBER_ORDER_FIELDS.map((field) => `-${field}` as const),
    ])
    .default("-added_at"),
  /**
   * Only manual members whose override ends at or before this date-time
   * (ISO 8601), like "ends within 30 days".
   */
  expires_before: dateTimeString("expires_before").optional(),
})
export type AdminGetCustomerSegmentMembersParamsType = z.infer<
  typeof AdminGetCustomerSegmentMembersParams
>
