import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { CustomerSegment } from "../../../client"
import { SectionHeader } from "../shared/section-header"
import { RulesEditorCard } from "./rules-editor-card"

/**
 * The segment's rules. A rule segment shows its builder; a manual one a
 * short card with "Add rules", which opens the builder (saving the rules
 * fills the segment); a classification's tier says what fills it.
 */
export const SegmentRulesSection = ({
  segment,
  initiallyAdding = false,
}: {
  segment: CustomerSegment
  /** Opens the builder of a manual segment at once (just created "with rules"). */
  initiallyAdding?: boolean
}) => {
  const [adding, setAdding] = useState(initiallyAdding)
  const isRuleBased = segment.conditions !== null && segment.conditions !== undefined

  if (!isRuleBased && !adding) {
    return segment.classification_id ? (
      <TierRulesCard segment={segment} />
    ) : (
      <ManualRulesCard onAdd={() => setAdding(true)} />
    )
  }
  return (
    <RulesEditorCard
      segment={segment}
      onClose={isRuleBased ? undefined : () => setAdding(false)}
      onMadeManual={() => setAdding(false)}
      autoFocus={adding}
    />
  )
}

const ManualRulesCard = ({ onAdd }: { onAdd: () => void }) => (
  <Container className="p-0">
    <SectionHeader
      title="Rules"
      description="Manual: customers join and leave only by hand."
      actions={
        <Button size="small" variant="secondary" type="button" onClick={onAdd}>
          <Plus />
          Add rules
        </Button>
      }
    />
  </Container>
)

const TierRulesCard = ({ segment }: { segment: CustomerSegment }) => (
  <Container className="flex flex-col px-6 py-4">
    <Heading level="h2">Rules</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      {segment.classification ? (
        <>
          Tier {segment.tier_name ?? segment.name} of{" "}
          <Link
            to={`/customer-segment-classifications/${segment.classification.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"
          >
            {segment.classification.name}
          </Link>
          : its auto-assignment and manual tiers fill this segment.
        </>
      ) : (
        "A classification's tier: its auto-assignment and manual tiers fill this segment."
      )}
    </Text>
  </Container>
)
