/**
 * Deterministic demo customers: European names, emails, addresses, trade
 * accounts; `seedCustomers` creates the missing ones and the "Trade" group.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import { slugify } from "./catalog"
import { createRandom } from "./random"

const FIRST_NAMES = [
  "Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Emma", "Paul", "Lena", "Max",
  "Camille", "Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon", "Théo",
  "Daan", "Sanne", "Bram", "Fleur", "Sem", "Lotte",
  "Lucía", "Hugo", "Carmen", "Pablo", "Elena", "Javier", "Marta",
  "Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara",
]
const LAST_NAMES = [
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz",
  "Martin", "Bernard", "Dubois", "Laurent", "Moreau", "Lefèvre", "Girard",
  "de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser",
  "García", "Fernández", "López", "Martínez", "Sánchez", "Romero",
  "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
]
const CITIES = [
  { city: "Berlin", country_code: "de", postal_code: "10115" },
  { city: "Munich", country_code: "de", postal_code: "80331" },
  { city: "Hamburg", country_code: "de", postal_code: "20095" },
  { city: "Stuttgart", country_code: "de", postal_code: "70173" },
  { city: "Paris", country_code: "fr", postal_code: "75001" },
  { city: "Lyon", country_code: "fr", postal_code: "69001" },
  { city: "Amsterdam", country_code: "nl", postal_code: "1012" },
  { city: "Rotterdam", country_code: "nl", postal_code: "3011" },
  { city: "Madrid", country_code: "es", postal_code: "28001" },
  { city: "Barcelona", country_code: "es", postal_code: "08001" },
  { city: "Milan", country_code: "it", postal_code: "20121" },
  { city: "Turin", country_code: "it", postal_code: "10121" },
]
const DIAL_CODES: Record<string, string> = { de: "+49", fr: "+33", nl: "+31", es: "+34", it: "+39" }
const STREETS = ["Hauptstraße", "Rue de la Paix", "Keizersgracht", "Calle Mayor", "Via Roma", "Bahnhofstraße", "Avenue Victor Hugo"]
const TRADES = ["Bau", "Elektro", "Sanitär", "Holzbau", "Renovation", "Installations", "Costruzioni", "Reformas"]
const EMAIL_DOMAINS = ["example.com", "example.org", "example.net"]

export type DemoCustomer = {
  email: string
  first_name: string
  last_name: string
  company_name: string | null
  phone: string
  address: {
    first_name: string
    last_name: string
    company: string | null
    address_1: string
    city: string
    country_code: string
    postal_code: string
  }
  /** Trade customers have a company and join the "Trade" customer group. */
  is_trade: boolean
}

export function planCustomers(count: number): DemoCustomer[] {
  const random = createRandom(300)
  const emails = new Set<string>()
  return Array.from({ length: count }, () => {
    const first_name = random.pick(FIRST_NAMES)
    const last_name = random.pick(LAST_NAMES)
    const is_trade = random.chance(0.2)
    const company_name = is_trade ? `${last_name} ${random.pick(TRADES)}` : null
    const local = `${slugify(first_name)}.${slugify(last_name)}`.replace(/-/g, "")
    const domain = company_name ? `${slugify(company_name)}.example.com` : random.pick(EMAIL_DOMAINS)
    let email = `${local}@${domain}`
    for (let n = 2; emails.has(email); n++) {
      email = `${local}${n}@${domain}`
    }
    emails.add(email)
    const place = random.pick(CITIES)
    return {
      email,
      first_name,
      last_name,
      company_name,
      phone: `${DIAL_CODES[place.country_code]} ${random.int(100, 999)} ${random.int(100000, 999999)}`,
      address: {
        first_name,
        last_name,
        company: company_name,
        address_1: `${random.pick(STREETS)} ${random.int(1, 120)}`,
        ...place,
      },
      is_trade,
    }
  })
}

export type DemoCustomers = Awaited<ReturnType<typeof seedCustomers>>

/** The planned customers, created by email when missing, and the "Trade" group. */
export async function seedCustomers(container: MedusaContainer, count: number) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const planned = planCustomers(count)

  const emails = planned.map((c) => c.email)
  const existing = new Set(
    (await customerModule.listCustomers({ email: emails }, { select: ["email"] })).map((c) => c.email)
  )
  const missing = planned.filter((c) => !existing.has(c.email))
  if (missing.length) {
    await createCustomersWorkflow(container).run({
      input: {
        customersData: missing.map(({ address, is_trade, ...customer }) => ({
          ...customer,
          has_account: false,
          addresses: [{ ...address, is_default_shipping: true, is_default_billing: true }],
        })),
      },
    })
  }
  const stored = await customerModule.listCustomers({ email: emails }, { select: ["id", "email"] })
  const idByEmail = new Map(stored.map((c) => [c.email, c.id]))
  const ids = planned.map((c) => idByEmail.get(c.email)!)

  const { data: groups } = await query.graph({
    entity: "customer_group",
    fields: ["id", "customers.id"],
    filters: { name: "Trade" },
  })
  const groupId =
    groups[0]?.id ??
    (
      await createCustomerGroupsWorkflow(container).run({
        input: { customersData: [{ name: "Trade" }] },
      })
    ).result[0].id
  const inGroup = new Set((groups[0]?.customers ?? []).map((c) => c?.id))
  const toAdd = ids.filter((id, index) => planned[index].is_trade && !inGroup.has(id))
  if (toAdd.length) {
    await linkCustomersToCustomerGroupWorkflow(container).run({
      input: { id: groupId, add: toAdd },
    })
  }

  return { planned, ids }
}
