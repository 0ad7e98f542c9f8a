import { linkRecordsHandler } from "../link-records-handler"

/** `{ add, remove }` product categories of the segment. */
export const POST = linkRecordsHandler("product_category")
