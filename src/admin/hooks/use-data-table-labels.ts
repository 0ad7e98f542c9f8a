import { useEffect, type RefObject } from "react"

/**
 * Names the icon buttons @medusajs/ui's DataTable toolbar leaves unnamed (a
 * tooltip is no accessible name): the filter and sort menus, wrapped in an
 * element with `data-control-label="Filter"`, and each filter's remove
 * button ("Remove Type filter"). Watches the toolbar, since filters come
 * and go.
 */
export const useDataTableLabels = (ref: RefObject<HTMLElement | null>) => {
  useEffect(() => {
    const root = ref.current
    if (!root) {
      return
    }
    const label = () => {
      root.querySelectorAll<HTMLElement>("[data-control-label]").forEach((wrapper) => {
        const button = wrapper.querySelector("button")
        const name = wrapper.dataset.controlLabel
        if (button && name && button.getAttribute("aria-label") !== name) {
          button.setAttribute("aria-label", name)
        }
      })
      root.querySelectorAll<HTMLButtonElement>("button:not([aria-label])").forEach((button) => {
        const chip = button.parentElement
        // A filter chip: its label, "is", its value, then the remove button.
        if (button.textContent?.trim() || chip?.lastElementChild !== button) {
          return
        }
        const filter = chip.firstElementChild?.textContent?.trim()
        if (filter && chip.firstElementChild?.tagName === "DIV") {
          button.setAttribute("aria-label", `Remove ${filter} filter`)
        }
      })
    }
    label()
    const observer = new MutationObserver(label)
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [ref])
}
