import { useEffect, useId, useMemo, useState, type ReactNode } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { useShopperSimulation, useSimulatorPlaces } from "../../hooks/use-shopper-simulation"
import { SectionError } from "../shared/section-states"
import { SimulationResultView } from "./simulation-result"
import { SimulatorForm } from "./simulator-form"
import { toSimulationRequest, type SimulatedWho, type SimulatorInputs } from "./simulation-request"

/**
 * The simulator's form and its answer, for `who` (a customer, hypothetical
 * memberships, or a guest). The region starts at the store's default; the
 * simulation runs once a region and a product are chosen, a moment after
 * the last change, and never with an incomplete form.
 */
export const ShopperSimulator = ({
  who,
  before,
}: {
  who: SimulatedWho
  /** Fields above the form's own (the segment page's customer picker). */
  before?: ReactNode
}) => {
  const idPrefix = `simulator${useId().replace(/:/g, "")}`
  const places = useSimulatorPlaces()
  const [inputs, setInputs] = useState<SimulatorInputs>({ products: [], codes: [], quantities: {} })

  // The store's default region (or its only one) once they are known.
  useEffect(() => {
    if (inputs.regionId || !places.regions?.length || places.isPending) {
      return
    }
    const preferred =
      places.regions.find((region) => region.id === places.defaultRegionId) ?? places.regions[0]
    setInputs((current) => ({ ...current, regionId: current.regionId ?? preferred.id }))
  }, [inputs.regionId, places.regions, places.defaultRegionId, places.isPending])

  const request = useMemo(() => toSimulationRequest(who, inputs), [who, inputs])
  // Quantities are typed digit by digit: ask once the form rests.
  const payloadJson = useDebouncedValue(JSON.stringify(request.payload), 300)
  const payload = useMemo(() => JSON.parse(payloadJson), [payloadJson])
  const simulation = useShopperSimulation(request.payload ? payload : null)
  const settling = JSON.stringify(request.payload) !== payloadJson

  const update = (change: Partial<SimulatorInputs>) => setInputs((current) => ({ ...current, ...change }))

  if (places.error && !places.regions) {
    return (
      <SectionError
        error={places.error}
        title="Could not load the store's regions and sales channels"
        onRetry={() => places.refetch()}
      />
    )
  }

  return (
    <div className="divide-y">
      <SimulatorForm idPrefix={idPrefix} inputs={inputs} onChange={update} places={places} before={before} />
      <div aria-live="polite">
        <SimulationResultView
          notReady={request.notReady}
          simulation={simulation.simulation}
          isPending={simulation.isPending || (settling && !simulation.simulation)}
          isFetching={simulation.isFetching || settling}
          error={settling ? null : simulation.error}
          onRetry={() => simulation.refetch()}
          onQuantityChange={(variantId, quantity) =>
            setInputs((current) => ({
              ...current,
              quantities: { ...current.quantities, [variantId]: quantity },
            }))
          }
        />
      </div>
    </div>
  )
}
