import { ExclamationCircle } from "@medusajs/icons"
import { Button, FocusModal, Heading, Hint, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useRef, useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateClassification } from "../../hooks/use-classifications"
import {
  CLASSIFICATION_FORM_FIELDS,
  emptyClassificationForm,
  formToCreateClassificationPayload,
  validateClassificationForm,
  validateTiers,
  type ClassificationFormErrors,
  type ClassificationFormValues,
  type TierFormValues,
} from "../../lib/classification-form"
import { toFieldErrors } from "../../lib/errors"
import { focusFirstError } from "../../lib/focus-first-error"
import { CLASSIFICATION_GRACE_HINT } from "../../lib/grace"
import type { ClassificationInterval } from "../../../client"
import { FormField, describedBy } from "../shared/form-field"
import { GraceDaysField } from "../shared/grace-days-field"
import { ClassificationTiersEditor } from "./classification-tiers-editor"

type Props = { open: boolean; onOpenChange: (open: boolean) => void }

/** "Create classification": settings and tiers; opens the new classification when saved. */
export const CreateClassificationModal = ({ open, onOpenChange }: Props) => (
  <FocusModal open={open} onOpenChange={onOpenChange}>
    <FocusModal.Content>
      <CreateClassificationForm onClose={() => onOpenChange(false)} />
    </FocusModal.Content>
  </FocusModal>
)

const CreateClassificationForm = ({ onClose }: { onClose: () => void }) => {
  const navigate = useNavigate()
  const formRef = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState<ClassificationFormValues>(emptyClassificationForm)
  const [errors, setErrors] = useState<ClassificationFormErrors>({})
  const [general, setGeneral] = useState<string>()
  const { mutateAsync, isPending } = useCreateClassification()

  const setField = <K extends keyof ClassificationFormValues>(
    field: K,
    value: ClassificationFormValues[K]
  ) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => {
      if (!current[field as keyof ClassificationFormErrors]) {
        return current
      }
      const next = { ...current }
      delete next[field as keyof ClassificationFormErrors]
      return next
    })
  }

  const setTiers = (update: (tiers: TierFormValues[]) => TierFormValues[]) => {
    const tiers = update(values.tiers)
    setValues((current) => ({ ...current, tiers }))
    // Once shown, the tiers' error follows the edits.
    if (errors.tiers) {
      setErrors((current) => ({ ...current, tiers: validateTiers(tiers) }))
    }
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setGeneral(undefined)
    const clientErrors = validateClassificationForm(values)
    if (Object.keys(clientErrors).length) {
      setErrors(clientErrors)
      focusFirstError(formRef.current)
      return
    }
    try {
      const { classification } = await mutateAsync(formToCreateClassificationPayload(values))
      toast.success("Classification created", {
        description: `${classification.name} was created with ${classification.tiers?.length ?? 0} tiers.`,
      })
      onClose()
      navigate(`/customer-segment-classifications/${classification.id}`)
    } catch (error) {
      const { fields, general } = toFieldErrors(error, CLASSIFICATION_FORM_FIELDS)
      setErrors(fields)
      setGeneral(general)
      focusFirstError(formRef.current)
      toast.error("Could not create the classification", {
        description: general ?? Object.values(fields)[0],
      })
    }
  }

  const field = (id: keyof ClassificationFormErrors, hint?: string) => ({
    id: `classification-${id}`,
    "aria-invalid": !!errors[id] || undefined,
    "aria-describedby": describedBy(`classification-${id}`, { hint, error: errors[id] }),
  })

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
              <Heading>Create classification</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                Rank customers by their share of sales into tiers (ABC analysis).
                Each tier is a customer segment.
              </Text>
            </FocusModal.Description>
          </div>

          {general && (
            <div role="alert" className="text-ui-fg-error flex items-start gap-x-2">
              <ExclamationCircle className="shrink-0" />
              <Text size="small">{general}</Text>
            </div>
          )}

          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField id="classification-name" label="Name" error={errors.name}>
              <Input
                {...field("name")}
                autoFocus
                value={values.name}
                onChange={(event) => setField("name", event.target.value)}
              />
            </FormField>
            <FormField
              id="classification-currency_code"
              label="Currency"
              hint="Only orders in this currency count"
              error={errors.currency_code}
            >
              <Input
                {...field("currency_code", "Only orders in this currency count")}
                maxLength={3}
                value={values.currency_code}
                onChange={(event) => setField("currency_code", event.target.value)}
              />
            </FormField>
            <FormField
              id="classification-timespan_months"
              label="Timespan (months)"
              error={errors.timespan_months}
            >
              <Input
                {...field("timespan_months")}
                type="number"
                min={1}
                max={240}
                step={1}
                value={values.timespan_months}
                onChange={(event) => setField("timespan_months", event.target.value)}
              />
            </FormField>
            <FormField
              id="classification-interval"
              label="Period"
              hint="Rolling: the last N months. Calendar year: whole past years."
              error={errors.interval}
            >
              <Select
                value={values.interval}
                onValueChange={(value) => setField("interval", value as ClassificationInterval)}
              >
                <Select.Trigger
                  {...field("interval", "Rolling: the last N months. Calendar year: whole past years.")}
                >
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="rolling">Rolling</Select.Item>
                  <Select.Item value="calendar_year">Calendar year</Select.Item>
                </Select.Content>
              </Select>
            </FormField>
            <FormField
              id="classification-minimum_sales"
              label="Minimum sales"
              hint="Customers below this get the default tier"
              error={errors.minimum_sales}
            >
              <Input
                {...field("minimum_sales", "Customers below this get the default tier")}
                type="number"
                min={0}
                step="0.01"
                value={values.minimum_sales}
                onChange={(event) => setField("minimum_sales", event.target.value)}
              />
            </FormField>
            <div className="flex items-start gap-x-3 pt-7">
              <Switch
                id="classification-notify_on_completion"
                checked={values.notify_on_completion}
                onCheckedChange={(checked) => setField("notify_on_completion", checked)}
                aria-describedby="classification-notify-hint"
              />
              <div className="flex flex-col">
                <Label htmlFor="classification-notify_on_completion" size="small" weight="plus">
                  Notify on completion
                </Label>
                <Hint id="classification-notify-hint" className="text-ui-fg-subtle">
                  A notice in the admin's notifications after each run
                </Hint>
              </div>
            </div>
            <GraceDaysField
              id="classification-grace_days"
              hint={CLASSIFICATION_GRACE_HINT}
              value={values.grace_days}
              error={errors.grace_days}
              onChange={(value) => setField("grace_days", value)}
            />
          </div>

          <ClassificationTiersEditor
            tiers={values.tiers}
            error={errors.tiers}
            onChange={setTiers}
          />
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
