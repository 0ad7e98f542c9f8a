/**
 * The pricing and promotion context attribute that carries a customer's
 * active segment ids. Price lists and promotions linked to segments get a
 * rule on this attribute; Medusa's engines match it like any other rule
 * (a list of ids matches when any of them is in the rule's values).
 */
export const SEGMENT_CONTEXT_ATTRIBUTE = "customer_segment_id"

/**
 * The target-rule attribute of segment coupons: on each cart line, the ids
 * of the customer's segments whose products or categories include the
 * line's product. A coupon linked to segments with a catalog discounts only
 * lines whose value matches one of those segments.
 */
export const SEGMENT_ITEM_ATTRIBUTE = `items.${SEGMENT_CONTEXT_ATTRIBUTE}`
