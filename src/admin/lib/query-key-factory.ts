/**
 * Cache keys in the shape the Medusa dashboard uses for its own resources:
 *
 * - `all`            every query of the resource
 * - `lists()`        every list query
 * - `list(query)`    one list query
 * - `details()`      every detail query
 * - `detail(id, q)`  one record
 *
 * Invalidating a shorter key invalidates every key that starts with it, so
 * after a write invalidate `lists()` and `detail(id)` rather than exact keys.
 */
export const queryKeysFactory = <TKey extends string, TListQuery = unknown>(
  globalKey: TKey
) => {
  const all = [globalKey] as const
  const lists = () => [...all, "list"] as const
  const details = () => [...all, "detail"] as const

  return {
    all,
    lists,
    list: (query?: TListQuery) =>
      query === undefined
        ? lists()
        : ([...lists(), { query }] as const),
    details,
    detail: (id: string, query?: unknown) =>
      query === undefined
        ? ([...details(), id] as const)
        : ([...details(), id, { query }] as const),
  }
}
