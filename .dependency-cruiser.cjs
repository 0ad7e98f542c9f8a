/**
 * The server code's layers, bottom to top (README, "Project layout"):
 *
 *   src/modules/customer-segment, src/links   the module, the link definitions
 *   src/data-access                            every SQL statement
 *   src/segment-context, src/cart-repricing    storefront logic over data-access
 *   src/simulator                              the admin's customer simulator, over segment-context
 *   src/workflows                              workflows, steps and hooks
 *   src/api, src/subscribers, src/jobs,
 *   src/migration-scripts                      entry points
 *
 * A layer imports only from layers below it; no import cycles, between
 * modules or between folders. `npm test` runs this check before the unit
 * tests (`npx depcruise src --config .dependency-cruiser.cjs`).
 */
const LOWER_LAYERS = "^src/(modules|links|data-access|segment-context|cart-repricing|simulator)/"

/** What the admin UI (bundled for the browser) may import from the server side: pure code only. */
const ADMIN_MAY_IMPORT = [
  "^src/admin/",
  "^src/client/",
  // Pure: no runtime import of @medusajs/framework (validate-conditions and
  // tier-bounds throw MedusaError, so they stay out of the browser bundle).
  "^src/modules/customer-segment/conditions/attributes\\.ts$",
  "^src/modules/customer-segment/classification/classification-period\\.ts$",
]

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules may not import each other in a cycle.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-circular-folders",
      severity: "error",
      comment: "Folders may not import each other in a cycle (a lower layer reaching back up).",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "lower-layers-not-from-workflows-or-api",
      severity: "error",
      comment:
        "The module, the links, data-access, segment-context, cart-repricing and the simulator sit below the workflows and the API: they may not import them.",
      from: { path: LOWER_LAYERS },
      to: { path: "^src/(workflows|api|subscribers|jobs|migration-scripts)/" },
    },
    {
      name: "module-and-links-not-from-upper-layers",
      severity: "error",
      comment: "The module and the link definitions sit at the bottom: they import no other server folder.",
      from: { path: "^src/(modules|links)/" },
      to: { path: "^src/(data-access|segment-context|cart-repricing|simulator)/" },
    },
    {
      name: "data-access-not-from-storefront-logic",
      severity: "error",
      comment: "data-access sits below segment-context, cart-repricing and the simulator.",
      from: { path: "^src/data-access/" },
      to: { path: "^src/(segment-context|cart-repricing|simulator)/" },
    },
    {
      name: "storefront-logic-not-from-simulator",
      severity: "error",
      comment: "The simulator reuses the storefront's logic; the storefront never depends on it.",
      from: { path: "^src/(segment-context|cart-repricing)/" },
      to: { path: "^src/simulator/" },
    },
    {
      name: "api-only-from-api",
      severity: "error",
      comment: "Route code belongs to the API: nothing outside src/api imports it (src/client: see the next rule).",
      from: { pathNot: "^src/(api|client)/" },
      to: { path: "^src/api/" },
    },
    {
      name: "client-only-types-of-validators",
      severity: "error",
      comment:
        "The typed client takes its request types from the routes' validators (so they cannot drift): type-only imports of validators.ts files, nothing else from src/api.",
      from: { path: "^src/client/" },
      to: { path: "^src/api/", pathNot: "/validators\\.ts$" },
    },
    {
      name: "client-types-from-api-only",
      severity: "error",
      comment: "The client imports the routes' validators for their types only, never their code.",
      from: { path: "^src/client/" },
      to: { path: "^src/api/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "admin-only-pure-server-code",
      severity: "error",
      comment:
        "The admin UI is bundled for the browser: besides itself it imports only src/client and the module's pure files (conditions/attributes, classification/classification-period). Its Node-run tests may check against the server's validators.",
      from: { path: "^src/admin/", pathNot: "/__tests__/" },
      to: { path: "^src/", pathNot: ADMIN_MAY_IMPORT },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.medusa)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".jsx", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
