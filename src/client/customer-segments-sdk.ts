import type Medusa from "@medusajs/js-sdk"

/**
 * What the client needs of Medusa's JS SDK: its `client.fetch`, which adds
 * the base URL, the publishable key and the session or token, and throws a
 * `FetchError` (with `status` and the route's `message`) on a non-2xx
 * answer. A `Medusa` instance fits.
 */
export type CustomerSegmentsSdk = { client: Pick<Medusa["client"], "fetch"> }

export type { ClientHeaders } from "@medusajs/js-sdk"
