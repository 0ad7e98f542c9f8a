import { spawnSync } from "node:child_process"
// bullmq and ioredis come with Medusa's Redis modules (the same versions they use).
import { Queue } from "bullmq"
import Redis from "ioredis"

export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

// Runs in a child process, so a test file can decide synchronously, while
// jest collects it, whether to run or skip.
const PROBE = `
const net = require("node:net")
const url = new URL(process.argv[1])
const fail = (reason) => { process.stdout.write(reason); process.exit(1) }
const socket = net.connect({ host: url.hostname, port: Number(url.port || 6379) })
socket.setTimeout(2000, () => fail("no answer within 2 s"))
socket.on("error", (error) => fail(error.message))
socket.on("connect", () => {
  const password = decodeURIComponent(url.password)
  socket.write((password ? "AUTH " + password + "\\r\\n" : "") + "PING\\r\\n")
})
let reply = ""
socket.on("data", (data) => {
  reply += data.toString()
  if (reply.includes("+PONG")) process.exit(0)
  if (reply.startsWith("-")) fail("answered " + reply.trim())
})
`

/** Whether a Redis server answers PING at `url`, and why not. */
export function probeRedis(url = REDIS_URL): { ok: true } | { ok: false; reason: string } {
  const result = spawnSync(process.execPath, ["-e", PROBE, url], {
    encoding: "utf8",
    timeout: 5000,
  })
  if (result.status === 0) {
    return { ok: true }
  }
  return { ok: false, reason: result.stdout || result.error?.message || `exit ${result.status}` }
}

/** Jobs of a BullMQ queue that are waiting or being processed. */
export async function unfinishedJobs(queueName: string, prefix: string, url = REDIS_URL) {
  const connection = new Redis(url, { maxRetriesPerRequest: null })
  const queue = new Queue(queueName, { connection, prefix })
  try {
    const counts = await queue.getJobCounts(
      "active",
      "wait",
      "paused",
      "prioritized",
      "delayed",
      "waiting-children"
    )
    return Object.values(counts).reduce((sum, count) => sum + count, 0)
  } finally {
    await queue.close()
    connection.disconnect()
  }
}

/** Deletes every key that starts with one of the prefixes. */
export async function deleteKeys(prefixes: string[], url = REDIS_URL) {
  const redis = new Redis(url)
  try {
    for (const prefix of prefixes) {
      let cursor = "0"
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500)
        cursor = next
        if (keys.length) {
          await redis.del(...keys)
        }
      } while (cursor !== "0")
    }
  } finally {
    redis.disconnect()
  }
}
