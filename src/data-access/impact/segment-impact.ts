import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { type ConditionChanges, conditionChanges } from "./condition-changes"
import { type ImpactAudience, type ImpactWindow, audienceBasis, stageImpactTables } from "./impact-staging"
import type { ImpactBasis, ImpactSales, PromotionMethod } from "./impact-types"
import { stageMemberLines } from "./member-order-lines"
import { type PriceListCost, priceListCost } from "./price-list-cost"
import { type PromotionCost, promotionCost, promotionNeedsLineIds } from "./promotion-cost"
import { salesAgainstStore, segmentAudience } from "./segment-audience"
import { type StoreSales, storeSales } from "./store-sales"

export type SegmentImpactInput = {
  audience: ImpactAudience
  /** The window: the last `window_months` months up to now. */
  window_months: number
  /** "Now"; fixed in tests. Default: the current time. */
  reference_date?: Date
  price_list_id?: string
  /** The promotion's application method, when its cost is wanted. */
  promotion_method?: PromotionMethod
  /** Size of the joining and leaving samples. */
  sample_size?: number
}

export type SegmentImpact = {
  window: { from: Date; to: Date; months: number }
  customers_total: number
  members: { count: number; share: number | null; basis: ImpactBasis }
  sales: ImpactSales[]
  price_list?: PriceListCost
  promotion?: PromotionCost
  /** Only when edited conditions are compared with a saved segment's members. */
  changes?: ConditionChanges
}

/** A snapshot id as `pg_export_snapshot()` gives it (checked before it is spliced into SQL). */
const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i

/** Planner settings of the preview's transactions: see `segmentImpact`. */
async function preparePreviewTransaction(trx: Knex.Transaction) {
  await trx.raw("set local jit = off")
  await trx.raw("set local work_mem = '64MB'")
}

/** Previews of this process now reading the store's sales on a second connection. */
let previewsOnTwoConnections = 0

/**
 * Every figure of a segment's impact preview, from one snapshot of the
 * store, writing nothing but temporary tables. Two repeatable-read
 * transactions read that snapshot at once (the second imports the first's
 * with `SET TRANSACTION SNAPSHOT`, as pg_dump's parallel workers do): one
 * reads the store's sales per currency (`storeSales`, a pass over the
 * window's orders), the other stages the members and their orders once
 * (`stageImpactTables`) and then reads each member figure in one set-based
 * statement over them. One preview per process at a time takes the second
 * connection (so that previews waiting for a second connection can never
 * hold the whole pool); others, and a call given a transaction (EXPLAIN in
 * the benchmark), read everything in one transaction, in turn. The window
 * runs from `window_months` months before now (PostgreSQL's month
 * arithmetic, as the conditions' `window_months`) to now. JIT is off
 * (compiling costs more than it saves on these one-off statements) and
 * sorts and hashes of a few hundred thousand rows stay in memory.
 */
export async function segmentImpact(knex: Knex | Knex.Transaction, input: SegmentImpactInput): Promise<SegmentImpact> {
  const window: ImpactWindow = { now: input.reference_date ?? new Date(), months: input.window_months }
  if ((knex as Knex.Transaction).isTransaction) {
    const trx = knex as Knex.Transaction
    await preparePreviewTransaction(trx)
    return await memberFigures(trx, input, window, () => storeSales(trx, window))
  }
  if (previewsOnTwoConnections > 0) {
    return await knex.transaction((trx) => segmentImpact(trx, input), { isolationLevel: "repeatable read" })
  }
  previewsOnTwoConnections++
  try {
    return await knex.transaction(
      async (trx) => {
        await preparePreviewTransaction(trx)
        const {
          rows: [{ snapshot }],
        } = await trx.raw("select pg_export_snapshot() as snapshot")
        if (!SNAPSHOT_ID.test(snapshot)) {
          throw new Error(`Unexpected snapshot id ${snapshot}`)
        }
        const store = knex.transaction(
          async (other) => {
            await other.raw(`set transaction snapshot '${snapshot}'`)
            await preparePreviewTransaction(other)
            return await storeSales(other, window)
          },
          { isolationLevel: "repeatable read" }
        )
        // Settled before anything can throw here, so it never goes unhandled.
        const settled = store.then(
          (rows) => ({ rows }),
          (error: unknown) => ({ error })
        )
        try {
          return await memberFigures(trx, input, window, async () => {
            const result = await settled
            if ("error" in result) {
              throw result.error
            }
            return result.rows
          })
        } catch (error) {
          // The second connection is back in the pool before this one.
          await settled
          throw error
        }
      },
      { isolationLevel: "repeatable read" }
    )
  } finally {
    previewsOnTwoConnections--
  }
}

async function memberFigures(
  trx: Knex.Transaction,
  input: SegmentImpactInput,
  window: ImpactWindow,
  readStoreSales: () => Promise<StoreSales[]>
): Promise<SegmentImpact> {
  const tables = await stageImpactTables(trx, { audience: input.audience, window })
  const audience = await segmentAudience(trx, tables, window)
  const segmentId = input.audience.segment_id
  const impact: SegmentImpact = {
    window: { from: audience.window_start, to: window.now, months: window.months },
    customers_total: audience.customers_total,
    members: {
      count: audience.member_count,
      share: audience.customers_total ? audience.member_count / audience.customers_total : null,
      basis: audienceBasis(input.audience),
    },
    sales: [],
  }
  if (input.price_list_id || input.promotion_method) {
    const lines = await stageMemberLines(trx, {
      tables,
      window,
      segment_id: segmentId,
      line_ids: !!input.promotion_method && promotionNeedsLineIds(input.promotion_method),
    })
    if (input.price_list_id) {
      impact.price_list = await priceListCost(trx, { lines, price_list_id: input.price_list_id })
    }
    if (input.promotion_method) {
      impact.promotion = await promotionCost(trx, { lines, method: input.promotion_method, segment_id: segmentId })
    }
  }
  if (input.audience.conditions && segmentId) {
    impact.changes = await conditionChanges(trx, {
      members: tables.members,
      segment_id: segmentId,
      sample_size: input.sample_size ?? 10,
    })
  }
  // Last: in a single transaction it turns hash joins off for what follows.
  impact.sales = salesAgainstStore(audience.member_sales, await readStoreSales())
  return impact
}
