import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import { compileConditions } from "../conditions/compile-conditions"
import { toNamed } from "../named-bindings"

export type SegmentConditionsPreview = {
  count: number
  customers: { id: string; email: string | null; first_name: string | null; last_name: string | null }[]
}

/**
 * How many customers match a condition tree, and a sample of them, without
 * saving anything: the compiled statement runs once, counted and sampled in
 * the same query (the sample's fields selected with the matches, so the
 * customers are not read twice), without JIT (at a million customers
 * PostgreSQL would compile the statement on every keystroke's preview, for
 * longer than it saves).
 */
export async function previewSegmentConditions(
  container: MedusaContainer,
  conditions: ConditionGroup,
  sampleSize: number
): Promise<SegmentConditionsPreview> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const matching = toNamed(
    compileConditions(conditions, { customer_fields: ["email", "first_name", "last_name"] }),
    "condition"
  )
  return await knex.transaction(async (trx) => {
    await trx.raw("set local jit = off")
    const { rows } = await trx.raw(
      `with matching as (${matching.sql})
       select (select count(*) from matching)::int as count,
         coalesce((
           select json_agg(sample order by sample.email, sample.id) from (
             select m.customer_id as id, m.email, m.first_name, m.last_name
             from matching m
             order by m.email, m.customer_id limit :sampleSize
           ) sample
         ), '[]'::json) as customers`,
      { ...matching.bindings, sampleSize }
    )
    return rows[0] as SegmentConditionsPreview
  })
}
