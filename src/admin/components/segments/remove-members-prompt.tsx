import { Button, Prompt, toast } from "@medusajs/ui"
import { useRef, type FormEvent } from "react"
import { useOverrideInputs } from "../../hooks/use-override-inputs"
import { focusFirstError } from "../../lib/focus-first-error"
import type { OverridePayload } from "../../lib/override-fields"
import type { CustomerSegment } from "../../../client"
import { OverrideInputs } from "../shared/override-inputs"

/** Customers to take out of the segment, and how the prompt names them. */
export type RemoveRequest = { ids: string[]; label: string }

type RemoveMembersPromptProps = {
  segment: CustomerSegment
  /** Null: closed. */
  request: RemoveRequest | null
  onClose: () => void
  /** Resolves when removed; rejects with the API's error. */
  onRemove: (ids: string[], override: OverridePayload) => Promise<unknown>
  isRemoving?: boolean
}

/**
 * "Remove …?": confirms a removal and takes its optional reason (kept in the
 * history) and, from a rule segment, when the exclusion ends (the rules may
 * bring the customers back from then on).
 */
export const RemoveMembersPrompt = ({ request, onClose, ...props }: RemoveMembersPromptProps) => (
  <Prompt open={!!request} onOpenChange={(open) => !open && onClose()}>
    <Prompt.Content>
      {/* Unmounted when closed: each opening starts empty. */}
      {request && <RemoveForm request={request} onClose={onClose} {...props} />}
    </Prompt.Content>
  </Prompt>
)

const RemoveForm = ({
  segment,
  request,
  onClose,
  onRemove,
  isRemoving,
}: RemoveMembersPromptProps & { request: RemoveRequest }) => {
  const formRef = useRef<HTMLFormElement>(null)
  const override = useOverrideInputs()
  const hasRules = segment.conditions !== null && segment.conditions !== undefined

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const payload = override.read({ withEnd: hasRules })
    if (!payload) {
      focusFirstError(formRef.current)
      return
    }
    try {
      await onRemove(request.ids, payload)
      onClose()
    } catch (error) {
      const general = override.showServerError(error)
      focusFirstError(formRef.current)
      if (general) {
        toast.error("Could not remove the customers", { description: general })
      }
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit}>
      <Prompt.Header>
        <Prompt.Title>Remove {request.label}?</Prompt.Title>
        <Prompt.Description>
          {hasRules
            ? `This keeps ${request.label} out of ${segment.name}, whatever its rules say, until the end you set (or for good). Their accounts and orders stay as they are.`
            : `This takes ${request.label} out of ${segment.name}. Their accounts and orders stay as they are.`}
        </Prompt.Description>
      </Prompt.Header>
      <OverrideInputs
        state={override}
        showEnd={hasRules}
        endHint="The rules may bring them back from the start of this day (00:00, your time). Empty: kept out until added by hand."
        disabled={isRemoving}
        className="px-6 pt-4"
      />
      <Prompt.Footer>
        <Button size="small" variant="secondary" type="button" onClick={onClose} disabled={isRemoving}>
          Cancel
        </Button>
        <Button size="small" variant="danger" type="submit" isLoading={isRemoving}>
          Remove
        </Button>
      </Prompt.Footer>
    </form>
  )
}
