import { StatusBadge } from "@medusajs/ui"

/** Whether a segment is active, as a status dot and label. */
export const ActiveBadge = ({ isActive }: { isActive: boolean }) => (
  <StatusBadge color={isActive ? "green" : "grey"}>
    {isActive ? "Active" : "Inactive"}
  </StatusBadge>
)
