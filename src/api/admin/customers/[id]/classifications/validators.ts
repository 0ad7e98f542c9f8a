import { z } from "@medusajs/framework/zod"
import { overrideFields } from "../../../override-fields"

export const AdminSetClassificationOverride = z.strictObject({
  /** The tier to pin the customer to; null returns them to the automatic tier. */
  tier_id: z.string().min(1).max(100).nullable(),
  /** Why, and when the manual tier ends (only with a tier). */
  ...overrideFields,
})
export type AdminSetClassificationOverrideType = z.infer<typeof AdminSetClassificationOverride>
