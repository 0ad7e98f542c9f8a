import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../../../modules/customer-segment/service"
import { SEGMENT_LINK_TARGETS } from "../../../../../links/segment-link-tables"
import { defaultCustomerClassificationFields } from "./query-config"

/**
 * For each classification (oldest first): the customer's automatic tier, the
 * manual override if any (with who set it, when, why and until when), the
 * tier in force, and the eligible sales of the
 * latest run. The body of `GET /admin/customers/:id/classifications` and of
 * the manual-tier `POST` beside it.
 */
export async function listCustomerClassifications(scope: MedusaContainer, customerId: string) {
  const service: CustomerSegmentModuleService = scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const [classifications, tiers, results] = await Promise.all([
    service.listCustomerSegmentClassifications(
      {},
      { select: [...defaultCustomerClassificationFields], order: { created_at: "ASC" } }
    ),
    service.listCustomerSegments(
      { classification_id: { $ne: null } },
      { select: ["id", "name", "classification_id"] }
    ),
    service.listCustomerClassificationResults({ customer_id: customerId }),
  ])
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SEGMENT_LINK_TARGETS.customer.entryPoint,
    fields: ["customer_segment_id", "source", "added_by", "created_at", "reason", "expires_at", "grace_until"],
    filters: { customer_id: customerId, customer_segment_id: tiers.map((t) => t.id) },
  })
  const memberships = data as Record<string, any>[]
  const tierById = new Map(tiers.map((tier) => [tier.id, { id: tier.id, name: tier.name }]))
  return {
    classifications: classifications.map((classification) => {
      const result = results.find((r) => r.classification_id === classification.id)
      const ofThis = memberships.filter(
        (m) => tiers.find((t) => t.id === m.customer_segment_id)?.classification_id === classification.id
      )
      const manual = ofThis.find((m) => m.source === "manual")
      const current = manual ?? ofThis[0]
      return {
        classification: {
          id: classification.id,
          name: classification.name,
          is_default: classification.is_default,
          currency_code: classification.currency_code,
        },
        automatic_tier: result?.automatic_tier_id ? tierById.get(result.automatic_tier_id) ?? null : null,
        manual_tier: manual ? tierById.get(manual.customer_segment_id) ?? null : null,
        // Who set the manual tier, when, why and until when.
        override: manual
          ? {
              set_by: manual.added_by ?? null,
              set_at: manual.created_at ?? null,
              reason: manual.reason ?? null,
              expires_at: manual.expires_at ?? null,
            }
          : null,
        tier: current ? tierById.get(current.customer_segment_id) ?? null : null,
        // A customer whose automatic tier dropped keeps the tier in force until then.
        grace_until: current && current.source !== "manual" ? current.grace_until ?? null : null,
        eligible_sales: result?.eligible_sales ?? null,
      }
    }),
  }
}
