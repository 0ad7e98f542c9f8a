import { Container, Text } from "@medusajs/ui"
import { useId, useMemo, useState } from "react"
import { useCustomerSearch, type SearchOption } from "../../hooks/use-shopper-simulation"
import type { CustomerSegment } from "../../../client"
import { describedBy, FormField } from "../shared/form-field"
import { SectionHeader } from "../shared/section-header"
import { ChipList } from "../simulator/chip-list"
import { SearchCombobox } from "../simulator/search-combobox"
import { ShopperSimulator } from "../simulator/shopper-simulator"

/**
 * "Preview as a member": what a shopper would pay and see as a member of
 * this segment, before anyone is added (a hypothetical membership), as a
 * guest who joins or as a chosen customer.
 */
export const SegmentMemberPreviewSection = ({ segment }: { segment: CustomerSegment }) => {
  const [customer, setCustomer] = useState<SearchOption | null>(null)
  const who = useMemo(
    () => ({ segment_ids: [segment.id], ...(customer ? { customer_id: customer.id } : {}) }),
    [segment.id, customer]
  )
  const id = `member-preview${useId().replace(/:/g, "")}-customer`
  const hint = customer
    ? "Their own segments count too."
    : "None chosen: a guest who joins. Choose a customer to add their own segments and groups."

  const customerField = (
    <FormField id={id} label="As customer" optional hint={hint}>
      {customer ? (
        <ChipList
          label="Previewed customer"
          chips={[{ id: customer.id, label: customer.title, note: customer.subtitle }]}
          onRemove={() => setCustomer(null)}
          removeLabel={(chip) => `Preview as a guest instead of ${chip.label}`}
        />
      ) : (
        <SearchCombobox
          id={id}
          noun="customers"
          placeholder="Search customers by name or email"
          useSearch={useCustomerSearch}
          describedBy={describedBy(id, { hint })}
          onPick={setCustomer}
        />
      )}
    </FormField>
  )

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Preview as a member"
        description={`What a shopper would pay and see as a member of ${segment.name}, before anyone is added. Nothing is saved.`}
      />
      {!segment.is_active && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          This segment is inactive: its prices, coupons and products do not count until it is
          activated, and the preview shows that.
        </Text>
      )}
      <ShopperSimulator who={who} before={customerField} />
    </Container>
  )
}
