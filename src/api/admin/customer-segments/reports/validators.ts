import { z } from "@medusajs/framework/zod"
import { SEGMENT_TYPES } from "../validators"

/**
 * `GET /admin/customer-segments/reports/sales`: a period (`to` defaults to
 * now), a currency (default: the store's default currency, so a page can
 * ask before it knows the store's currencies), and the segment list's own
 * `type` and `classification_id` filters.
 */
export const AdminGetSegmentSalesReportParams = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date().default(() => new Date()),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code").optional(),
    /** manual, rules (conditions) or tier (of a classification). */
    type: z.enum(SEGMENT_TYPES).optional(),
    classification_id: z
      .union([z.string().max(100), z.array(z.string().max(100)).max(100)])
      .optional()
      .transform((value) => (value === undefined ? undefined : [value].flat())),
  })
  .refine((value) => value.from <= value.to, { message: "from must not be after to", path: ["from"] })
export type AdminGetSegmentSalesReportParamsType = z.infer<typeof AdminGetSegmentSalesReportParams>
