import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { describedBy, FormField } from "../shared/form-field"
import { ChipList } from "./chip-list"
import { addCodes, MAX_CODES } from "./simulation-request"

const HINT = `Type a code and press Enter. Up to ${MAX_CODES} codes.`

/** Promotion codes to try, as chips: Enter (or Add) adds what is typed, a chip's button removes it. */
export const PromoCodesInput = ({
  id,
  codes,
  onChange,
}: {
  id: string
  codes: string[]
  onChange: (codes: string[]) => void
}) => {
  const [typed, setTyped] = useState("")
  const [error, setError] = useState<string>()

  const add = () => {
    if (!typed.trim()) {
      return
    }
    const result = addCodes(codes, typed)
    setError(result.error)
    if (result.codes.length !== codes.length) {
      onChange(result.codes)
    }
    if (!result.error) {
      setTyped("")
    }
  }

  return (
    <div className="flex flex-col gap-y-2">
      <FormField id={id} label="Codes" optional hint={HINT} error={error}>
        <div className="flex items-center gap-x-2">
          <div className="flex-1">
            <Input
              id={id}
              size="small"
              autoComplete="off"
              placeholder="SUMMER10"
              value={typed}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, { hint: HINT, error })}
              onChange={(event) => {
                setTyped(event.target.value)
                setError(undefined)
              }}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === ",") {
                  event.preventDefault()
                  add()
                }
              }}
            />
          </div>
          <Button size="small" variant="secondary" type="button" onClick={add} disabled={!typed.trim()}>
            Add code
          </Button>
        </div>
      </FormField>
      <ChipList
        label="Codes to try"
        chips={codes.map((code) => ({ id: code, label: code }))}
        onRemove={(chip) => onChange(codes.filter((code) => code !== chip.id))}
        removeLabel={(chip) => `Remove code ${chip.label}`}
        mono
      />
    </div>
  )
}
