import { Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useProductSearch, type useSimulatorPlaces } from "../../hooks/use-shopper-simulation"
import { describedBy, FormField } from "../shared/form-field"
import { ChipList } from "./chip-list"
import { PromoCodesInput } from "./promo-codes-input"
import { SearchCombobox } from "./search-combobox"
import {
  MAX_VARIANTS,
  variantCount,
  type PickedProduct,
  type SimulatorInputs,
} from "./simulation-request"

/** The "store default" choice of the sales channel select (Radix Select has no empty value). */
const STORE_DEFAULT = "store_default"

type Places = ReturnType<typeof useSimulatorPlaces>

/**
 * The simulator's inputs: region, sales channel (the store's default when
 * not chosen), products from a search picker, and codes. `before` goes
 * first (the segment page's customer picker).
 */
export const SimulatorForm = ({
  idPrefix,
  inputs,
  onChange,
  places,
  before,
}: {
  idPrefix: string
  inputs: SimulatorInputs
  onChange: (update: Partial<SimulatorInputs>) => void
  places: Places
  before?: ReactNode
}) => {
  const id = (name: string) => `${idPrefix}-${name}`
  const variants = variantCount(inputs.products)
  const tooMany =
    variants > MAX_VARIANTS
      ? `At most ${MAX_VARIANTS} variants at a time: these products have ${variants}. Remove some.`
      : undefined
  const productsHint = "Search by title; all their variants are priced."
  const defaultChannel = places.salesChannels?.find((c) => c.id === places.defaultSalesChannelId)

  const pickProduct = (product: PickedProduct) => onChange({ products: [...inputs.products, product] })
  const removeProduct = (productId: string) => {
    const removed = inputs.products.find((p) => p.id === productId)
    const quantities = { ...inputs.quantities }
    for (const variantId of removed?.variantIds ?? []) {
      delete quantities[variantId]
    }
    onChange({ products: inputs.products.filter((p) => p.id !== productId), quantities })
  }

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      {before}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField id={id("region")} label="Region">
          <Select
            value={inputs.regionId}
            onValueChange={(value) => value && onChange({ regionId: value })}
            size="small"
            disabled={!places.regions?.length}
          >
            <Select.Trigger id={id("region")}>
              <Select.Value placeholder={places.regions ? "No region in the store" : "Loading regions…"} />
            </Select.Trigger>
            <Select.Content>
              {places.regions?.map((region) => (
                <Select.Item key={region.id} value={region.id}>
                  {region.name} ({region.currency_code.toUpperCase()})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id={id("channel")} label="Sales channel" optional>
          <Select
            value={inputs.salesChannelId ?? STORE_DEFAULT}
            onValueChange={(value) =>
              value && onChange({ salesChannelId: value === STORE_DEFAULT ? undefined : value })
            }
            size="small"
            disabled={!places.salesChannels}
          >
            <Select.Trigger id={id("channel")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={STORE_DEFAULT}>
                Store default{defaultChannel ? ` (${defaultChannel.name})` : ""}
              </Select.Item>
              {places.salesChannels
                ?.filter((channel) => channel.id !== places.defaultSalesChannelId)
                .map((channel) => (
                  <Select.Item key={channel.id} value={channel.id}>
                    {channel.name}
                    {channel.is_disabled ? " (disabled)" : ""}
                  </Select.Item>
                ))}
            </Select.Content>
          </Select>
        </FormField>
      </div>
      <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-y-2">
          <FormField id={id("products")} label="Products" hint={productsHint} error={tooMany}>
            <SearchCombobox
              id={id("products")}
              noun="products"
              placeholder="Search products"
              useSearch={useProductSearch}
              withThumbnail
              pickedIds={inputs.products.map((p) => p.id)}
              describedBy={describedBy(id("products"), { hint: productsHint, error: tooMany })}
              onPick={(option) =>
                pickProduct({
                  id: option.id,
                  title: option.title,
                  thumbnail: option.thumbnail,
                  variantIds: option.variantIds ?? [],
                })
              }
            />
          </FormField>
          <ChipList
            label="Chosen products"
            chips={inputs.products.map((p) => ({
              id: p.id,
              label: p.title,
              thumbnail: p.thumbnail,
              note: p.variantIds.length === 1 ? "1 variant" : `${p.variantIds.length} variants`,
            }))}
            withThumbnail
            onRemove={(chip) => removeProduct(chip.id)}
            removeLabel={(chip) => `Remove ${chip.label}`}
          />
        </div>
        <PromoCodesInput id={id("codes")} codes={inputs.codes} onChange={(codes) => onChange({ codes })} />
      </div>
      {places.regions?.length === 0 && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          The store has no region: create one in Settings → Regions to simulate prices.
        </Text>
      )}
    </div>
  )
}
