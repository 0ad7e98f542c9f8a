import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteCustomerSegmentsWorkflow } from "../../../../workflows/delete-customer-segments"
import { updateCustomerSegmentsWorkflow } from "../../../../workflows/update-customer-segments"
import { latestEvaluationRun, refetchCustomerSegment } from "../helpers"
import type { AdminUpdateCustomerSegmentType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customer_segment = await refetchCustomerSegment(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_segment })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCustomerSegmentType>,
  res: MedusaResponse
) => {
  await updateCustomerSegmentsWorkflow(req.scope).run({
    input: {
      selector: { id: req.params.id },
      update: req.validatedBody,
      requested_by: req.auth_context.actor_id,
    },
  })
  const customer_segment = await refetchCustomerSegment(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  // Saved conditions start the evaluation that fills the segment: its run.
  const run = req.validatedBody.conditions
    ? await latestEvaluationRun(req.scope, req.params.id)
    : null
  res.json({ customer_segment, run })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { id } = req.params
  // Reading first gives a 404 for an unknown or already deleted segment.
  await refetchCustomerSegment(id, req.scope, ["id"])
  await deleteCustomerSegmentsWorkflow(req.scope).run({ input: { ids: [id] } })
  res.json({ id, object: "customer_segment", deleted: true })
}
