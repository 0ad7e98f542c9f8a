import { Module } from "@medusajs/framework/utils"
import CustomerSegmentModuleService from "./service"

export const CUSTOMER_SEGMENT_MODULE = "customerSegment"

export default Module(CUSTOMER_SEGMENT_MODULE, {
  service: CustomerSegmentModuleService,
})

export type { CustomerSegmentModuleOptions } from "./types"
export type { CustomerSegmentDTO } from "./service"
export { CustomerSegmentModuleService }
