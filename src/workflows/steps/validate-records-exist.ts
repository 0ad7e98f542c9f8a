import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ValidateRecordsExistStepInput = {
  /** The `query.graph` entity, for example `customer` or `customer_segment`. */
  entity: string
  ids: string[]
  /** How the error names the records, for example `Customers`. */
  label: string
}

export const validateRecordsExistStepId = "validate-records-exist"

/**
 * Fails with NOT_FOUND, naming every id that does not exist, so that a batch
 * with one bad id changes nothing. Returns the distinct ids. Writes nothing,
 * so has no compensation.
 */
export const validateRecordsExistStep = createStep(
  validateRecordsExistStepId,
  async ({ entity, ids, label }: ValidateRecordsExistStepInput, { container }) => {
    const unique = [...new Set(ids ?? [])]
    if (!unique.length) {
      return new StepResponse(unique)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity,
      fields: ["id"],
      filters: { id: unique },
    })
    const found = new Set(data.map((record: { id: string }) => record.id))
    const missing = unique.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${label} not found: ${missing.join(", ")}`
      )
    }
    return new StepResponse(unique)
  }
)
