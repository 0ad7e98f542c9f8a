import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import recordOrderSalesOnOrderEvents, {
  ORDER_SALES_EVENTS,
} from "../../src/subscribers/record-order-sales-on-order-events"
import { cartWith, startPayment } from "../helpers/checkout"
import { factsAndReference } from "../helpers/order-scan-reference"
import { createOrders } from "../helpers/orders"
import { type Storefront, createStorefront } from "../helpers/storefront"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(180 * 1000)

/**
 * The sales facts follow Medusa's own order flows: each event that changes
 * what an order counts for brings its fact row (and its customer's totals)
 * in line with the order, and delivering it again changes nothing.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let knex: Knex
    let shop: Storefront

    beforeEach(async () => {
      knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      shop = await createStorefront(getContainer())
    })

    /** The order's fact row's net, or null without one. */
    const factNet = async (orderId: string): Promise<number | null> => {
      const { rows } = await knex.raw(`select net::float as net from customer_segment_order_sales where order_id = ?`, [orderId])
      return rows[0]?.net ?? null
    }
    const totals = async (customerId: string) =>
      (
        await knex.raw(
          `select currency_code, net_sales::float as net_sales, order_count from customer_segment_customer_sales where customer_id = ?`,
          [customerId]
        )
      ).rows

    const placeOrder = async (variantIds: string[]) => {
      const cart = await cartWith(api, shop.store.region.id, shop.member, variantIds)
      await startPayment(api, cart.id, shop.member)
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, shop.member)
      expect(data.type).toEqual("order")
      return data.order as { id: string; total: number }
    }

    it("records a placed order, then its refund, from the events of Medusa's own flows", async () => {
      const order = await placeOrder([shop.store.drill.variantId, shop.store.saw.variantId])
      await waitFor(async () => (await factNet(order.id)) === 150)
      expect(await totals(shop.member.customerId!)).toEqual([{ currency_code: "eur", net_sales: 150, order_count: 1 }])

      const { data } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, shop.admin)
      const payment = data.order.payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/capture`, {}, shop.admin)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 30 }, shop.admin)
      // Medusa lowers the order's current total by the refund (a credit
      // line) and records it in refunded_total: counted once, not twice.
      await waitFor(async () => (await factNet(order.id)) === 120)
      expect(await totals(shop.member.customerId!)).toEqual([{ currency_code: "eur", net_sales: 120, order_count: 1 }])
      const { facts, reference } = await factsAndReference(knex)
      expect(facts).toEqual(reference)
    })

    it("removes a canceled order's sales", async () => {
      const order = await placeOrder([shop.store.drill.variantId])
      await waitFor(async () => (await factNet(order.id)) === 100)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, shop.admin)
      await waitFor(async () => (await factNet(order.id)) === null)
      expect(await totals(shop.member.customerId!)).toEqual([])
    })

    it("follows a confirmed order edit", async () => {
      const order = await placeOrder([shop.store.drill.variantId])
      await waitFor(async () => (await factNet(order.id)) === 100)
      const { data } = await api.post("/admin/order-edits", { order_id: order.id }, shop.admin)
      const editId = data.order_change.id
      await api.post(`/admin/order-edits/${order.id}/items`, { items: [{ variant_id: shop.store.saw.variantId, quantity: 2 }] }, shop.admin)
      await api.post(`/admin/order-edits/${order.id}/request`, {}, shop.admin)
      await api.post(`/admin/order-edits/${order.id}/confirm`, {}, shop.admin)
      expect(editId).toBeTruthy()
      await waitFor(async () => (await factNet(order.id)) === 200)
      const { facts, reference } = await factsAndReference(knex)
      expect(facts).toEqual(reference)
      // The order's lines as the edit left them: the drill, and two saws.
      const { rows: lines } = await knex.raw(
        `select variant_id, quantity::int as quantity from customer_segment_order_line_sales where order_id = ? order by quantity`,
        [order.id]
      )
      expect(lines).toEqual([
        { variant_id: shop.store.drill.variantId, quantity: 1 },
        { variant_id: shop.store.saw.variantId, quantity: 2 },
      ])
    })

    it("follows a return received through Medusa's own flow: the order's net and its line's returned units", async () => {
      const order = await placeOrder([shop.store.drill.variantId, shop.store.saw.variantId])
      await waitFor(async () => (await factNet(order.id)) === 150)
      const { data } = await api.get(`/admin/orders/${order.id}?fields=*items`, shop.admin)
      const saw = data.order.items.find((item: { variant_id: string }) => item.variant_id === shop.store.saw.variantId)
      // Shipped (as Medusa's order module records a fulfillment), then the
      // admin's steps: request the saw back, then receive it.
      await getContainer().resolve(Modules.ORDER).registerFulfillment({ order_id: order.id, items: [{ id: saw.id, quantity: 1 }] })
      const { return: requested } = (await api.post("/admin/returns", { order_id: order.id }, shop.admin)).data
      const items = [{ id: saw.id, quantity: 1 }]
      await api.post(`/admin/returns/${requested.id}/request-items`, { items }, shop.admin)
      await api.post(`/admin/returns/${requested.id}/request`, {}, shop.admin)
      await api.post(`/admin/returns/${requested.id}/receive`, {}, shop.admin)
      await api.post(`/admin/returns/${requested.id}/receive-items`, { items }, shop.admin)
      await api.post(`/admin/returns/${requested.id}/receive/confirm`, {}, shop.admin)
      await waitFor(async () => (await factNet(order.id)) === 100)
      const { rows: lines } = await knex.raw(
        `select variant_id, quantity::int as quantity, returned_quantity::int as returned_quantity
         from customer_segment_order_line_sales where order_id = ? order by variant_id = ?`,
        [order.id, shop.store.saw.variantId]
      )
      expect(lines).toEqual([
        { variant_id: shop.store.drill.variantId, quantity: 1, returned_quantity: 0 },
        { variant_id: shop.store.saw.variantId, quantity: 1, returned_quantity: 1 },
      ])
      const { facts, reference } = await factsAndReference(knex)
      expect(facts).toEqual(reference)
    })

    /** The order's current total as the admin API shows it, once its facts follow it. */
    const factsFollow = async (orderId: string) => {
      let current: number | undefined
      await waitFor(async () => {
        const { data } = await api.get(`/admin/orders/${orderId}?fields=summary.*`, shop.admin)
        current = Number(data.order.summary.current_order_total)
        return (await factNet(orderId)) === current
      })
      const { facts, reference } = await factsAndReference(knex)
      expect(facts).toEqual(reference)
      return current
    }

    /** The order's lines as its facts hold them. */
    const factLines = async (orderId: string) =>
      (
        await knex.raw(
          `select variant_id, quantity::int as quantity from customer_segment_order_line_sales where order_id = ? order by item_id`,
          [orderId]
        )
      ).rows

    /** The order with its saw shipped (as Medusa's order module records a fulfillment), and the saw's line. */
    const shippedOrder = async () => {
      const order = await placeOrder([shop.store.drill.variantId, shop.store.saw.variantId])
      await waitFor(async () => (await factNet(order.id)) === 150)
      const { data } = await api.get(`/admin/orders/${order.id}?fields=*items`, shop.admin)
      const saw = data.order.items.find((item: { variant_id: string }) => item.variant_id === shop.store.saw.variantId)
      await getContainer().resolve(Modules.ORDER).registerFulfillment({ order_id: order.id, items: [{ id: saw.id, quantity: 1 }] })
      return { order, saw }
    }

    it("follows a claim that replaces a damaged item, through Medusa's own flow", async () => {
      const { order, saw } = await shippedOrder()
      const { claim } = (await api.post("/admin/claims", { order_id: order.id, type: "replace" }, shop.admin)).data
      await api.post(`/admin/claims/${claim.id}/inbound/items`, { items: [{ id: saw.id, quantity: 1 }] }, shop.admin)
      await api.post(`/admin/claims/${claim.id}/outbound/items`, { items: [{ variant_id: shop.store.saw.variantId, quantity: 1 }] }, shop.admin)
      await api.post(`/admin/claims/${claim.id}/request`, {}, shop.admin)
      await factsFollow(order.id)
      // The replacement saw is a line of the order's current version.
      expect((await factLines(order.id)).filter((l: { variant_id: string }) => l.variant_id === shop.store.saw.variantId)).toHaveLength(2)
    })

    it("follows an exchange of one item for another, through Medusa's own flow", async () => {
      const { order, saw } = await shippedOrder()
      const { exchange } = (await api.post("/admin/exchanges", { order_id: order.id }, shop.admin)).data
      await api.post(`/admin/exchanges/${exchange.id}/inbound/items`, { items: [{ id: saw.id, quantity: 1 }] }, shop.admin)
      await api.post(`/admin/exchanges/${exchange.id}/outbound/items`, { items: [{ variant_id: shop.store.drill.variantId, quantity: 1 }] }, shop.admin)
      await api.post(`/admin/exchanges/${exchange.id}/request`, {}, shop.admin)
      // The drill (100) is added; the saw (50) counts until it comes back.
      expect(await factsFollow(order.id)).toEqual(250)
      expect(await factLines(order.id)).toHaveLength(3)
      const { return_id: returnId } = (await api.get(`/admin/exchanges/${exchange.id}?fields=return_id`, shop.admin)).data.exchange
      await api.post(`/admin/returns/${returnId}/receive`, {}, shop.admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: saw.id, quantity: 1 }] }, shop.admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, shop.admin)
      expect(await factsFollow(order.id)).toEqual(200)
    })

    it.each(ORDER_SALES_EVENTS.filter((name) => name !== "payment.refunded"))(
      "brings an order's facts in line on %s, as named in its payload, and again changes nothing",
      async (eventName) => {
        const [order] = await createOrders(getContainer(), [{ customer_id: shop.member.customerId!, total: 100 }])
        // What the flow behind the event leaves in the order's summary.
        await knex.raw(`update order_summary set totals = totals || '{"current_order_total": 80}'::jsonb where order_id = ?`, [order.id])
        const data = ["order.placed", "order.canceled", "order.updated"].includes(eventName)
          ? { id: order.id }
          : { order_id: order.id, return_id: "ret_1", claim_id: "claim_1", exchange_id: "exc_1" }
        const eventBus = getContainer().resolve("event_bus")
        await eventBus.emit({ name: eventName, data })
        await waitFor(async () => (await factNet(order.id)) === 80)
        // Delivered again (awaited here, to see its end).
        await recordOrderSalesOnOrderEvents({ event: { name: eventName, data }, container: getContainer() } as any)
        expect(await factNet(order.id)).toEqual(80)
        expect(await totals(shop.member.customerId!)).toEqual([{ currency_code: "eur", net_sales: 80, order_count: 1 }])
      }
    )
  },
})
