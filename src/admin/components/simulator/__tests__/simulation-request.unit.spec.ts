import {
  addCodes,
  parseQuantity,
  toSimulationRequest,
  type PickedProduct,
  type SimulatorInputs,
} from "../simulation-request"

const drill: PickedProduct = { id: "prod_drill", title: "Drill", variantIds: ["var_body", "var_kit"] }
const saw: PickedProduct = { id: "prod_saw", title: "Saw", variantIds: ["var_saw"] }
const inputs = (change: Partial<SimulatorInputs> = {}): SimulatorInputs => ({
  regionId: "reg_eu",
  products: [drill],
  codes: [],
  quantities: {},
  ...change,
})

describe("toSimulationRequest", () => {
  it("sends nothing without a region or a product, or with more than 100 variants", () => {
    expect(toSimulationRequest({}, inputs({ regionId: undefined }))).toEqual({ payload: null, notReady: "region" })
    expect(toSimulationRequest({}, inputs({ products: [] }))).toEqual({ payload: null, notReady: "products" })
    const big = { id: "prod_big", title: "Big", variantIds: Array.from({ length: 100 }, (_, i) => `var_${i}`) }
    expect(toSimulationRequest({}, inputs({ products: [big] })).payload).not.toBeNull()
    expect(toSimulationRequest({}, inputs({ products: [big, saw] }))).toEqual({
      payload: null,
      notReady: "too_many_variants",
    })
  })

  it("asks for a guest with the least: region and products", () => {
    expect(toSimulationRequest({}, inputs())).toEqual({
      payload: { region_id: "reg_eu", product_ids: ["prod_drill"] },
    })
  })

  it("names the customer, the hypothetical segments, the channel and the codes", () => {
    const { payload } = toSimulationRequest(
      { customer_id: "cus_1", segment_ids: ["cseg_1"] },
      inputs({ salesChannelId: "sc_b2b", products: [drill, saw], codes: ["VIP10", "NOPE"] })
    )
    expect(payload).toEqual({
      customer_id: "cus_1",
      segment_ids: ["cseg_1"],
      region_id: "reg_eu",
      sales_channel_id: "sc_b2b",
      product_ids: ["prod_drill", "prod_saw"],
      promo_codes: ["VIP10", "NOPE"],
    })
    expect(toSimulationRequest({ segment_ids: [] }, inputs()).payload).not.toHaveProperty("segment_ids")
  })

  it("sends quantities other than 1, for the chosen products' variants only", () => {
    const { payload } = toSimulationRequest(
      {},
      inputs({ quantities: { var_body: 3, var_kit: 1, var_saw: 2, var_body_bad: 0 } })
    )
    expect(payload?.quantities).toEqual({ var_body: 3 })
    expect(toSimulationRequest({}, inputs({ quantities: { var_kit: 1 } })).payload).not.toHaveProperty("quantities")
  })
})

describe("parseQuantity", () => {
  it.each([
    ["1", 1],
    [" 12 ", 12],
    ["10000", 10_000],
  ])("takes %j", (text, quantity) => {
    expect(parseQuantity(text)).toEqual({ quantity })
  })

  it.each([
    ["", "Enter a whole number"],
    ["1.5", "Enter a whole number"],
    ["-2", "Enter a whole number"],
    ["0", "From 1 to 10,000"],
    ["10001", "From 1 to 10,000"],
  ])("refuses %j", (text, error) => {
    expect(parseQuantity(text)).toEqual({ error })
  })
})

describe("addCodes", () => {
  it("adds trimmed codes, several at once, each once", () => {
    expect(addCodes([], "  VIP10 ")).toEqual({ codes: ["VIP10"] })
    expect(addCodes(["VIP10"], "BOSCH15, SUMMER")).toEqual({ codes: ["VIP10", "BOSCH15", "SUMMER"] })
    expect(addCodes(["VIP10"], "VIP10")).toEqual({ codes: ["VIP10"], error: "VIP10 is already added" })
  })

  it("keeps a code as typed, case included", () => {
    expect(addCodes(["VIP10"], "vip10")).toEqual({ codes: ["VIP10", "vip10"] })
  })

  it("stops at 10 codes and refuses a code over 100 characters", () => {
    const nine = Array.from({ length: 9 }, (_, i) => `C${i}`)
    expect(addCodes(nine, "X Y")).toEqual({ codes: [...nine, "X"], error: "At most 10 codes at a time" })
    expect(addCodes([], "A".repeat(101))).toEqual({ codes: [], error: "A code has at most 100 characters" })
  })
})
