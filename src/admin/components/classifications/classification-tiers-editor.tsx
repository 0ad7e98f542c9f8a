import { Plus, Trash } from "@medusajs/icons"
import { Button, Checkbox, Hint, IconButton, Input, Text } from "@medusajs/ui"
import { newTier, type TierFormValues } from "../../lib/classification-form"

/**
 * The tiers of the "Create classification" form: a row per tier with its
 * name, share, priority and default / excluded flags; add and remove.
 */
export const ClassificationTiersEditor = ({
  tiers,
  error,
  onChange,
}: {
  tiers: TierFormValues[]
  /** The error of the tiers as a whole. */
  error?: string
  onChange: (update: (tiers: TierFormValues[]) => TierFormValues[]) => void
}) => {
  const setTier = (key: string, patch: Partial<TierFormValues>) =>
    onChange((tiers) =>
      tiers.map((tier) => {
        if (tier.key === key) {
          return { ...tier, ...patch }
        }
        // One default tier at most.
        return patch.is_default_tier ? { ...tier, is_default_tier: false } : tier
      })
    )

  const participatingTotal = tiers
    .filter((tier) => !tier.is_excluded_tier)
    .reduce((sum, tier) => sum + (Number(tier.tier_share) || 0), 0)

  return (
    <fieldset
      className="flex flex-col gap-y-3"
      aria-label="Tiers"
      aria-describedby={error ? "classification-tiers-error" : undefined}
    >
      <div className="flex items-start justify-between gap-x-4">
        <div>
          <legend className="txt-compact-large-plus text-ui-fg-base">Tiers</legend>
          <Text size="small" className="text-ui-fg-subtle">
            Shares of the tiers that take part add up to 100 (now{" "}
            {Number(participatingTotal.toFixed(4))}). Excluded tiers get only
            manual members.
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          className="shrink-0"
          disabled={tiers.length >= 20}
          onClick={() =>
            onChange((tiers) => [
              ...tiers,
              newTier({
                name: "",
                priority: String(
                  Math.min(0, ...tiers.map((tier) => Number(tier.priority) || 0)) - 1
                ),
              }),
            ])
          }
        >
          <Plus />
          Add tier
        </Button>
      </div>
      <div className="overflow-x-auto rounded-lg border">
        <table className="w-full">
          <thead className="bg-ui-bg-subtle">
            <tr className="txt-compact-small-plus text-ui-fg-subtle text-left">
              <th className="px-3 py-2 font-medium">Name</th>
              <th className="px-3 py-2 font-medium">Share %</th>
              <th className="px-3 py-2 font-medium">Priority</th>
              <th className="px-3 py-2 text-center font-medium">Default</th>
              <th className="px-3 py-2 text-center font-medium">Excluded</th>
              <th className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((tier, index) => {
              const label = tier.name.trim() || `tier ${index + 1}`
              return (
                <tr key={tier.key} className="border-t">
                  <td className="px-3 py-2">
                    <Input
                      size="small"
                      aria-label={`Name of tier ${index + 1}`}
                      aria-invalid={(!!error && !tier.name.trim()) || undefined}
                      value={tier.name}
                      onChange={(event) => setTier(tier.key, { name: event.target.value })}
                    />
                  </td>
                  <td className="px-3 py-2">
                    <Input
                      size="small"
                      type="number"
                      min={0}
                      max={100}
                      step="any"
                      aria-label={`Share of ${label} in percent`}
                      aria-invalid={!!error || undefined}
                      value={tier.tier_share}
                      disabled={tier.is_excluded_tier}
                      onChange={(event) =>
                        setTier(tier.key, { tier_share: event.target.value })
                      }
                    />
                  </td>
                  <td className="px-3 py-2">
                    <Input
                      size="small"
                      type="number"
                      step={1}
                      aria-label={`Priority of ${label}`}
                      value={tier.priority}
                      onChange={(event) =>
                        setTier(tier.key, { priority: event.target.value })
                      }
                    />
                  </td>
                  <td className="px-3 py-2 text-center">
                    <Checkbox
                      aria-label={`${label} is the default tier`}
                      checked={tier.is_default_tier}
                      onCheckedChange={(checked) =>
                        setTier(tier.key, { is_default_tier: checked === true })
                      }
                    />
                  </td>
                  <td className="px-3 py-2 text-center">
                    <Checkbox
                      aria-label={`${label} is excluded from automatic assignment`}
                      checked={tier.is_excluded_tier}
                      onCheckedChange={(checked) =>
                        setTier(tier.key, {
                          is_excluded_tier: checked === true,
                          ...(checked === true ? { tier_share: "0" } : {}),
                        })
                      }
                    />
                  </td>
                  <td className="px-3 py-2 text-right">
                    <IconButton
                      size="small"
                      variant="transparent"
                      type="button"
                      aria-label={`Remove ${label}`}
                      disabled={tiers.length <= 1}
                      onClick={() =>
                        onChange((tiers) => tiers.filter((item) => item.key !== tier.key))
                      }
                    >
                      <Trash />
                    </IconButton>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {error && (
        <Hint id="classification-tiers-error" variant="error" role="alert">
          {error}
        </Hint>
      )}
      <Text size="xsmall" className="text-ui-fg-subtle">
        Higher priority is ranked first: the top tier gets the customers who
        make the first share of sales. The default tier gets customers with
        no or too little sales.
      </Text>
    </fieldset>
  )
}
