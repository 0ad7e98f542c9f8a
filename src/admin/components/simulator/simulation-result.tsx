import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Skeleton, Text, clx } from "@medusajs/ui"
import type { SimulationResult as Simulation } from "../../../client"
import { errorMessage, statusOf } from "../../lib/errors"
import { EmptyState, SectionError } from "../shared/section-states"
import { readableSimulationError, segmentMembership, shopperSummary } from "./simulation-format"
import { SimulationCart, SimulationCatalog, SimulationCodes } from "./simulation-outcome"
import { SimulationPrices } from "./simulation-prices"
import type { NotReady } from "./simulation-request"

const NOT_READY: Record<NotReady, { heading: string; description: string }> = {
  region: {
    heading: "Choose a region",
    description: "Prices are simulated in a region's currency.",
  },
  products: {
    heading: "Choose products to simulate",
    description: "Search for products above, and add codes to see whether they apply.",
  },
  too_many_variants: {
    heading: "Too many variants",
    description: "Remove products until they have at most 100 variants together.",
  },
}

/**
 * The simulation's answer, or why there is none yet: what is missing from
 * the form, the first load, or the error (a refused input in the API's
 * words, with the field as the form names it).
 */
export const SimulationResultView = ({
  notReady,
  simulation,
  isPending,
  isFetching,
  error,
  onRetry,
  onQuantityChange,
}: {
  notReady?: NotReady
  simulation?: Simulation
  isPending: boolean
  isFetching: boolean
  error: unknown
  onRetry: () => void
  onQuantityChange: (variantId: string, quantity: number) => void
}) => {
  if (notReady) {
    return <EmptyState {...NOT_READY[notReady]} />
  }
  if (error) {
    return statusOf(error) === 400 ? (
      <div role="alert" className="text-ui-fg-error flex items-start gap-x-2 px-6 py-4">
        <ExclamationCircle className="shrink-0" />
        <Text size="small" className="break-words">
          Could not simulate: {readableSimulationError(errorMessage(error))}
        </Text>
      </div>
    ) : (
      <SectionError error={error} title="Could not simulate" onRetry={onRetry} />
    )
  }
  if (isPending || !simulation) {
    return (
      <div aria-busy="true" aria-label="Simulating" className="flex flex-col gap-y-3 px-6 py-4">
        <Skeleton className="h-5 w-2/3" />
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-5 w-1/2" />
      </div>
    )
  }
  return (
    <div className={clx("divide-y transition-opacity", isFetching && "opacity-60")} aria-busy={isFetching}>
      <Shopper simulation={simulation} updating={isFetching} />
      <SimulationPrices
        variants={simulation.variants}
        productTitles={new Map(simulation.products.map((product) => [product.product_id, product.title]))}
        currencyCode={simulation.currency_code}
        onQuantityChange={onQuantityChange}
      />
      <SimulationCodes simulation={simulation} />
      <SimulationCatalog simulation={simulation} />
      <SimulationCart simulation={simulation} />
    </div>
  )
}

/** Who was simulated, and the segments and groups they count in. */
const Shopper = ({ simulation, updating }: { simulation: Simulation; updating: boolean }) => {
  const { shopper } = simulation
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" leading="compact" weight="plus" role="status">
        {shopperSummary(shopper)}
        {updating && <span className="text-ui-fg-subtle font-normal"> (updating…)</span>}
      </Text>
      {shopper.segments.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Segments of the shopper">
          {shopper.segments.map((segment) => {
            const membership = segmentMembership(segment)
            return (
              <li key={segment.id} className="flex items-center gap-x-1">
                <Badge size="2xsmall" color={segment.counts ? "blue" : "grey"}>
                  {segment.name}
                </Badge>
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                  {membership.label}
                  {membership.note ? ` · ${membership.note}` : ""}
                </Text>
              </li>
            )
          })}
        </ul>
      )}
      {shopper.customer_groups.length > 0 && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          Customer groups: {shopper.customer_groups.map((group) => group.name).join(", ")}
        </Text>
      )}
    </div>
  )
}
