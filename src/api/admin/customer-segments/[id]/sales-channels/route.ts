import { linkRecordsHandler } from "../link-records-handler"

/** `{ add, remove }` sales channels of the segment. */
export const POST = linkRecordsHandler("sales_channel")
