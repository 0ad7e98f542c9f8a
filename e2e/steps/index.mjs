// The scenario, in order; each step builds on the ones before it.
// Not covered: "run a classification and see tiers" (not built yet).
import { addMembers } from "./add-members.mjs"
import { createSegment } from "./create-segment.mjs"
import { addFromCustomerWidget, segmentOnCustomerPage } from "./customer-widget.mjs"
import { linkPriceListAndPromotion } from "./link-records.mjs"
import { login } from "./login.mjs"
import { removeMember } from "./remove-member.mjs"
import { openSegmentsFromSidebar } from "./segments-list.mjs"

export const steps = [
  { name: "login", run: login },
  { name: "segments-list", run: openSegmentsFromSidebar },
  { name: "create-segment", run: createSegment },
  { name: "add-members", run: addMembers },
  { name: "customer-widget-add", run: addFromCustomerWidget },
  { name: "link-price-list-promotion", run: linkPriceListAndPromotion },
  { name: "customer-widget-shows-segment", run: segmentOnCustomerPage },
  { name: "remove-member", run: removeMember },
]
