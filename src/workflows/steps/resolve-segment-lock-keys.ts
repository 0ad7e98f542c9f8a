import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { classificationLockKey, segmentLockKey } from "../../modules/customer-segment/lock-keys"

export type ResolveSegmentLockKeysStepInput = {
  /** Segments whose memberships will be written. */
  segment_ids?: string[]
  /** A classification whose tiers will be written (by a run or a manual tier). */
  classification_id?: string
}

export const resolveSegmentLockKeysStepId = "resolve-segment-lock-keys"

/**
 * The lock keys a membership writer takes, sorted: each segment's key and,
 * where a segment is a tier, the keys of every tier of its classification
 * (a tier change can move the customer out of the others). With a
 * classification, also its own key: its runs and manual tiers queue behind
 * each other and behind edits of any of its tiers. Reads only.
 */
export const resolveSegmentLockKeysStep = createStep(
  resolveSegmentLockKeysStepId,
  async ({ segment_ids = [], classification_id }: ResolveSegmentLockKeysStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const segments = segment_ids.length
      ? await service.listCustomerSegments({ id: segment_ids }, { select: ["id", "classification_id"], withDeleted: true })
      : []
    const classificationIds = [
      ...new Set([
        ...segments.map((segment) => segment.classification_id).filter((id): id is string => !!id),
        ...(classification_id ? [classification_id] : []),
      ]),
    ]
    const tiers = classificationIds.length
      ? await service.listCustomerSegments({ classification_id: classificationIds }, { select: ["id"] })
      : []
    const keys = new Set([
      ...segment_ids.map(segmentLockKey),
      ...tiers.map((tier) => segmentLockKey(tier.id)),
      ...(classification_id ? [classificationLockKey(classification_id)] : []),
    ])
    return new StepResponse([...keys].sort())
  }
)
