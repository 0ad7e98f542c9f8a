import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_REQUEST_BODY_DEPTH } from "../find-request-body-problem"
import { rejectUnsafeRequestInput } from "../reject-unsafe-request-input"

/** What the middleware passes to `next`: nothing, or the error's type and message. */
function run(url: string, body?: unknown) {
  const next = jest.fn()
  rejectUnsafeRequestInput({ originalUrl: url, url, body } as MedusaRequest, {} as MedusaResponse, next)
  expect(next).toHaveBeenCalledTimes(1)
  const [error] = next.mock.calls[0]
  return error === undefined ? undefined : { type: (error as MedusaError).type, message: (error as Error).message }
}

describe("rejectUnsafeRequestInput", () => {
  it("lets a clean request through", () => {
    expect(run("/admin/customer-segments?q=vip", { name: "VIP" })).toBeUndefined()
  })

  it.each([
    ["/admin/customer-segments/a%00b"],
    ["/admin/customer-segments?q=%00"],
    ["/admin/customer-segments?q=a\u0000b"],
  ])("refuses a NUL character in the URL %j", (url) => {
    expect(run(url)).toEqual({
      type: MedusaError.Types.INVALID_DATA,
      message: "Invalid request: the URL contains a NUL character",
    })
  })

  it("refuses a NUL character in the body", () => {
    expect(run("/admin/customer-segments", { name: "a\u0000b" })).toEqual({
      type: MedusaError.Types.INVALID_DATA,
      message: "Invalid request: the body contains a NUL character",
    })
  })

  it("refuses a body nested 5,000 deep with a 400, not a stack overflow", () => {
    const depth = 5000
    const body = JSON.parse("[".repeat(depth) + "]".repeat(depth))
    expect(run("/store/customers/me/customer-segments", body)).toEqual({
      type: MedusaError.Types.INVALID_DATA,
      message: `Invalid request: the body is nested too deep (at most ${MAX_REQUEST_BODY_DEPTH} levels)`,
    })
  })
})
