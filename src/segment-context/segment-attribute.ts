/**
 * The pricing and promotion context attribute that carries a customer's
 * active segment ids. Price lists and promotions linked to segments get a
 * rule on this attribute; Medusa's engines match it like any other rule
 * (a list of ids matches when any of them is in the rule's values).
 */
export const SEGMENT_CONTEXT_ATTRIBUTE = "customer_segment_id"
