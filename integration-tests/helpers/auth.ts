import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  generateJwtToken,
} from "@medusajs/framework/utils"

type Headers = { headers: Record<string, string> }

function signToken(container: MedusaContainer, payload: Record<string, unknown>) {
  const { jwtSecret, jwtOptions } = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  ).projectConfig.http
  return generateJwtToken(payload, {
    secret: jwtSecret as string,
    expiresIn: "1d",
    jwtOptions,
  })
}

/** An admin user and the request headers that authenticate as them. */
export async function createAdmin(
  container: MedusaContainer,
  email = "admin@example.com"
): Promise<Headers & { userId: string }> {
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const authIdentity = await container
    .resolve(Modules.AUTH)
    .createAuthIdentities({
      provider_identities: [{ provider: "emailpass", entity_id: email }],
      app_metadata: { user_id: user.id },
    })
  const token = signToken(container, {
    actor_id: user.id,
    actor_type: "user",
    auth_identity_id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  return { userId: user.id, headers: { authorization: `Bearer ${token}` } }
}

/** A publishable API key header, which every store route needs. */
export async function createPublishableKey(
  container: MedusaContainer
): Promise<Record<string, string>> {
  const apiKey = await container.resolve(Modules.API_KEY).createApiKeys({
    title: "Test storefront",
    type: "publishable",
    created_by: "test",
  })
  return { "x-publishable-api-key": apiKey.token }
}

/** A registered customer and store headers that authenticate as them. */
export async function createStoreCustomer(
  container: MedusaContainer,
  publishableKey: Record<string, string>,
  email: string
): Promise<Headers & { customerId: string }> {
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ email, has_account: true })
  const authIdentity = await container
    .resolve(Modules.AUTH)
    .createAuthIdentities({
      provider_identities: [{ provider: "emailpass", entity_id: email }],
      app_metadata: { customer_id: customer.id },
    })
  const token = signToken(container, {
    actor_id: customer.id,
    actor_type: "customer",
    auth_identity_id: authIdentity.id,
    app_metadata: { customer_id: customer.id },
  })
  return {
    customerId: customer.id,
    headers: { ...publishableKey, authorization: `Bearer ${token}` },
  }
}
