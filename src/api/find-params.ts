import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/**
 * Medusa's list parameters (`fields`, `limit`, `offset`, `order`) with
 * bounds: `limit` 1 to 1,000, `offset` not negative, and `order` only on the
 * given fields (`-` for descending), so a bad value is a 400, not a database
 * error.
 */
export function createBoundedFindParams({
  limit = 50,
  orderFields,
}: {
  limit?: number
  orderFields: readonly string[]
}) {
  const orders = orderFields.flatMap((field) => [field, `-${field}`]) as [string, ...string[]]
  return createFindParams({ limit, offset: 0 }).extend({
    limit: z.coerce.number().int().min(1).max(1000).default(limit),
    offset: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
    order: z
      .enum(orders, { message: `order must be one of ${orders.join(", ")}` })
      .optional(),
  })
}
