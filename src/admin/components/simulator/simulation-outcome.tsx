import { Heading, StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { SimulationResult } from "../../../client"
import { cartLines, codeVerdict, discount } from "./simulation-format"

/** A titled part of the result. */
const Part = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-y-2 px-6 py-4" aria-label={title}>
    <Heading level="h3">{title}</Heading>
    {children}
  </section>
)

/** Each code tried: applies with its discount, or not and why; then the automatic promotions. */
export const SimulationCodes = ({ simulation }: { simulation: SimulationResult }) => {
  const currency = simulation.currency_code
  if (!simulation.promo_codes.length && !simulation.automatic_promotions.length) {
    return null
  }
  return (
    <Part title="Codes">
      {simulation.promo_codes.length > 0 && (
        <ul className="flex flex-col gap-y-2" aria-label="Code verdicts">
          {simulation.promo_codes.map((verdict) => {
            const shown = codeVerdict(verdict, currency)
            return (
              <li key={verdict.code} className="flex flex-col gap-y-0.5">
                <div className="flex flex-wrap items-center gap-x-2">
                  <Text size="small" leading="compact" weight="plus" family="mono">
                    {verdict.code}
                  </Text>
                  <StatusBadge color={shown.color}>{shown.label}</StatusBadge>
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  {shown.detail}
                </Text>
              </li>
            )
          })}
        </ul>
      )}
      {simulation.automatic_promotions.length > 0 && (
        <div className="flex flex-col gap-y-1">
          <Text size="small" leading="compact" weight="plus">
            Automatic promotions that apply
          </Text>
          <ul className="flex flex-col gap-y-0.5" aria-label="Automatic promotions">
            {simulation.automatic_promotions.map((promotion) => (
              <li key={promotion.code}>
                <Text size="small" className="text-ui-fg-subtle">
                  <span className="font-mono">{promotion.code}</span>: {discount(promotion.amount, currency)}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Part>
  )
}

/** Whether the shopper sees each product, and why. */
export const SimulationCatalog = ({ simulation }: { simulation: SimulationResult }) => (
  <Part title="Catalog">
    <ul className="flex flex-col gap-y-2" aria-label="Product visibility">
      {simulation.products.map((product) => (
        <li key={product.product_id} className="flex flex-col gap-y-0.5">
          <div className="flex flex-wrap items-center gap-x-2">
            <Text size="small" leading="compact" weight="plus">
              {product.title}
            </Text>
            <StatusBadge color={product.visible ? "green" : "red"}>
              {product.visible ? "Shown" : "Hidden"}
            </StatusBadge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {product.reason}
          </Text>
        </li>
      ))}
    </ul>
  </Part>
)

/** The simulated cart's subtotal, discounts and total (no shipping, no taxes). */
export const SimulationCart = ({ simulation }: { simulation: SimulationResult }) => (
  <Part title="Cart">
    <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
      {cartLines(simulation.cart, simulation.currency_code).map((line, index, lines) => {
        const weight = index === lines.length - 1 ? "plus" : "regular"
        return (
          <div key={line.label} className="contents">
            <Text asChild size="small" leading="compact" weight={weight}>
              <dt>{line.label}</dt>
            </Text>
            <Text asChild size="small" leading="compact" weight={weight} className="text-right">
              <dd>{line.value}</dd>
            </Text>
          </div>
        )
      })}
    </dl>
  </Part>
)
