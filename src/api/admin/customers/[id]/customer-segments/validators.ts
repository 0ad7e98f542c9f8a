import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../../find-params"

export const AdminGetCustomerSegmentsOfCustomerParams = createBoundedFindParams({
  orderFields: ["created_at"],
})
export type AdminGetCustomerSegmentsOfCustomerParamsType = z.infer<
  typeof AdminGetCustomerSegmentsOfCustomerParams
>
