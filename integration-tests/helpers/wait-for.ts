/** Polls until the condition holds, for effects of asynchronous subscribers. */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const started = Date.now()
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`condition not met within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
