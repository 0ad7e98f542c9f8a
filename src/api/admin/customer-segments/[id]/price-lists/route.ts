import { linkRecordsHandler } from "../link-records-handler"

/** `{ add, remove }` price lists of the segment. */
export const POST = linkRecordsHandler("price_list")
