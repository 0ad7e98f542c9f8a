import { createMedusaContainer, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type ValidateRecordsExistStepInput,
  validateRecordsExistStep,
} from "../validate-records-exist"

/** A container whose query knows only the given ids. */
function containerWithRecords(existing: string[]) {
  const container = createMedusaContainer()
  const graph = jest.fn(async ({ filters }: { filters: { id: string[] } }) => ({
    data: filters.id.filter((id) => existing.includes(id)).map((id) => ({ id })),
  }))
  container.register(ContainerRegistrationKeys.QUERY, asValue({ graph }))
  return { container, graph }
}

const workflow = createWorkflow(
  "validate-records-exist-unit",
  (input: ValidateRecordsExistStepInput) => {
    return new WorkflowResponse(validateRecordsExistStep(input))
  }
)

describe("validateRecordsExistStep", () => {
  it("passes when every id exists, asking once for the distinct ids", async () => {
    const { container, graph } = containerWithRecords(["cus_1", "cus_2"])
    const { result } = await workflow(container).run({
      input: { entity: "customer", ids: ["cus_1", "cus_2", "cus_1"], label: "Customers" },
    })
    expect(result).toEqual(["cus_1", "cus_2"])
    expect(graph).toHaveBeenCalledTimes(1)
  })

  it("fails naming every missing id", async () => {
    const { container } = containerWithRecords(["cus_1"])
    const { errors } = await workflow(container).run({
      input: { entity: "customer", ids: ["cus_1", "cus_x", "cus_y"], label: "Customers" },
      throwOnError: false,
    })
    expect(errors[0].error.message).toEqual("Customers not found: cus_x, cus_y")
    expect(errors[0].error.type).toEqual("not_found")
  })

  it("does not query for an empty list", async () => {
    const { container, graph } = containerWithRecords([])
    await workflow(container).run({
      input: { entity: "customer", ids: [], label: "Customers" },
    })
    expect(graph).not.toHaveBeenCalled()
  })
})
