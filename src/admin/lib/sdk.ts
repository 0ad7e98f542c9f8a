import Medusa from "@medusajs/js-sdk"
import { createCustomerSegmentsClient } from "../../client"

/**
 * The JS SDK the plugin's admin extensions call the API with. The dashboard
 * authenticates with a session cookie, so no token handling is needed here.
 * `__BACKEND_URL__` is defined by the dashboard's Vite config.
 */
export const sdk = new Medusa({
  baseUrl:
    (typeof __BACKEND_URL__ !== "undefined" ? __BACKEND_URL__ : undefined) ||
    "/",
  auth: {
    type: "session",
  },
})

/** The plugin's own routes, typed, through the same SDK. */
export const customerSegmentsClient = createCustomerSegmentsClient(sdk)
