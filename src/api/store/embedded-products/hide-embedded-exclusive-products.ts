import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { type StoreRequest, listShopperHiddenProductIds } from "../shopper-hidden-products"

type QueryConfigRequest = StoreRequest & { queryConfig?: { fields?: string[] } }

/**
 * Categories, collections, tags and types return their products as a
 * relation (`fields=*products`; tags and types by default), which a route's
 * filters cannot narrow (Medusa's own published-only rule for them is a
 * product-module query context with no other keys). So the products hidden
 * from the shopper are taken out of the response body on its way out: every
 * `products` list at any depth. The product ids this needs are added to the
 * requested fields.
 */
export async function hideEmbeddedExclusiveProducts(
  req: QueryConfigRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    if (req.queryConfig?.fields) {
      req.queryConfig.fields = withProductIds(req.queryConfig.fields)
    }
    const hidden = new Set(await listShopperHiddenProductIds(req))
    if (hidden.size) {
      const send = res.json.bind(res)
      res.json = (body: unknown) => send(withoutProducts(body, hidden))
    }
    return next()
  } catch (error) {
    return next(error)
  }
}

/** `products.title` also asks for `products.id`, at any depth (`category_children.products.id`). */
export function withProductIds(fields: string[]): string[] {
  const extra = fields.flatMap((field) => {
    const path = field.replace(/^\*/, "").split(".")
    return path.flatMap((segment, i) =>
      segment === "products" ? [`${path.slice(0, i + 1).join(".")}.id`] : []
    )
  })
  return [...new Set([...fields, ...extra])]
}

/**
 * The body with the hidden products removed from every `products` array.
 * Walks with an explicit stack (a response can be deep; no recursion).
 */
export function withoutProducts(body: unknown, hidden: Set<string>): unknown {
  const stack: unknown[] = [body]
  while (stack.length) {
    const value = stack.pop()
    if (!value || typeof value !== "object") {
      continue
    }
    if (Array.isArray(value)) {
      stack.push(...value)
      continue
    }
    const record = value as Record<string, unknown>
    if (Array.isArray(record.products)) {
      record.products = record.products.filter(
        (product) => !hidden.has((product as { id?: string } | null)?.id ?? "")
      )
    }
    stack.push(...Object.values(record))
  }
  return body
}
