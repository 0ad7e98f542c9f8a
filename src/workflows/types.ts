/** Input types of the exported workflows, for merchants composing them. */

export type CreateCustomerSegmentInput = {
  name: string
  handle?: string
  reference?: string | null
  description?: string | null
  is_active?: boolean
  priority?: number
  crm_id?: string | null
  erp_id?: string | null
  accounting_id?: string | null
  metadata?: Record<string, unknown> | null
  /** Rule-based membership (see the module's `conditions/attributes.ts`); null for none. */
  conditions?: Record<string, unknown> | null
}

export type UpdateCustomerSegmentInput = Partial<CreateCustomerSegmentInput>

export type UpdateCustomerSegmentsStepInput = {
  selector: { id: string | string[] }
  update: UpdateCustomerSegmentInput
}

/** Where a membership came from. Manual ones are added by an admin. */
export type MembershipSource = "manual" | "rule" | "classification"

/** `{ add, remove }` of ids, as Medusa's own link routes take them. */
export type AddRemoveIds = {
  add?: string[]
  remove?: string[]
}
