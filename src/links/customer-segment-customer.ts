import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import CustomerSegmentModule from "../modules/customer-segment"
import { segmentLinkDatabase } from "./segment-link-tables"

/**
 * Segment membership. Each row is one customer in one segment, with where the
 * membership came from (`source`) and the admin who added it (`added_by`).
 * `query.graph` reads it as `customer.customer_segments` and
 * `customer_segment.customers`.
 */
export default defineLink(
  {
    linkable: CustomerSegmentModule.linkable.customerSegment,
    isList: true,
    filterable: ["id", "is_active", "handle", "name"],
  },
  {
    linkable: CustomerModule.linkable.customer,
    isList: true,
    filterable: ["id", "email", "first_name", "last_name"],
  },
  { database: segmentLinkDatabase("customer") }
)
