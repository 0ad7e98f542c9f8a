import type { SimulateShopperPayload } from "../../../client"

/** The simulator's limits, as the route checks them. */
export const MAX_CODES = 10
export const MAX_VARIANTS = 100
export const MAX_QUANTITY = 10_000
const MAX_CODE_LENGTH = 100

/** A product picked in the simulator, with its variants' ids (for the limit and the quantities). */
export type PickedProduct = {
  id: string
  title: string
  thumbnail?: string | null
  variantIds: string[]
}

/** Who is simulated: a customer, hypothetical memberships, both, or neither (a guest). */
export type SimulatedWho = { customer_id?: string; segment_ids?: string[] }

/** What the simulator's form holds. */
export type SimulatorInputs = {
  regionId?: string
  salesChannelId?: string
  products: PickedProduct[]
  codes: string[]
  /** Quantity per variant id; 1 when missing. */
  quantities: Record<string, number>
}

/** Why the form cannot be simulated yet (nothing is sent then). */
export type NotReady = "region" | "products" | "too_many_variants"

export const variantCount = (products: PickedProduct[]) =>
  products.reduce((sum, product) => sum + product.variantIds.length, 0)

/**
 * The request body for the form, or why there is none: no region, no
 * product, or more than 100 variants. Quantities are sent for the picked
 * products' variants only, and only when not 1.
 */
export function toSimulationRequest(
  who: SimulatedWho,
  inputs: SimulatorInputs
): { payload: SimulateShopperPayload; notReady?: undefined } | { payload: null; notReady: NotReady } {
  if (!inputs.regionId) {
    return { payload: null, notReady: "region" }
  }
  if (!inputs.products.length) {
    return { payload: null, notReady: "products" }
  }
  if (variantCount(inputs.products) > MAX_VARIANTS) {
    return { payload: null, notReady: "too_many_variants" }
  }
  const variantIds = new Set(inputs.products.flatMap((product) => product.variantIds))
  const quantities = Object.fromEntries(
    Object.entries(inputs.quantities).filter(
      ([variantId, quantity]) => variantIds.has(variantId) && isQuantity(quantity) && quantity !== 1
    )
  )
  return {
    payload: {
      ...(who.customer_id ? { customer_id: who.customer_id } : {}),
      ...(who.segment_ids?.length ? { segment_ids: who.segment_ids } : {}),
      region_id: inputs.regionId,
      ...(inputs.salesChannelId ? { sales_channel_id: inputs.salesChannelId } : {}),
      product_ids: inputs.products.map((product) => product.id),
      ...(inputs.codes.length ? { promo_codes: inputs.codes } : {}),
      ...(Object.keys(quantities).length ? { quantities } : {}),
    },
  }
}

export const isQuantity = (value: number) =>
  Number.isInteger(value) && value >= 1 && value <= MAX_QUANTITY

/** A quantity typed in an input: the number, or the reason it is refused. */
export function parseQuantity(text: string): { quantity: number; error?: undefined } | { quantity?: undefined; error: string } {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) {
    return { error: "Enter a whole number" }
  }
  const quantity = Number(trimmed)
  return isQuantity(quantity) ? { quantity } : { error: `From 1 to ${MAX_QUANTITY.toLocaleString("en-US")}` }
}

/**
 * Adds the codes typed (several at once when separated by spaces or
 * commas) to `codes`: trimmed, each once, at most 10 in all. Returns the new
 * list and, when some were refused, why.
 */
export function addCodes(codes: string[], typed: string): { codes: string[]; error?: string } {
  const next = [...codes]
  const errors: string[] = []
  for (const code of typed.split(/[\s,]+/).filter(Boolean)) {
    if (code.length > MAX_CODE_LENGTH) {
      errors.push(`A code has at most ${MAX_CODE_LENGTH} characters`)
    } else if (next.includes(code)) {
      errors.push(`${code} is already added`)
    } else if (next.length >= MAX_CODES) {
      errors.push(`At most ${MAX_CODES} codes at a time`)
      break
    } else {
      next.push(code)
    }
  }
  return errors.length ? { codes: next, error: errors[0] } : { codes: next }
}
