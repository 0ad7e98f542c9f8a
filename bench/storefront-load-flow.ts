/**
 * The autocannon request sequence of one virtual user: list products, create
 * a cart, add a line, apply the coupon; then again with a new cart (autocannon
 * clears the context when it starts the sequence over). Every response is
 * checked (status, the expected price, the cart id, the discount) and tallied.
 */
import { FLOW_STEPS, type LoadPlan } from "./storefront-load-plan"

const SAMPLES_KEPT = 5

export type FlowTally = {
  latencies: number[][]
  statusCodes: Record<string, number>
  wrong: number
  samples: string[]
  flows: number
  /** The step whose response autocannon reports next (set just before its `response` event). */
  lastStep: number
}

export function newFlowTally(): FlowTally {
  return {
    latencies: FLOW_STEPS.map(() => []),
    statusCodes: {},
    wrong: 0,
    samples: [],
    flows: 0,
    lastStep: 0,
  }
}

type Context = { cartId?: string }
type Request = { method: string; path: string; body?: string }

export function flowRequests(plan: LoadPlan, user: number, tally: FlowTally) {
  let turn = user
  const price = `"unit_price":${plan.expected.unitPrice}`
  const listedPrice = `"calculated_amount":${plan.expected.unitPrice}`

  // autocannon calls onResponse right before it emits `response` for the same
  // request, so lastStep tells the `response` listener which step it timed.
  const record = (step: number, status: number, body: string, isRight: () => boolean) => {
    tally.lastStep = step
    tally.statusCodes[status] = (tally.statusCodes[status] ?? 0) + 1
    const ok = status >= 200 && status < 300
    if (ok && holds(isRight)) {
      return
    }
    if (ok) {
      tally.wrong++
    }
    if (tally.samples.length < SAMPLES_KEPT) {
      tally.samples.push(`${FLOW_STEPS[step]}: ${status}${ok ? " (wrong content)" : ""} ${body.slice(0, 400)}`)
    }
  }
  const onCart = (path: (cartId: string) => string, body: () => string) => (request: Request, context: Context) =>
    context.cartId ? { ...request, path: path(context.cartId), body: body() } : null

  return [
    {
      method: "GET",
      path: plan.productsPath,
      onResponse: (status: number, body: string) => record(0, status, body, () => body.includes(listedPrice)),
    },
    {
      method: "POST",
      path: "/store/carts",
      body: JSON.stringify({ region_id: plan.regionId }),
      onResponse: (status: number, body: string, context: Context) => {
        context.cartId = /"id":"(cart_[^"]+)"/.exec(body)?.[1]
        record(1, status, body, () => !!context.cartId)
      },
    },
    {
      method: "POST",
      setupRequest: onCart(
        (cartId) => `/store/carts/${cartId}/line-items`,
        () => JSON.stringify({ variant_id: plan.variantIds[turn++ % plan.variantIds.length], quantity: 1 })
      ),
      onResponse: (status: number, body: string) => record(2, status, body, () => body.includes(price)),
    },
    {
      method: "POST",
      setupRequest: onCart(
        (cartId) => `/store/carts/${cartId}/promotions`,
        () => JSON.stringify({ promo_codes: [plan.couponCode] })
      ),
      onResponse: (status: number, body: string) => {
        tally.flows++
        record(3, status, body, () => hasCoupon(body, plan))
      },
    },
  ]
}

/** A content check; a body that does not parse fails it. */
function holds(check: () => boolean) {
  try {
    return check()
  } catch {
    return false
  }
}

/** The cart holds the code and its one line carries the expected discount. */
function hasCoupon(body: string, plan: LoadPlan) {
  const { cart } = JSON.parse(body)
  const codes = (cart.promotions ?? []).map((p: { code: string }) => p.code)
  const discount = (cart.items ?? []).reduce(
    (sum: number, item: { adjustments?: { amount: number }[] }) =>
      sum + (item.adjustments ?? []).reduce((s, a) => s + Number(a.amount), 0),
    0
  )
  return codes.includes(plan.couponCode) && Math.abs(discount - plan.expected.discount) < 0.005
}
