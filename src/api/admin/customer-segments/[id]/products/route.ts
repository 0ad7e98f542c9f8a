import { linkRecordsHandler } from "../link-records-handler"

/** `{ add, remove }` products of the segment. */
export const POST = linkRecordsHandler("product")
