import { Container } from "@medusajs/ui"
import { useMemo } from "react"
import { SectionHeader } from "../shared/section-header"
import { ShopperSimulator } from "./shopper-simulator"

/** "What this customer sees": the simulator for one customer, with their real segments. */
export const CustomerSimulatorCard = ({ customerId }: { customerId: string }) => {
  const who = useMemo(() => ({ customer_id: customerId }), [customerId])
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="What this customer sees"
        description="The prices, codes and products this customer would get at checkout, and why. Nothing is saved or sent to them."
      />
      <ShopperSimulator who={who} />
    </Container>
  )
}
