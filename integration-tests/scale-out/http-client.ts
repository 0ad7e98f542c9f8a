import { generateJwtToken } from "@medusajs/framework/utils"

export type Headers = Record<string, string>

/** JWT_SECRET of medusa-config.redis.ts in the test's processes. */
export const JWT_SECRET = "scale-out-secret"

function bearer(payload: Record<string, unknown>): Headers {
  const token = generateJwtToken(payload, { secret: JWT_SECRET, expiresIn: "1d" })
  return { authorization: `Bearer ${token}` }
}

/** Headers of an admin user, as Medusa signs them after a login. */
export function adminHeaders(userId = "user_scale_out"): Headers {
  return bearer({
    actor_id: userId,
    actor_type: "user",
    auth_identity_id: `authid_${userId}`,
    app_metadata: { user_id: userId },
  })
}

/** Store headers of a signed-in customer. */
export function customerHeaders(customerId: string, publishableKey: Headers): Headers {
  return {
    ...publishableKey,
    ...bearer({
      actor_id: customerId,
      actor_type: "customer",
      auth_identity_id: `authid_${customerId}`,
      app_metadata: { customer_id: customerId },
    }),
  }
}

export type Api = ReturnType<typeof httpClient>

/** JSON requests to one Medusa server; a status other than 2xx throws with the body. */
export function httpClient(baseUrl: string) {
  const request = async (method: string, path: string, headers: Headers, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
    }
    return { status: response.status, data: text ? JSON.parse(text) : undefined }
  }
  return {
    get: (path: string, headers: Headers) => request("GET", path, headers),
    post: (path: string, body: unknown, headers: Headers) => request("POST", path, headers, body),
  }
}
