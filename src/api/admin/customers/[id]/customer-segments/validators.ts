import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetCustomerSegmentsOfCustomerParams = createFindParams({
  limit: 50,
  offset: 0,
})
export type AdminGetCustomerSegmentsOfCustomerParamsType = z.infer<
  typeof AdminGetCustomerSegmentsOfCustomerParams
>
