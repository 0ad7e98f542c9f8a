import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_REQUEST_BODY_DEPTH, findRequestBodyProblem } from "./find-request-body-problem"

/**
 * Refuses with a 400, before a validator or handler reads the request:
 * - NUL characters in the path, the query string or the body, because
 *   PostgreSQL text cannot hold them;
 * - bodies nested deeper than `MAX_REQUEST_BODY_DEPTH`, because Medusa's body
 *   parser accepts them and a recursive walk over them (`JSON.stringify`
 *   among others) overflows the stack, which answered 500.
 */
export function rejectUnsafeRequestInput(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const url = req.originalUrl ?? req.url
  if (/%00/i.test(url) || url.includes("\u0000")) {
    return next(invalidRequest("the URL contains a NUL character"))
  }
  switch (findRequestBodyProblem(req.body)) {
    case "nul-character":
      return next(invalidRequest("the body contains a NUL character"))
    case "too-deep":
      return next(
        invalidRequest(`the body is nested too deep (at most ${MAX_REQUEST_BODY_DEPTH} levels)`)
      )
    default:
      return next()
  }
}

function invalidRequest(reason: string) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${reason}`)
}
