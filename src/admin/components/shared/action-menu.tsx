import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

export type Action = {
  icon: ReactNode
  label: string
  disabled?: boolean
} & ({ to: string; onClick?: never } | { onClick: () => void; to?: never })

export type ActionGroup = { actions: Action[] }

type ActionMenuProps = {
  groups: ActionGroup[]
  /** Accessible name of the trigger button. */
  label?: string
}

/** The "…" menu Medusa puts in section headers and table rows. */
export const ActionMenu = ({ groups, label = "Actions" }: ActionMenuProps) => {
  const visible = groups.filter((group) => group.actions.length)
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          type="button"
          aria-label={label}
          onClick={(event) => event.stopPropagation()}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content>
        {visible.map((group, groupIndex) => (
          <DropdownMenu.Group key={groupIndex}>
            {group.actions.map((action) => {
              const className = clx(
                "[&_svg]:text-ui-fg-subtle flex items-center gap-x-2",
                { "[&_svg]:text-ui-fg-disabled": action.disabled }
              )
              if (action.to) {
                return (
                  <DropdownMenu.Item
                    key={action.label}
                    asChild
                    disabled={action.disabled}
                    className={className}
                  >
                    <Link
                      to={action.to}
                      onClick={(event) => event.stopPropagation()}
                    >
                      {action.icon}
                      <span>{action.label}</span>
                    </Link>
                  </DropdownMenu.Item>
                )
              }
              return (
                <DropdownMenu.Item
                  key={action.label}
                  disabled={action.disabled}
                  className={className}
                  onClick={(event) => {
                    event.stopPropagation()
                    action.onClick?.()
                  }}
                >
                  {action.icon}
                  <span>{action.label}</span>
                </DropdownMenu.Item>
              )
            })}
            {groupIndex < visible.length - 1 && <DropdownMenu.Separator />}
          </DropdownMenu.Group>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
