// The scenario, in order; each step builds on the ones before it.
import { addMembers } from "./add-members.mjs"
import { createSegment } from "./create-segment.mjs"
import { overrideCustomerTier } from "./customer-tier.mjs"
import { addFromCustomerWidget, segmentOnCustomerPage } from "./customer-widget.mjs"
import { linkPriceListAndPromotion } from "./link-records.mjs"
import { login } from "./login.mjs"
import { productExclusive } from "./product-exclusive.mjs"
import { removeMember } from "./remove-member.mjs"
import { segmentReports } from "./reports.mjs"
import { ruleSegmentPreview } from "./rule-segment.mjs"
import { runClassification } from "./run-classification.mjs"
import { priceListEstimate, ruleChangesImpact } from "./segment-impact.mjs"
import { openSegmentsFromSidebar } from "./segments-list.mjs"
import { simulateCustomer } from "./simulate-customer.mjs"

export const steps = [
  { name: "login", run: login },
  { name: "segments-list", run: openSegmentsFromSidebar },
  { name: "create-segment", run: createSegment },
  { name: "add-members", run: addMembers },
  { name: "customer-widget-add", run: addFromCustomerWidget },
  { name: "link-price-list-promotion", run: linkPriceListAndPromotion },
  { name: "customer-widget-shows-segment", run: segmentOnCustomerPage },
  { name: "remove-member", run: removeMember },
  { name: "simulate-customer", run: simulateCustomer },
  { name: "run-classification", run: runClassification },
  { name: "customer-tier-override", run: overrideCustomerTier },
  { name: "rule-segment-preview", run: ruleSegmentPreview },
  { name: "product-exclusive", run: productExclusive },
  { name: "segment-reports", run: segmentReports },
  { name: "price-list-estimate", run: priceListEstimate },
  { name: "rule-changes-impact", run: ruleChangesImpact },
]
