import { Badge, Input, Table, Text, clx } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { SimulatedVariantPrice } from "../../../client"
import { priceCells, variantLabel } from "./simulation-format"
import { parseQuantity } from "./simulation-request"

/**
 * One row per variant: quantity (editable), list price (what the shopper
 * pays without segments, and the original price when a sale lowered it for
 * everyone), their price, and the price list that won with the reason.
 */
export const SimulationPrices = ({
  variants,
  productTitles,
  currencyCode,
  onQuantityChange,
}: {
  variants: SimulatedVariantPrice[]
  /** Product id → title. */
  productTitles: Map<string, string>
  currencyCode: string
  onQuantityChange: (variantId: string, quantity: number) => void
}) => (
  <div className="overflow-x-auto">
    <Table aria-label="Prices">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Variant</Table.HeaderCell>
          <Table.HeaderCell className="w-[88px]">Quantity</Table.HeaderCell>
          <Table.HeaderCell className="whitespace-nowrap text-right">List price</Table.HeaderCell>
          <Table.HeaderCell className="whitespace-nowrap text-right">Their price</Table.HeaderCell>
          <Table.HeaderCell>Why</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {variants.map((variant) => {
          const cells = priceCells(variant, currencyCode)
          const label = variantLabel(variant, productTitles.get(variant.product_id))
          return (
            <Table.Row key={variant.variant_id} className="[&_td]:py-2 [&_td]:align-top">
              <Table.Cell className="min-w-[140px] whitespace-normal" title={variant.sku ? `SKU ${variant.sku}` : undefined}>
                <Text size="small" leading="compact" weight="plus">
                  {label.name}
                </Text>
                {label.product && (
                  <Text size="small" leading="compact" className="text-ui-fg-subtle">
                    {label.product}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                <QuantityInput
                  label={`Quantity of ${variant.title}`}
                  quantity={variant.quantity}
                  onChange={(quantity) => onQuantityChange(variant.variant_id, quantity)}
                />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right">
                <Text size="small" leading="compact">
                  {cells.list}
                </Text>
                {cells.original && (
                  <Text size="xsmall" leading="compact" className="text-ui-fg-muted line-through">
                    <span className="sr-only">Original price </span>
                    {cells.original}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right">
                <Text
                  size="small"
                  leading="compact"
                  weight="plus"
                  className={clx(cells.change === "lower" && "text-ui-fg-interactive")}
                >
                  {cells.price}
                </Text>
              </Table.Cell>
              <Table.Cell className="min-w-[200px] whitespace-normal">
                <div className="flex flex-col gap-y-1">
                  {variant.price_list && (
                    <Link
                      to={`/price-lists/${variant.price_list.id}`}
                      className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:shadow-borders-focus txt-compact-small-plus w-fit rounded-sm outline-none"
                    >
                      {variant.price_list.title}
                    </Link>
                  )}
                  <Text size="small" leading="compact" className="text-ui-fg-subtle">
                    {variant.reason.text}
                  </Text>
                  {variant.segments_applied.length > 0 && (
                    <div className="flex flex-wrap gap-1" aria-label="Segments applied">
                      {variant.segments_applied.map((segment) => (
                        <Badge key={segment.id} size="2xsmall" color="blue">
                          {segment.name}
                        </Badge>
                      ))}
                    </div>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  </div>
)

/** A variant's quantity: simulated again once it holds a whole number from 1 to 10,000. */
const QuantityInput = ({
  label,
  quantity,
  onChange,
}: {
  label: string
  quantity: number
  onChange: (quantity: number) => void
}) => {
  const [text, setText] = useState(String(quantity))
  const parsed = parseQuantity(text)
  return (
    <Input
      size="small"
      type="number"
      inputMode="numeric"
      min={1}
      max={10_000}
      aria-label={label}
      aria-invalid={parsed.error ? true : undefined}
      title={parsed.error}
      value={text}
      className="w-[72px]"
      onChange={(event) => {
        setText(event.target.value)
        const next = parseQuantity(event.target.value)
        if (next.quantity !== undefined) {
          onChange(next.quantity)
        }
      }}
    />
  )
}
