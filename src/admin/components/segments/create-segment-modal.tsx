import { Button, FocusModal, Heading, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { useId, useRef, useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateCustomerSegment } from "../../hooks/use-customer-segments"
import { useSegmentForm } from "../../hooks/use-segment-form"
import { toFieldErrors } from "../../lib/errors"
import { focusFirstError } from "../../lib/focus-first-error"
import {
  SEGMENT_FORM_FIELDS,
  emptySegmentForm,
  formToCreatePayload,
  validateSegmentForm,
} from "../../lib/segment-form"
import { SegmentFormFields } from "./segment-form-fields"

type CreateSegmentModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * "Create customer segment": a full-screen form; opens the new segment when
 * saved, with its rules builder open when it is to fill "by rules".
 */
export const CreateSegmentModal = ({ open, onOpenChange }: CreateSegmentModalProps) => (
  <FocusModal open={open} onOpenChange={onOpenChange}>
    <FocusModal.Content>
      {/* The content unmounts when closed, so each opening starts empty. */}
      <CreateSegmentForm onClose={() => onOpenChange(false)} />
    </FocusModal.Content>
  </FocusModal>
)

const CreateSegmentForm = ({ onClose }: { onClose: () => void }) => {
  const navigate = useNavigate()
  const formRef = useRef<HTMLFormElement>(null)
  const { values, errors, setErrors, setField } = useSegmentForm(emptySegmentForm)
  const { mutateAsync, isPending } = useCreateCustomerSegment()
  const [joinBy, setJoinBy] = useState<"hand" | "rules">("hand")
  const joinById = useId()

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const clientErrors = validateSegmentForm(values)
    if (Object.keys(clientErrors).length) {
      setErrors(clientErrors)
      focusFirstError(formRef.current)
      return
    }
    try {
      const { customer_segment } = await mutateAsync(formToCreatePayload(values))
      toast.success("Customer segment created", {
        description: `${customer_segment.name} was created.`,
      })
      onClose()
      navigate(`/customer-segments/${customer_segment.id}`, {
        state: { addRules: joinBy === "rules" },
      })
    } catch (error) {
      const { fields, general } = toFieldErrors(error, SEGMENT_FORM_FIELDS)
      setErrors(fields)
      focusFirstError(formRef.current)
      if (general || !Object.keys(fields).length) {
        toast.error("Could not create the segment", { description: general })
      }
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={handleSubmit}
      className="flex h-full flex-col overflow-hidden"
    >
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-16">
        <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-6">
          <div>
            <FocusModal.Title asChild>
              <Heading>Create customer segment</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                Group customers to give them their own prices, coupons and
                catalog. You add members and links after creating it.
              </Text>
            </FocusModal.Description>
          </div>
          <SegmentFormFields
            values={values}
            errors={errors}
            onChange={setField}
            autoFocus
          />
          <div className="flex flex-col gap-y-2">
            <Label id={joinById} size="small" weight="plus">
              How customers join
            </Label>
            <RadioGroup
              value={joinBy}
              onValueChange={(value) => setJoinBy(value as "hand" | "rules")}
              aria-labelledby={joinById}
              className="grid gap-2 md:grid-cols-2"
            >
              <RadioGroup.ChoiceBox
                value="hand"
                label="By hand"
                description="You add and remove members yourself."
              />
              <RadioGroup.ChoiceBox
                value="rules"
                label="By rules"
                description="Customers who match join automatically. You set the rules next."
              />
            </RadioGroup>
          </div>
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          Create
        </Button>
      </FocusModal.Footer>
    </form>
  )
}
