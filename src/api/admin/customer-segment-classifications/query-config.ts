/**
 * The routes read classifications through the module service, which returns
 * every column, so `fields` selects nothing here; `order` and the pagination
 * reach the list through `req.queryConfig.pagination`.
 */
export const retrieveTransformQueryConfig = {
  defaults: ["id"],
  isList: false,
}

export const listTransformQueryConfig = {
  ...retrieveTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
