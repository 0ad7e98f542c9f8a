import { PencilSquare, Trash } from "@medusajs/icons"
import { Container, Heading, Text, Tooltip, toast, usePrompt } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useNavigate } from "react-router-dom"
import { useDeleteCustomerSegment } from "../../hooks/use-customer-segments"
import { errorMessage } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import { graceDaysLabel } from "../../lib/grace"
import type { CustomerSegment } from "../../../client"
import { ActionMenu } from "../shared/action-menu"
import { ActiveBadge } from "../shared/active-badge"
import { EditSegmentDrawer } from "./edit-segment-drawer"

/** The segment's fields, with Edit (drawer) and Delete (confirmed). */
export const SegmentGeneralSection = ({ segment }: { segment: CustomerSegment }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [editOpen, setEditOpen] = useState(false)
  const { mutateAsync: deleteSegment } = useDeleteCustomerSegment(segment.id)

  const handleDelete = async () => {
    const members = segment.member_count ?? 0
    const memberships =
      members > 0
        ? `its ${members.toLocaleString()} ${members === 1 ? "membership" : "memberships"} and `
        : ""
    const confirmed = await prompt({
      title: `Delete ${segment.name}?`,
      description: `This ends ${memberships}all its links to price lists, promotions, products, categories and sales channels. You cannot undo this.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await deleteSegment()
      toast.success("Customer segment deleted", {
        description: `${segment.name} was deleted.`,
      })
      navigate("/customer-segments", { replace: true })
    } catch (error) {
      toast.error("Could not delete the segment", {
        description: errorMessage(error),
      })
    }
  }

  const metadataKeys = Object.keys(segment.metadata ?? {}).length
  const rows: { label: string; value: ReactNode }[] = [
    { label: "Handle", value: segment.handle },
    { label: "Reference", value: segment.reference },
    { label: "Priority", value: String(segment.priority ?? 0) },
    { label: "Members", value: (segment.member_count ?? 0).toLocaleString() },
    // A rule segment's grace, set with its rules.
    ...(segment.conditions ? [{ label: "Downgrade grace", value: graceDaysLabel(segment.grace_days) }] : []),
    { label: "CRM ID", value: segment.crm_id },
    { label: "ERP ID", value: segment.erp_id },
    { label: "Accounting ID", value: segment.accounting_id },
    ...(metadataKeys
      ? [
          {
            label: "Metadata",
            value: `${metadataKeys} ${metadataKeys === 1 ? "key" : "keys"}`,
          },
        ]
      : []),
    {
      label: "Updated",
      value: (
        <Tooltip content={`Created ${formatDateTime(segment.created_at)}`}>
          <span>{formatDateTime(segment.updated_at)}</span>
        </Tooltip>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex min-w-0 flex-col">
          <Heading className="truncate">{segment.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle break-words">
            {segment.description || "No internal description"}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <ActiveBadge isActive={segment.is_active} />
          <ActionMenu
            label="Segment actions"
            groups={[
              {
                actions: [
                  {
                    icon: <PencilSquare />,
                    label: "Edit",
                    onClick: () => setEditOpen(true),
                  },
                ],
              },
              {
                actions: [
                  { icon: <Trash />, label: "Delete", onClick: handleDelete },
                ],
              },
            ]}
          />
        </div>
      </div>
      <dl className="divide-y">
        {rows.map(({ label, value }) => (
          <div
            key={label}
            className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4"
          >
            <Text size="small" leading="compact" weight="plus" asChild>
              <dt>{label}</dt>
            </Text>
            <Text size="small" leading="compact" className="break-words" asChild>
              <dd>{value || "-"}</dd>
            </Text>
          </div>
        ))}
      </dl>
      <EditSegmentDrawer
        segment={segment}
        open={editOpen}
        onOpenChange={setEditOpen}
      />
    </Container>
  )
}
