/** The fields of each classification in the customer's classification list. */
export const defaultCustomerClassificationFields = [
  "id",
  "name",
  "is_default",
  "currency_code",
] as const
