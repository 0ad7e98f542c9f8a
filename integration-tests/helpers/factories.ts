import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerSegmentsWorkflow } from "../../src/workflows/create-customer-segments"
import type { CreateCustomerSegmentInput } from "../../src/modules/customer-segment/types"

/** Customers created through Medusa's customer module. */
export async function createCustomers(
  container: MedusaContainer,
  rows: { email: string; first_name?: string; last_name?: string }[]
) {
  return await container.resolve(Modules.CUSTOMER).createCustomers(rows)
}

/** Segments created through the plugin's own workflow. */
export async function createSegments(
  container: MedusaContainer,
  segments: CreateCustomerSegmentInput[]
) {
  const { result } = await createCustomerSegmentsWorkflow(container).run({
    // The specs evaluate when they mean to; an automatic run beside theirs
    // would race it.
    input: { customer_segments: segments, start_evaluation: false },
  })
  return result
}
