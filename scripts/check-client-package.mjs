// `node scripts/check-client-package.mjs`: checks `medusa-customer-segments/client`
// as a storefront gets it. Builds the plugin (`npm run build`; skip with
// CLIENT_CHECK_SKIP_BUILD=1 after a build of your own), packs it, and
// installs the tarball in a temp project with only what a storefront has:
// @medusajs/js-sdk, @medusajs/types and typescript, at the versions in
// node_modules. The plugin's peer dependencies (the backend) are left out on
// purpose. Then, for `moduleResolution` bundler and node16:
//   - a file that calls `client.store.me.listSegments()` and the storefront
//     snippets of docs/storefront type-check;
//   - a file reading a field the response does not have fails to, naming it
//     (so the response type is known, not `any`);
// and the client loads and calls its SDK with no backend package installed.
// Takes a few minutes (mostly the build and npm install); not part of CI.
import { spawnSync } from "node:child_process"
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = fileURLToPath(new URL("..", import.meta.url))
const installedVersion = (name) =>
  JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")).version

const CONSUMER_FILES = {
  "src/list-segments.ts": `import Medusa from "@medusajs/js-sdk"
import { createCustomerSegmentsClient, type StoreCustomerSegment } from "medusa-customer-segments/client"

const sdk = new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_test" })
const client = createCustomerSegmentsClient(sdk)

export async function segmentLabels(): Promise<string[]> {
  const { customer_segments } = await client.store.me.listSegments()
  const segments: StoreCustomerSegment[] = customer_segments
  return segments.map((segment) => \`\${segment.handle}: \${segment.name}\`)
}
`,
}
const WRONG_FIELD_FILE = `import Medusa from "@medusajs/js-sdk"
import { createCustomerSegmentsClient } from "medusa-customer-segments/client"

const client = createCustomerSegmentsClient(new Medusa({ baseUrl: "http://localhost:9000" }))

export async function titles() {
  const { customer_segments } = await client.store.me.listSegments()
  return customer_segments.map((segment) => segment.title)
}
`
const EXPECTED_ERROR = "Property 'title' does not exist on type 'StoreCustomerSegment'"

const RESOLUTIONS = {
  bundler: { module: "ESNext", moduleResolution: "bundler" },
  node16: { module: "node16", moduleResolution: "node16" },
}

// Loads the client with no backend package installed and calls a stub SDK.
const RUNTIME_CHECK = `
const { createCustomerSegmentsClient } = require("medusa-customer-segments/client")
const calls = []
const sdk = { client: { fetch: async (path, init) => (calls.push([path, init]), { customer_segments: [] }) } }
createCustomerSegmentsClient(sdk).store.me.listSegments().then(() => {
  if (calls[0]?.[0] !== "/store/customers/me/customer-segments") throw new Error("unexpected call " + JSON.stringify(calls))
})
`

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options })
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}` }
}

function mustRun(label, command, args, options) {
  const result = run(command, args, options)
  if (!result.ok) {
    console.error(`${label} failed:\n${result.output}`)
    process.exit(1)
  }
  return result.output
}

const work = mkdtempSync(join(tmpdir(), "segments-client-check-"))
const failures = []
const check = (name, passed, detail = "") => {
  console.log(`${passed ? "PASS" : "FAIL"} ${name}`)
  if (!passed) {
    failures.push(name)
    if (detail) {
      console.log(detail.trim().split("\n").map((line) => `  ${line}`).join("\n"))
    }
  }
}

try {
  if (process.env.CLIENT_CHECK_SKIP_BUILD !== "1") {
    console.log("Building the plugin (npm run build)...")
    mustRun("npm run build", "npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" })
  }
  mustRun("npm pack", "npm", ["pack", "--pack-destination", work], { cwd: ROOT })
  const tarball = join(work, readdirSync(work).find((file) => file.endsWith(".tgz")))

  const consumer = join(work, "storefront")
  mkdirSync(join(consumer, "src"), { recursive: true })
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "storefront", private: true }))
  console.log("Installing the tarball, @medusajs/js-sdk, @medusajs/types and typescript...")
  mustRun("npm install", "npm", [
    "install",
    "--legacy-peer-deps",
    "--no-audit",
    "--no-fund",
    tarball,
    `@medusajs/js-sdk@${installedVersion("@medusajs/js-sdk")}`,
    `@medusajs/types@${installedVersion("@medusajs/types")}`,
    `typescript@${installedVersion("typescript")}`,
  ], { cwd: consumer })

  for (const [file, code] of Object.entries(CONSUMER_FILES)) {
    writeFileSync(join(consumer, file), code)
  }
  cpSync(join(ROOT, "docs/storefront"), join(consumer, "src/docs"), {
    filter: (source) => !source.endsWith("tsconfig.json"),
    recursive: true,
  })
  writeFileSync(join(consumer, "wrong-field.ts"), WRONG_FIELD_FILE)

  const tsc = join(consumer, "node_modules/typescript/bin/tsc")
  for (const [name, resolution] of Object.entries(RESOLUTIONS)) {
    const compilerOptions = {
      target: "ES2021",
      lib: ["ES2021", "DOM"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      esModuleInterop: true,
      ...resolution,
    }
    writeFileSync(
      join(consumer, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions, include: ["src"] })
    )
    writeFileSync(
      join(consumer, `tsconfig.${name}.wrong.json`),
      JSON.stringify({ compilerOptions, files: ["wrong-field.ts"] })
    )
    const clean = run("node", [tsc, "-p", `tsconfig.${name}.json`], { cwd: consumer })
    check(`${name}: listSegments() and the docs/storefront snippets type-check`, clean.ok, clean.output)
    const wrong = run("node", [tsc, "-p", `tsconfig.${name}.wrong.json`], { cwd: consumer })
    check(
      `${name}: a wrong field on the response is a type error`,
      !wrong.ok && wrong.output.includes(EXPECTED_ERROR),
      wrong.output
    )
  }

  const runtime = run("node", ["-e", RUNTIME_CHECK], { cwd: consumer })
  check("the client loads and calls the SDK with no backend package installed", runtime.ok, runtime.output)
} finally {
  rmSync(work, { recursive: true, force: true })
}

console.log(failures.length ? `\n${failures.length} failed` : "\nAll passed")
process.exit(failures.length ? 1 : 0)
