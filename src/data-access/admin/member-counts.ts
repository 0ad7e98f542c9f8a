import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_TABLE as MEMBERS_TABLE } from "../tables"

/**
 * Adds `member_count` to each segment, counted in one grouped query over the
 * membership link table.
 */
export async function withMemberCounts<T extends { id: string }>(
  scope: MedusaContainer,
  segments: T[]
): Promise<(T & { member_count: number })[]> {
  if (!segments.length) {
    return []
  }
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { customer_segment_id: string; count: number }[] = await knex(
    MEMBERS_TABLE
  )
    .select("customer_segment_id")
    .count({ count: "*" })
    .whereNull("deleted_at")
    .whereIn(
      "customer_segment_id",
      segments.map((segment) => segment.id)
    )
    .groupBy("customer_segment_id")
  const counts = new Map(
    rows.map((row) => [row.customer_segment_id, Number(row.count)])
  )
  return segments.map((segment) => ({
    ...segment,
    member_count: counts.get(segment.id) ?? 0,
  }))
}
