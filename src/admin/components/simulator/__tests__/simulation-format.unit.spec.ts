import type { PromoCodeVerdict, SimulatedSegment, SimulatedVariantPrice } from "../../../../client"
import { formatMoney } from "../../../lib/format"
import {
  cartLines,
  codeVerdict,
  priceCells,
  readableSimulationError,
  segmentMembership,
  shopperSummary,
  variantLabel,
} from "../simulation-format"

const eur = (value: number) => formatMoney(value, "eur")

const variant = (change: Partial<SimulatedVariantPrice>): SimulatedVariantPrice => ({
  variant_id: "var_1",
  product_id: "prod_1",
  title: "Drill · Body only",
  sku: "DRILL-1",
  quantity: 1,
  price_without_segments: 149,
  price: 149,
  original_price: 149,
  price_list: null,
  reason: { kind: "default_price", text: "Default price", segments: [], customer_groups: [] },
  segments_applied: [],
  ...change,
})

const segment = (change: Partial<SimulatedSegment>): SimulatedSegment => ({
  id: "cseg_1",
  name: "VIP",
  membership: "member",
  is_active: true,
  in_sales_channel: true,
  counts: true,
  ...change,
})

describe("priceCells", () => {
  it("shows the list price and their lower price", () => {
    expect(priceCells(variant({ price: 134 }), "eur")).toEqual({
      list: eur(149),
      original: null,
      price: eur(134),
      change: "lower",
    })
  })

  it("shows the original price when a sale lowered the list price for everyone", () => {
    const cells = priceCells(variant({ price_without_segments: 120, price: 120, original_price: 149 }), "eur")
    expect(cells).toMatchObject({ list: eur(120), original: eur(149), change: "same" })
  })

  it("says when a variant has no price in the region's currency", () => {
    expect(priceCells(variant({ price_without_segments: null, price: null, original_price: null }), "usd")).toEqual({
      list: "No price",
      original: null,
      price: "No price",
      change: "same",
    })
  })
})

describe("variantLabel", () => {
  it("splits the variant's name from its product's title", () => {
    expect(variantLabel(variant({}), "Drill")).toEqual({ name: "Body only", product: "Drill" })
    expect(variantLabel(variant({ title: "Drill · A · B" }), "Drill")).toEqual({ name: "A · B", product: "Drill" })
  })

  it("keeps the whole title when it does not start with the product's", () => {
    expect(variantLabel(variant({}), undefined)).toEqual({ name: "Drill · Body only", product: null })
    expect(variantLabel(variant({ title: "Other" }), "Drill")).toEqual({ name: "Other", product: "Drill" })
  })
})

describe("codeVerdict", () => {
  const verdict = (change: Partial<PromoCodeVerdict>): PromoCodeVerdict => ({
    code: "VIP10",
    applies: true,
    amount: 39.4,
    reason_code: "applies",
    reason: null,
    segments: [],
    ...change,
  })

  it("gives the discount of a code that applies", () => {
    expect(codeVerdict(verdict({}), "eur")).toEqual({
      label: "Applies",
      color: "green",
      detail: `−${eur(39.4)} on this cart`,
    })
  })

  it("gives the reason of a code that does not", () => {
    const refused = verdict({ applies: false, amount: 0, reason_code: "not_a_member", reason: "Only for members" })
    expect(codeVerdict(refused, "eur")).toEqual({ label: "Does not apply", color: "red", detail: "Only for members" })
  })
})

describe("the shopper", () => {
  it("names how a segment is held and why it does not count", () => {
    expect(segmentMembership(segment({}))).toEqual({ label: "Member", note: null })
    expect(segmentMembership(segment({ membership: "hypothetical", is_active: false, counts: false }))).toEqual({
      label: "Hypothetical member",
      note: "Inactive: does not count",
    })
    expect(segmentMembership(segment({ in_sales_channel: false, counts: false })).note).toEqual(
      "Limited to other sales channels: does not count"
    )
  })

  it("sums up who was simulated", () => {
    const shopper = {
      kind: "customer" as const,
      customer_id: "cus_1",
      email: "ada@example.com",
      customer_groups: [],
      segments: [segment({}), segment({ id: "cseg_2", name: "Newsletter", counts: false })],
    }
    expect(shopperSummary(shopper)).toEqual("Customer ada@example.com, counts as a member of VIP")
    expect(shopperSummary({ ...shopper, kind: "guest", email: null, customer_id: null, segments: [] })).toEqual(
      "A guest, in no segment that counts here"
    )
  })
})

describe("readableSimulationError", () => {
  it.each([
    ["promo_codes: no promotion with code NOPE", "Codes: no promotion with code NOPE"],
    ["product_ids: at most 100 variants at a time; these are 120", "Products: at most 100 variants at a time; these are 120"],
    ["Invalid request: Field 'region_id' is required", "Field 'Region' is required"],
    ["Something else", "Something else"],
  ])("%s", (message, readable) => {
    expect(readableSimulationError(message)).toEqual(readable)
  })
})

describe("cartLines", () => {
  it("gives the subtotal, the discounts and the total", () => {
    expect(cartLines({ subtotal: 394, discount_total: 39.4 }, "eur")).toEqual([
      { label: "Subtotal", value: eur(394) },
      { label: "Discounts", value: `−${eur(39.4)}` },
      { label: "Total before shipping and taxes", value: eur(354.6) },
    ])
  })
})
