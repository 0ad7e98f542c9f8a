import { toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import type { SegmentRun } from "../../client"
import { errorMessage } from "../lib/errors"
import { formatNumber } from "../lib/format"
import {
  invalidateAfterSegmentRun,
  useClearSegmentOverrides,
  useEvaluateSegment,
  useSegmentRun,
} from "./use-segment-rules"
import { useWatchedRun } from "./use-watched-run"

/**
 * A segment's evaluations as its Rules card starts them: the run being
 * watched (started by saving the rules, "Re-evaluate now" or clearing the
 * overrides), and the last two actions, each confirmed or reported with a
 * toast. When the run ends, the members, counts and history are refreshed.
 */
export const useSegmentEvaluation = (segmentId: string) => {
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const { mutateAsync: evaluate, isPending: isStarting } = useEvaluateSegment(segmentId)
  const { mutateAsync: clearOverrides, isPending: isClearing } =
    useClearSegmentOverrides(segmentId)

  const watched = useWatchedRun(
    (runId) => useSegmentRun(segmentId, runId),
    (run) => {
      void invalidateAfterSegmentRun(queryClient, segmentId)
      reportRun(run)
    }
  )
  const { watch } = watched

  const startEvaluation = async () => {
    try {
      const { run } = await evaluate()
      watch(run.id)
      toast.info("Evaluation started", {
        description: "Members are updated when it finishes.",
      })
    } catch (error) {
      toast.error("Could not start the evaluation", { description: errorMessage(error) })
    }
  }

  const clearManualOverrides = async () => {
    const confirmed = await prompt({
      title: "Clear manual overrides?",
      description:
        "Customers added by hand become rule members (they leave if they do not match) and customers removed by hand may join again. The segment is then re-evaluated.",
      confirmText: "Clear overrides",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      const result = await clearOverrides()
      const parts = [
        result.exclusions_cleared !== undefined &&
          `${formatNumber(result.exclusions_cleared)} exclusions cleared`,
        result.memberships_released !== undefined &&
          `${formatNumber(result.memberships_released)} manual memberships released`,
      ].filter(Boolean)
      toast.success("Manual overrides cleared", {
        description: parts.length ? `${parts.join(", ")}. Re-evaluating…` : "Re-evaluating…",
      })
      if (result.run) {
        watch(result.run.id)
      } else {
        void invalidateAfterSegmentRun(queryClient, segmentId)
      }
    } catch (error) {
      toast.error("Could not clear the overrides", { description: errorMessage(error) })
    }
  }

  return { ...watched, startEvaluation, isStarting, clearManualOverrides, isClearing }
}

const reportRun = (run: SegmentRun) => {
  if (run.status === "succeeded") {
    toast.success("Evaluation finished", {
      description: `${formatNumber(run.matched_count)} matched, ${formatNumber(
        run.added_count
      )} added, ${formatNumber(run.removed_count)} removed.`,
    })
  } else {
    toast.error("Evaluation failed", { description: run.error ?? undefined })
  }
}
