import { defineConfig } from "@medusajs/framework/utils"

/**
 * The development store of medusa-config.ts on Medusa's Redis modules, as a
 * store that runs a server and a worker would configure it (see the README,
 * "Scale-out: Redis and a worker process"). The scale-out test starts
 * `medusa start` with it twice: MEDUSA_WORKER_MODE=server and =worker.
 *
 * REDIS_PREFIX keeps every key, queue and session of one test run apart from
 * other runs on the same Redis server.
 */
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const prefix = process.env.REDIS_PREFIX || "medusa-segments"
const bullPrefix = { prefix: `${prefix}-bull` }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    redisPrefix: `${prefix}:`,
    // "server" answers HTTP; "worker" runs subscribers, background workflows
    // and scheduled jobs. Read from MEDUSA_WORKER_MODE when left out.
    workerMode: process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  // The Caching Module is behind this flag in Medusa 2.21.
  featureFlags: { caching: true },
  modules: [
    {
      resolve: "./src/modules/customer-segment",
      options: {
        evaluationSchedule: process.env.CUSTOMER_SEGMENTS_EVALUATION_SCHEDULE || undefined,
      },
    },
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: {
        redisUrl,
        queueName: `${prefix}-events`,
        queueOptions: bullPrefix,
        workerOptions: bullPrefix,
      },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: {
        redis: {
          redisUrl,
          queueName: `${prefix}-workflows`,
          jobQueueName: `${prefix}-workflow-jobs`,
          queueOptions: bullPrefix,
          workerOptions: bullPrefix,
        },
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl, prefix: `${prefix}:cache:` },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl, namespace: `${prefix}:lock:` },
          },
        ],
      },
    },
  ],
})
