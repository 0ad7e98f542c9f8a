import { useCustomerSegment } from "../../hooks/use-customer-segments"

/** The segment's name in the dashboard's breadcrumbs (its id while loading). */
export const SegmentBreadcrumb = ({ id }: { id: string }) => {
  const { customer_segment } = useCustomerSegment(id, { fields: "id,name" })
  return <span>{customer_segment?.name ?? id}</span>
}
