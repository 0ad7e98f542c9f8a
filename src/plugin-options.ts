import { configManager } from "@medusajs/framework/config"
import type { CustomerSegmentModuleOptions } from "./modules/customer-segment/types"
import { CUSTOMER_SEGMENT_MODULE } from "./modules/customer-segment"

export const PLUGIN_PACKAGE_NAME = "medusa-customer-segments"

type ConfigEntry = { resolve?: unknown; options?: Record<string, unknown> } | string

function optionsOf(entry: ConfigEntry | undefined) {
  return typeof entry === "object" && entry ? (entry.options ?? {}) : {}
}

/**
 * The plugin's options as the store configured them, read from the loaded
 * Medusa config: the `plugins` entry of this package, else the module entry
 * (in this repository's development store the module is registered
 * directly). Read at load time by code that runs before any container
 * exists, such as hook registration.
 */
export function readPluginOptions(): CustomerSegmentModuleOptions {
  let config: { plugins?: ConfigEntry[]; modules?: unknown }
  try {
    config = configManager.config as typeof config
  } catch {
    return {}
  }
  if (!config) {
    return {} // the config is not loaded (for example a unit test importing a job)
  }
  const plugin = (config.plugins ?? []).find(
    (entry) =>
      (typeof entry === "string" ? entry : entry.resolve) === PLUGIN_PACKAGE_NAME
  )
  if (plugin) {
    return optionsOf(plugin)
  }
  const modules = config.modules ?? {}
  const moduleEntry = Array.isArray(modules)
    ? modules.find((entry: ConfigEntry) =>
        typeof entry === "object" && String(entry.resolve).includes("customer-segment")
      )
    : (modules as Record<string, ConfigEntry>)[CUSTOMER_SEGMENT_MODULE]
  return optionsOf(moduleEntry)
}
