import { z } from "@medusajs/framework/zod"

const id = z.string().min(1).max(100)

/**
 * `POST /admin/customer-segments/simulate`: who (a customer, hypothetical
 * memberships, or neither for a guest), where (region, sales channel) and
 * what (at most 100 variants, from variant or product ids; at most 10
 * codes). The variant limit is checked once product ids are expanded.
 */
export const AdminSimulateShopper = z
  .strictObject({
    customer_id: id.optional(),
    segment_ids: z.array(id).max(50).optional(),
    region_id: id,
    sales_channel_id: id.optional(),
    variant_ids: z.array(id).max(100).optional(),
    product_ids: z.array(id).max(100).optional(),
    promo_codes: z.array(z.string().trim().min(1).max(100)).max(10).optional(),
    /** Quantity per variant id; 1 for the others. */
    quantities: z.record(id, z.number().int().min(1).max(10_000)).optional(),
  })
  .refine((body) => body.variant_ids?.length || body.product_ids?.length, {
    message: "give variant_ids or product_ids (at least one)",
    path: ["variant_ids"],
  })
export type AdminSimulateShopperType = z.infer<typeof AdminSimulateShopper>
