/** After a failed submit, moves focus to the first control marked invalid. */
export const focusFirstError = (form: HTMLElement | null) => {
  // Wait for React to render the errors.
  requestAnimationFrame(() => {
    form
      ?.querySelector<HTMLElement>('[aria-invalid="true"]')
      ?.focus()
  })
}
