/**
 * The segments listed for a customer, and returned after linking, carry a
 * segment's own fields: the segment routes' query config. The GET pages the
 * customer's links itself, from `limit` and `offset`.
 */
export { retrieveTransformQueryConfig } from "../../../customer-segments/query-config"
