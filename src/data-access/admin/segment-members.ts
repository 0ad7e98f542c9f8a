import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBERSHIP_TABLE as MEMBERS_TABLE } from "../tables"

const ORDER_COLUMNS = {
  added_at: "m.created_at",
  email: "c.email",
  first_name: "c.first_name",
  last_name: "c.last_name",
  expires_at: "m.expires_at",
} as const

/** A page of members: a search, its size and start, and the order (`-` first for descending). */
export type SegmentMembersQuery = {
  q?: string
  limit: number
  offset: number
  order: `${keyof typeof ORDER_COLUMNS}` | `-${keyof typeof ORDER_COLUMNS}`
  /** Only members whose override ends at or before this moment. */
  expires_before?: Date
}

export type SegmentMember = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  company_name: string | null
  has_account: boolean
  source: string
  added_by: string | null
  added_at: Date
  /** A manual membership's reason and end (null on others, or when not given). */
  reason: string | null
  expires_at: Date | null
  /** Until when a member who no longer qualifies stays (downgrade grace). */
  grace_until: Date | null
}

/**
 * One page of a segment's members with their membership source, searched by
 * email and name, in one statement that joins the membership link table to
 * Medusa's customer table (both live in the store's database).
 */
export async function listSegmentMembers(
  scope: MedusaContainer,
  segmentId: string,
  { q, limit, offset, order, expires_before }: SegmentMembersQuery
): Promise<{ members: SegmentMember[]; count: number }> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const descending = order.startsWith("-")
  const orderColumn =
    ORDER_COLUMNS[order.replace(/^-/, "") as keyof typeof ORDER_COLUMNS]

  const base = knex(`${MEMBERS_TABLE} as m`)
    .join("customer as c", "c.id", "m.customer_id")
    .where("m.customer_segment_id", segmentId)
    .whereNull("m.deleted_at")
    .whereNull("c.deleted_at")
  if (expires_before) {
    base.whereNotNull("m.expires_at").andWhere("m.expires_at", "<=", expires_before)
  }
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
    base.andWhere((search) =>
      search
        .whereILike("c.email", pattern)
        .orWhereILike("c.first_name", pattern)
        .orWhereILike("c.last_name", pattern)
        .orWhereRaw(
          "concat_ws(' ', c.first_name, c.last_name) ILIKE ?",
          [pattern]
        )
    )
  }

  const [members, [{ count }]] = await Promise.all([
    base
      .clone()
      .select(
        "c.id",
        "c.email",
        "c.first_name",
        "c.last_name",
        "c.company_name",
        "c.has_account",
        "m.source",
        "m.added_by",
        "m.created_at as added_at",
        "m.reason",
        "m.expires_at",
        "m.grace_until"
      )
      .orderBy(orderColumn, descending ? "desc" : "asc")
      .orderBy("c.id", "asc")
      .limit(limit)
      .offset(offset),
    base.clone().count({ count: "*" }),
  ])
  return { members, count: Number(count) }
}
