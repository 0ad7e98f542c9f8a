import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The development and demo store: a plain Medusa application that loads this
 * plugin's `src/` as its own code. Merchants install the built package with
 * `plugins: [{ resolve: "medusa-customer-segments", options: {} }]` instead.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true",
  },
  modules: [
    {
      resolve: "./src/modules/customer-segment",
      options: {
        registerWorkflowHooks:
          process.env.CUSTOMER_SEGMENTS_REGISTER_WORKFLOW_HOOKS !== "false",
      },
    },
  ],
})
