import { useCallback, useEffect, useRef, useState } from "react"
import type { SegmentRun } from "../../client"
import { isRunDone } from "./use-segment-rules"

type RunQuery = {
  run?: SegmentRun
  isPending: boolean
  isError: boolean
  error: unknown
}

/**
 * The background run an action started (an evaluation, an auto-assignment),
 * polled through `useRun` until it ends. `onDone` is called once per
 * finished run, to refresh what it changed and say how it went.
 */
export const useWatchedRun = (
  useRun: (runId: string | null) => RunQuery,
  onDone: (run: SegmentRun) => void
) => {
  const [runId, setRunId] = useState<string | null>(null)
  const runQuery = useRun(runId)
  const run = runQuery.run
  const reported = useRef<string | null>(null)
  const onDoneRef = useRef(onDone)
  onDoneRef.current = onDone

  useEffect(() => {
    if (!run || !isRunDone(run) || reported.current === run.id) {
      return
    }
    reported.current = run.id
    onDoneRef.current(run)
  }, [run])

  /** Follows the run with this id (started by an action). */
  const watch = useCallback((id: string) => {
    reported.current = null
    setRunId(id)
  }, [])

  return {
    runId,
    run,
    runQuery,
    isRunning: !!runId && !isRunDone(run) && !runQuery.isError,
    watch,
  }
}
