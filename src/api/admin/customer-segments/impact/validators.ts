import { z } from "@medusajs/framework/zod"

/** Ids of records in Medusa's other modules: bounded text, checked against the database by the route. */
const recordId = z.string().min(1).max(100)

/** The window's length: whole months, 1 to 120 (10 years); 12 by default. */
export const WINDOW_MONTHS = { min: 1, max: 120, default: 12 } as const
const WHOLE_MONTHS = "window_months must be a whole number of months"

/**
 * `GET /admin/customer-segments/:id/impact`: the window, and optionally a
 * price list and a promotion whose cost to estimate for the segment's
 * members.
 */
export const AdminGetSegmentImpactParams = z.object({
  window_months: z.coerce
    .number()
    .int(WHOLE_MONTHS)
    .min(WINDOW_MONTHS.min)
    .max(WINDOW_MONTHS.max)
    .default(WINDOW_MONTHS.default),
  price_list_id: recordId.optional(),
  promotion_id: recordId.optional(),
})
export type AdminGetSegmentImpactParamsType = z.infer<typeof AdminGetSegmentImpactParams>

/**
 * `POST /admin/customer-segments/impact`: a saved segment (`segment_id`),
 * conditions not saved yet (`conditions`), or both (edited conditions of a
 * saved segment: who would join and leave). Conditions are checked in full
 * by the route, as on create and update.
 */
export const AdminPostSegmentImpact = z
  .strictObject({
    segment_id: recordId.optional(),
    conditions: z.record(z.string(), z.unknown()).optional(),
    price_list_id: recordId.optional(),
    promotion_id: recordId.optional(),
    window_months: z
      .number()
      .int(WHOLE_MONTHS)
      .min(WINDOW_MONTHS.min)
      .max(WINDOW_MONTHS.max)
      .default(WINDOW_MONTHS.default),
  })
  .refine((body) => body.segment_id !== undefined || body.conditions !== undefined, {
    message: "segment_id or conditions is required",
    path: ["segment_id"],
  })
export type AdminPostSegmentImpactType = z.infer<typeof AdminPostSegmentImpact>
