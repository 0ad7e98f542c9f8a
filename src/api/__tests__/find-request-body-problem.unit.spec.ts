import { MAX_REQUEST_BODY_DEPTH, findRequestBodyProblem } from "../find-request-body-problem"

/** Arrays (or objects) nested `levels` deep around `leaf`; the outermost is level 1. */
const nestedArrays = (levels: number, leaf: unknown = 1): unknown => {
  let value = leaf
  for (let i = 0; i < levels; i++) {
    value = [value]
  }
  return value
}
const nestedObjects = (levels: number, leaf: unknown = 1): unknown => {
  let value = leaf
  for (let i = 0; i < levels; i++) {
    value = { a: value }
  }
  return value
}

describe("findRequestBodyProblem", () => {
  it.each([
    ["no body", undefined],
    ["an empty object", {}],
    ["a plain string", "hello"],
    ["segment conditions four groups deep", {
      conditions: { all: [{ any: [{ all: [{ any: [{ attribute: "email_domain", operator: "in", value: ["a.com"] }] }] }] }] },
    }],
    ["a wide list", { add: Array.from({ length: 5000 }, (_, i) => `cus_${i}`) }],
    ["the text of an escape, which is not a NUL", { name: "\\u0000" }],
    ["arrays at the limit", nestedArrays(MAX_REQUEST_BODY_DEPTH)],
    ["objects at the limit", nestedObjects(MAX_REQUEST_BODY_DEPTH)],
  ])("finds nothing in %s", (_name, body) => {
    expect(findRequestBodyProblem(body)).toBeUndefined()
  })

  it.each([
    ["a string body", "a\u0000b"],
    ["a field", { name: "a\u0000b" }],
    ["a key", { ["a\u0000b"]: 1 }],
    ["a list item", { add: ["cus_1", "cus_\u0000"] }],
    ["a deep string", nestedObjects(10, "\u0000")],
  ])("finds a NUL character in %s", (_name, body) => {
    expect(findRequestBodyProblem(body)).toBe("nul-character")
  })

  it.each([
    ["arrays one past the limit", nestedArrays(MAX_REQUEST_BODY_DEPTH + 1)],
    ["objects one past the limit", nestedObjects(MAX_REQUEST_BODY_DEPTH + 1)],
    ["empty arrays one past the limit", JSON.parse("[".repeat(MAX_REQUEST_BODY_DEPTH + 1) + "]".repeat(MAX_REQUEST_BODY_DEPTH + 1))],
    ["a deep value beside a valid field", { name: "VIP", metadata: nestedObjects(100) }],
  ])("finds %s too deep", (_name, body) => {
    expect(findRequestBodyProblem(body)).toBe("too-deep")
  })

  it("walks bodies far deeper than the stack allows for recursion, without throwing", () => {
    const levels = 100_000
    expect(() => JSON.stringify(nestedArrays(levels))).toThrow(RangeError)
    expect(findRequestBodyProblem(nestedArrays(levels))).toBe("too-deep")
    expect(findRequestBodyProblem(nestedObjects(levels))).toBe("too-deep")
    expect(findRequestBodyProblem(nestedArrays(levels), Infinity)).toBeUndefined()
    expect(findRequestBodyProblem(nestedObjects(levels, "\u0000"), Infinity)).toBe("nul-character")
  })
})
