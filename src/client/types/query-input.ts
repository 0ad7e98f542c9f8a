import type { z } from "@medusajs/framework/zod"

/** Spreads an intersection into one object type, for readable hovers. */
type Simplify<T> = { [K in keyof T]: T[K] } & {}

/**
 * A value Medusa coerces from the query string (`limit`, a date) is
 * `unknown` on the schema's input side: take what it parses to, or the
 * string a query string holds.
 */
type QueryValue<In, Out> = unknown extends In ? Exclude<Out, undefined> | string : In

/** Optional on input, or left undefined after parsing (a transformed flag). */
type MayBeLeftOut<In, Out, K extends keyof In> = {} extends Pick<In, K>
  ? true
  : K extends keyof Out
    ? undefined extends Out[K]
      ? true
      : false
    : true

/**
 * The query a caller sends to a route validated by the query schema `S`:
 * the schema's input type (defaults make keys optional), with coerced values
 * typed, and keys behind a transform (zod marks them required on input)
 * optional when the route does without them.
 */
export type QueryInput<S extends z.ZodType, In = z.input<S>, Out = z.output<S>> = Simplify<
  {
    [K in keyof In as MayBeLeftOut<In, Out, K> extends true ? K : never]?: QueryValue<
      In[K],
      K extends keyof Out ? Out[K] : never
    >
  } & {
    [K in keyof In as MayBeLeftOut<In, Out, K> extends true ? never : K]: QueryValue<
      In[K],
      K extends keyof Out ? Out[K] : never
    >
  }
>
