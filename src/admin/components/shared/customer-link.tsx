import { Link } from "react-router-dom"
import { customerName } from "../../lib/record-resources"

type LinkedCustomer = { id: string; email?: string | null; first_name?: string | null; last_name?: string | null }

/** A customer of a sample, by email (else name, else id), linking to their page. */
export const CustomerLink = ({ customer }: { customer: LinkedCustomer }) => (
  <Link
    to={`/customers/${customer.id}`}
    className="text-ui-fg-subtle hover:text-ui-fg-interactive focus-visible:shadow-borders-focus txt-small rounded-sm outline-none"
  >
    {customer.email ?? customerName(customer) ?? customer.id}
  </Link>
)
