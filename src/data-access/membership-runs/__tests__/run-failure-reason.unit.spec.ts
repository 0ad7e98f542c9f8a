import { runFailureReason } from "../run-failure-reason"

describe("runFailureReason", () => {
  it.each([
    [
      "a database error: only the database's message, not the statement",
      Object.assign(new Error("with a as (select 1 - 2) insert into t select * from a - injected fault: refused"), {
        code: "P0001",
      }),
      "injected fault: refused",
    ],
    ["any other error: its message", new Error("could not obtain lock - timeout"), "could not obtain lock - timeout"],
    ["a thrown string", "boom", "boom"],
  ])("%s", (_label, error, expected) => {
    expect(runFailureReason(error)).toEqual(expected)
  })
})
