import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * PostgreSQL text cannot hold NUL characters: refuse them in the path, the
 * query string and the body with a 400 before they reach a query.
 */
export function rejectNulCharacters(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const url = req.originalUrl ?? req.url
  const inUrl = /%00/i.test(url) || url.includes("\u0000")
  const inBody = req.body !== undefined && JSON.stringify(req.body).includes("\\u0000")
  if (inUrl || inBody) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: ${inUrl ? "the URL" : "the body"} contains a NUL character`
      )
    )
  }
  return next()
}
