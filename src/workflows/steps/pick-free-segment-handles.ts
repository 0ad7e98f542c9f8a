import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export const pickFreeSegmentHandlesStepId = "pick-free-segment-handles"

/**
 * For each wanted handle, the handle itself when no live segment has it,
 * else the first free `handle-2`, `handle-3`, ...: readable handles for
 * segments the plugin names itself (classification tiers). Reads only.
 */
export const pickFreeSegmentHandlesStep = createStep(
  pickFreeSegmentHandlesStepId,
  async (wanted: string[], { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const live = await service.listCustomerSegments(
      { $or: wanted.map((handle) => ({ handle: { $like: `${handle}%` } })) },
      { select: ["handle"] }
    )
    const taken = new Set(live.map((segment) => segment.handle))
    const picked = wanted.map((handle) => {
      let candidate = handle
      for (let suffix = 2; taken.has(candidate); suffix++) {
        candidate = `${handle}-${suffix}`
      }
      taken.add(candidate)
      return candidate
    })
    return new StepResponse(picked)
  }
)
