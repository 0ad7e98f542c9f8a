import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../find-params"

const idList = z.array(z.string().min(1).max(100)).max(100)

export const AdminCreateClassificationTier = z.strictObject({
  name: z.string().trim().min(1).max(100),
  tier_share: z.number().min(0).max(100),
  priority: z.number().int().min(-1000).max(1000).optional(),
  is_default_tier: z.boolean().optional(),
  is_excluded_tier: z.boolean().optional(),
})

export const AdminCreateClassification = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(255),
  currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code"),
  is_default: z.boolean().optional(),
  timespan_months: z.number().int().min(1).max(240).optional(),
  interval: z.enum(["rolling", "calendar_year"]).optional(),
  minimum_sales: z.number().min(0).max(1e12).optional(),
  sales_channel_ids: idList.nullish(),
  product_category_ids: idList.nullish(),
  collection_ids: idList.nullish(),
  notify_on_completion: z.boolean().optional(),
  /** Days a customer whose automatic tier drops keeps the higher tier; 0: drops apply at once. */
  grace_days: z.number().int("grace_days must be a whole number of days").min(0).max(366).optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  tiers: z.array(AdminCreateClassificationTier).min(1).max(20).optional(),
})
export type AdminCreateClassificationType = z.infer<typeof AdminCreateClassification>

export const AdminGetClassificationsParams = createBoundedFindParams({
  orderFields: ["name", "created_at"],
}).merge(
  z.object({ q: z.string().max(255).optional() })
)

export const AdminGetClassificationMigrationParams = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date().default(() => new Date()),
  })
  .refine((value) => value.from <= value.to, { message: "from must not be after to", path: ["from"] })
export type AdminGetClassificationMigrationParamsType = z.infer<typeof AdminGetClassificationMigrationParams>
