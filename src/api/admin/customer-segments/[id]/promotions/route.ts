import { linkRecordsHandler } from "../link-records-handler"

/** `{ add, remove }` promotions of the segment. */
export const POST = linkRecordsHandler("promotion")
