import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readFileSync, readdirSync } from "fs"
import { join } from "path"
import { listAccountSegments } from "../../docs/storefront/account-segments"
import { applyCoupon } from "../../docs/storefront/apply-coupon"
import { listProductPrices } from "../../docs/storefront/member-prices"
import { signIn, signOut } from "../../docs/storefront/sign-in-and-out"
import { createCustomerSegmentsClient } from "../../src/client"
import { createAdmin } from "../helpers/auth"
import {
  type StoreFixture,
  createItemCoupon,
  createPriceList,
  createStoreFixture,
} from "../helpers/store-fixture"

jest.setTimeout(90 * 1000)

const ROOT = join(__dirname, "../..")
const SNIPPETS_DIR = "docs/storefront"
const MEMBER = { email: "member@example.com", password: "member-secret" }
const NON_MEMBER = { email: "other@example.com", password: "other-secret" }
const CODE_REFUSED = "The promotion code VIP10 is not available for your account"

/** Registers a customer with a password, as a storefront's sign-up page does. */
async function registerCustomer(sdk: Medusa, credentials: { email: string; password: string }) {
  await sdk.auth.register("customer", "emailpass", credentials)
  const { customer } = await sdk.store.customer.create({ email: credentials.email })
  await sdk.auth.logout()
  return customer.id
}

const unitPrices = (cart?: { items?: { variant_id?: string | null; unit_price: number }[] | null }) =>
  Object.fromEntries((cart?.items ?? []).map((item) => [item.variant_id, item.unit_price]))

/**
 * The README's storefront recipe, run as written: every snippet in
 * docs/storefront against a store where VIP members get the saw at 40
 * instead of 50 (a sale list), the drill at 90 instead of 100 (an override
 * list) and the code VIP10. The README's code blocks must be those files.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let vipId: string
    let memberId: string
    /** A new storefront SDK: one shopper's browser, signed out. */
    let storefront: () => Medusa

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      const baseUrl: string = api.defaults.baseURL
      const auth = { type: "jwt", jwtTokenStorageMethod: "memory" } as const
      storefront = () =>
        new Medusa({ baseUrl, auth, publishableKey: store.publishableKey["x-publishable-api-key"] })

      // The admin side goes through the typed client too.
      const admin = await createAdmin(container)
      const { segments } = createCustomerSegmentsClient(
        new Medusa({ baseUrl, auth, globalHeaders: admin.headers })
      ).admin
      const { customer_segment: vip } = await segments.create({ name: "VIP" })
      vipId = vip.id
      const sale = await createPriceList(
        container,
        "VIP sale",
        [{ variant_id: store.saw.variantId, amount: 40 }],
        { type: "sale" }
      )
      const override = await createPriceList(container, "VIP override", [
        { variant_id: store.drill.variantId, amount: 90 },
      ])
      await segments.updatePriceLists(vip.id, { add: [sale.id, override.id] })
      const coupon = await createItemCoupon(container, "VIP10", 10)
      await segments.updatePromotions(vip.id, { add: [coupon.id] })
      memberId = await registerCustomer(storefront(), MEMBER)
      await registerCustomer(storefront(), NON_MEMBER)
      await segments.updateMembers(vip.id, { add: [memberId] })
    })

    it("shows a member's price beside the regular price, and a guest the regular price", async () => {
      const pricesOf = async (sdk: Medusa) =>
        Object.fromEntries(
          (await listProductPrices(sdk, store.region.id)).map((product) => [product.title, product.prices])
        )
      const regular = (amount: number) => ({ amount, regular_amount: null, price_list_type: null })

      const guest = storefront()
      expect(await pricesOf(guest)).toEqual({
        "Bosch drill": [expect.objectContaining(regular(100))],
        "Hand saw": [expect.objectContaining(regular(50))],
      })

      const member = storefront()
      await signIn(member, MEMBER)
      expect(await pricesOf(member)).toEqual({
        "Bosch drill": [
          {
            variant_id: store.drill.variantId,
            amount: 90,
            regular_amount: null,
            price_list_type: "override",
            currency_code: "eur",
          },
        ],
        "Hand saw": [
          {
            variant_id: store.saw.variantId,
            amount: 40,
            regular_amount: 50,
            price_list_type: "sale",
            currency_code: "eur",
          },
        ],
      })
    })

    it("lists the signed-in customer's segments on the account page, none when signed out", async () => {
      const member = storefront()
      await signIn(member, MEMBER)
      expect(await listAccountSegments(member)).toEqual([{ id: vipId, handle: "vip", name: "VIP" }])

      const nonMember = storefront()
      await signIn(nonMember, NON_MEMBER)
      expect(await listAccountSegments(nonMember)).toEqual([])
      expect(await listAccountSegments(storefront())).toEqual([])
    })

    it("shows the refusal message of a segment coupon, and applies it for a member", async () => {
      const guest = storefront()
      const { cart: guestCart } = await guest.store.cart.create({
        region_id: store.region.id,
        items: [{ variant_id: store.saw.variantId, quantity: 1 }],
      })
      expect(await applyCoupon(guest, guestCart.id, "VIP10")).toEqual({
        applied: false,
        message: CODE_REFUSED,
      })

      const member = storefront()
      await signIn(member, MEMBER)
      const { cart: memberCart } = await member.store.cart.create({
        region_id: store.region.id,
        items: [{ variant_id: store.saw.variantId, quantity: 1 }],
      })
      const applied = await applyCoupon(member, memberCart.id, "VIP10")
      expect(applied.applied && applied.cart.promotions?.map((promotion) => promotion.code)).toEqual([
        "VIP10",
      ])
    })

    it("keeps prices right across sign-in and sign-out", async () => {
      const sdk = storefront()
      const { cart } = await sdk.store.cart.create({
        region_id: store.region.id,
        items: [{ variant_id: store.saw.variantId, quantity: 1 }],
      })
      expect(unitPrices(cart)).toEqual({ [store.saw.variantId]: 50 })

      const signedIn = await signIn(sdk, MEMBER, cart.id)
      expect(signedIn?.customer_id).toEqual(memberId)
      expect(unitPrices(signedIn)).toEqual({ [store.saw.variantId]: 40 })
      expect((await applyCoupon(sdk, cart.id, "VIP10")).applied).toBe(true)

      const signedOut = await signOut(sdk, cart.id)
      expect(unitPrices(signedOut)).toEqual({ [store.saw.variantId]: 50 })
      expect(signedOut.promotions).toEqual([])

      const back = await signIn(sdk, MEMBER, cart.id)
      expect(unitPrices(back)).toEqual({ [store.saw.variantId]: 40 })
    })

    it("has the README's storefront code blocks equal to the files in docs/storefront", () => {
      const readme = readFileSync(join(ROOT, "README.md"), "utf8")
      const blocks = [...readme.matchAll(/<!-- snippet: (\S+) -->\n```ts\n([\s\S]*?)```\n/g)]
      const files = readdirSync(join(ROOT, SNIPPETS_DIR))
        .filter((file) => file.endsWith(".ts"))
        .map((file) => `${SNIPPETS_DIR}/${file}`)
      expect(blocks.map(([, file]) => file).sort()).toEqual(files.sort())
      for (const [, file, code] of blocks) {
        expect({ file, code }).toEqual({ file, code: readFileSync(join(ROOT, file), "utf8") })
      }
    })
  },
})
