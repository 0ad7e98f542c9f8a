export const defaultAdminCustomerSegmentFields = [
  "id",
  "handle",
  "name",
  "reference",
  "description",
  "is_active",
  "priority",
  "crm_id",
  "erp_id",
  "accounting_id",
  "metadata",
  "conditions",
  "grace_days",
  "classification_id",
  "created_at",
  "updated_at",
]

export const retrieveTransformQueryConfig = {
  defaults: defaultAdminCustomerSegmentFields,
  isList: false,
}

export const listTransformQueryConfig = {
  ...retrieveTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
