// Plain-fetch JSON client for the store under check, and sign-in through
// Medusa's own auth routes (emailpass), as an admin dashboard or a
// storefront does: no token is forged.

/** @param {string} baseUrl */
export function httpClient(baseUrl) {
  /** Any status; `data` is the parsed body (or the text when it is not JSON). */
  const request = async (method, path, { body, headers = {} } = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let data = text
    try {
      data = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON (an HTML page)
    }
    return { status: response.status, data }
  }
  /** A 2xx answer's body; anything else throws with the status and body. */
  const ok = async (method, path, options) => {
    const { status, data } = await request(method, path, options)
    if (status < 200 || status > 299) {
      throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(data).slice(0, 600)}`)
    }
    return data
  }
  return {
    request,
    get: (path, headers) => ok("GET", path, { headers }),
    post: (path, body, headers) => ok("POST", path, { body, headers }),
  }
}

const bearer = (token) => ({ authorization: `Bearer ${token}` })

/** Admin request headers, after signing in with the user `medusa user` created. */
export async function signInAdmin(api, email, password) {
  const { token } = await api.post("/auth/user/emailpass", { email, password })
  return bearer(token)
}

/**
 * Registers a storefront customer (auth identity, then the customer) and
 * signs them in; returns their id and store headers.
 */
export async function registerCustomer(api, publishableKey, { email, password, first_name }) {
  const { token: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { customer } = await api.post(
    "/store/customers",
    { email, first_name },
    { ...publishableKey, ...bearer(registration) }
  )
  const { token } = await api.post("/auth/customer/emailpass", { email, password })
  return { id: customer.id, email, headers: { ...publishableKey, ...bearer(token) } }
}
