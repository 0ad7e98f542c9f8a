import { SEGMENT_LINK_TARGETS } from "../links/segment-link-tables"
import { GUEST_PRICED_CART_TABLE } from "../modules/customer-segment/models/guest-priced-cart"

/**
 * The tables the plugin's SQL names. Link tables come from the link
 * registry (`src/links/segment-link-tables.ts`), the module's own tables are
 * those of its models.
 */
export const MEMBERSHIP_TABLE = SEGMENT_LINK_TARGETS.customer.table
export const MEMBERSHIP_ID_PREFIX = SEGMENT_LINK_TARGETS.customer.idPrefix
export const SEGMENT_TABLE = "customer_segment"
export const MEMBERSHIP_CHANGE_TABLE = "customer_segment_membership_change"
export const MEMBERSHIP_CHANGE_ID_PREFIX = "csegchg"
export const EXCLUSION_TABLE = "customer_segment_exclusion"
export const CLASSIFICATION_RESULT_TABLE = "customer_classification_result"
export const CLASSIFICATION_RESULT_ID_PREFIX = "cclsres"
export const RUN_TABLE = "customer_segment_run"
export { GUEST_PRICED_CART_TABLE }

/** A prefixed id made in SQL, shaped like Medusa's. */
export const sqlId = (prefix: string) => `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`
