import { z } from "zod"

/** `POST /admin/customer-segments/sales-facts/rebuild` takes no fields. */
export const AdminPostSalesFactsRebuild = z.object({}).strict()
export type AdminPostSalesFactsRebuildType = z.infer<typeof AdminPostSalesFactsRebuild>
