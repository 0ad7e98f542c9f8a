import { Button, Drawer, Heading, toast } from "@medusajs/ui"
import { useRef, type FormEvent } from "react"
import { useUpdateCustomerSegment } from "../../hooks/use-customer-segments"
import { useSegmentForm } from "../../hooks/use-segment-form"
import { toFieldErrors } from "../../lib/errors"
import { focusFirstError } from "../../lib/focus-first-error"
import {
  SEGMENT_FORM_FIELDS,
  formToUpdatePayload,
  segmentToForm,
  validateSegmentForm,
} from "../../lib/segment-form"
import type { CustomerSegment } from "../../../client"
import { SegmentFormFields } from "./segment-form-fields"

type EditSegmentDrawerProps = {
  segment: CustomerSegment
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Edits a segment's fields in a drawer. */
export const EditSegmentDrawer = ({
  segment,
  open,
  onOpenChange,
}: EditSegmentDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content aria-describedby={undefined}>
      {/* The content unmounts when closed, so each opening starts from the saved values. */}
      <EditSegmentForm segment={segment} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)

const EditSegmentForm = ({
  segment,
  onClose,
}: {
  segment: CustomerSegment
  onClose: () => void
}) => {
  const formRef = useRef<HTMLFormElement>(null)
  const { values, errors, setErrors, setField } = useSegmentForm(() =>
    segmentToForm(segment)
  )
  const { mutateAsync, isPending } = useUpdateCustomerSegment(segment.id)

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const clientErrors = validateSegmentForm(values, { handleRequired: true })
    if (Object.keys(clientErrors).length) {
      setErrors(clientErrors)
      focusFirstError(formRef.current)
      return
    }
    const payload = formToUpdatePayload(values, segment)
    if (!Object.keys(payload).length) {
      onClose()
      return
    }
    try {
      const { customer_segment } = await mutateAsync(payload)
      toast.success("Customer segment updated", {
        description: `${customer_segment.name} was saved.`,
      })
      onClose()
    } catch (error) {
      const { fields, general } = toFieldErrors(error, SEGMENT_FORM_FIELDS)
      setErrors(fields)
      focusFirstError(formRef.current)
      if (general || !Object.keys(fields).length) {
        toast.error("Could not save the segment", { description: general })
      }
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={handleSubmit}
      className="flex flex-1 flex-col overflow-hidden"
    >
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Edit customer segment</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex-1 overflow-y-auto">
        <SegmentFormFields
          values={values}
          errors={errors}
          onChange={setField}
          layout="stack"
          handleOptional={false}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}
