/** Awaits a request that must fail and returns its HTTP response. */
export async function expectError(request: Promise<unknown>) {
  const error = await request.then(
    () => {
      throw new Error("expected the request to fail")
    },
    (e: any) => e
  )
  if (!error.response) {
    throw error
  }
  return error.response
}
