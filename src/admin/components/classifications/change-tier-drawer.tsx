import { Button, Drawer, Heading, RadioGroup, Text, toast } from "@medusajs/ui"
import { useRef, useState, type FormEvent } from "react"
import {
  useClassification,
  useSetCustomerClassificationTier,
} from "../../hooks/use-classifications"
import { useOverrideInputs } from "../../hooks/use-override-inputs"
import { focusFirstError } from "../../lib/focus-first-error"
import { formatMoney } from "../../lib/format"
import { overrideUntilLabel, type OverridePayload } from "../../lib/override-fields"
import type { CustomerClassificationEntry } from "../../../client"
import { OverrideInputs } from "../shared/override-inputs"
import { SectionError, SectionSkeleton } from "../shared/section-states"

const AUTOMATIC = "__automatic__"

type ChangeTierDrawerProps = {
  customerId: string
  /** The classification whose tier is changed; null: closed. */
  entry: CustomerClassificationEntry | null
  onClose: () => void
}

/**
 * Pins a customer to a tier of one classification by hand (with an optional
 * reason and end), or back to the automatic tier, in a drawer: the choices
 * with what each means, the customer's eligible sales, Save and Cancel.
 */
export const ChangeTierDrawer = ({ customerId, entry, onClose }: ChangeTierDrawerProps) => (
  <Drawer open={!!entry} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content aria-describedby={undefined}>
      {/* Unmounted when closed: each opening starts from the tier in force. */}
      {entry && <ChangeTierForm customerId={customerId} entry={entry} onClose={onClose} />}
    </Drawer.Content>
  </Drawer>
)

const ChangeTierForm = ({
  customerId,
  entry,
  onClose,
}: {
  customerId: string
  entry: CustomerClassificationEntry
  onClose: () => void
}) => {
  const { classification, isPending, isError, error, refetch } = useClassification(
    entry.classification.id
  )
  const { mutateAsync, isPending: isSaving } = useSetCustomerClassificationTier(customerId)
  const formRef = useRef<HTMLFormElement>(null)
  const current = entry.manual_tier?.id ?? AUTOMATIC
  const [choice, setChoice] = useState(current)
  // The manual tier's reason and end, to keep or change.
  const override = useOverrideInputs(entry.manual_tier ? entry.override : null)
  const tiers = classification?.tiers ?? []
  const sales =
    entry.eligible_sales === null
      ? "not ranked yet"
      : formatMoney(entry.eligible_sales, entry.classification.currency_code)

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const tierId = choice === AUTOMATIC ? null : choice
    let details: OverridePayload = {}
    if (tierId) {
      const read = override.read()
      if (!read) {
        focusFirstError(formRef.current)
        return
      }
      details = read
    }
    if (choice === current && (!tierId || unchanged(details, entry.override))) {
      onClose()
      return
    }
    try {
      await mutateAsync({ classification_id: entry.classification.id, tier_id: tierId, ...details })
      const until = overrideUntilLabel(details.expires_at)
      toast.success(
        tierId
          ? `Pinned to ${tiers.find((tier) => tier.id === tierId)?.name ?? "the tier"}`
          : "Back to the automatic tier",
        { description: until ? `${entry.classification.name}, ${until}` : entry.classification.name }
      )
      onClose()
    } catch (error) {
      const general = override.showServerError(error)
      focusFirstError(formRef.current)
      if (general) {
        toast.error("Could not change the tier", { description: general })
      }
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Tier in {entry.classification.name}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
        <Text size="small" className="text-ui-fg-subtle">
          Runs place the customer by their eligible sales ({sales}). A tier chosen here wins
          over the automatic one, in every run, until you choose Automatic again or its end
          date comes.
        </Text>
        {isPending ? (
          <SectionSkeleton rows={3} withContainer={false} />
        ) : isError ? (
          <SectionError error={error} title="Could not load the tiers" onRetry={() => refetch()} />
        ) : (
          <RadioGroup
            value={choice}
            onValueChange={setChoice}
            disabled={isSaving}
            aria-label={`Tier in ${entry.classification.name}`}
            className="flex flex-col gap-y-2"
          >
            <RadioGroup.ChoiceBox
              value={AUTOMATIC}
              label="Automatic"
              description={`The tier from the latest run: ${entry.automatic_tier?.name ?? "none yet"}.`}
            />
            {tiers.map((tier) => (
              <RadioGroup.ChoiceBox
                key={tier.id}
                value={tier.id}
                label={tier.name}
                description={
                  tier.id === entry.automatic_tier?.id
                    ? "Pin to this tier, the automatic one today."
                    : tier.is_excluded_tier
                      ? "Pin to this tier (an excluded tier, never assigned automatically)."
                      : "Pin to this tier, whatever the sales."
                }
              />
            ))}
          </RadioGroup>
        )}
        {choice !== AUTOMATIC && !isPending && !isError && (
          <OverrideInputs
            state={override}
            disabled={isSaving}
            endHint="Back to the automatic tier at the start of this day (00:00, your time). Empty: until changed by hand."
          />
        )}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isSaving} disabled={isPending || isError}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}

/** The manual tier's reason and end as they were: nothing to save. */
const unchanged = (details: OverridePayload, before: CustomerClassificationEntry["override"]) =>
  (details.reason ?? null) === (before?.reason ?? null) &&
  (details.expires_at ?? null) === (before?.expires_at ?? null)
