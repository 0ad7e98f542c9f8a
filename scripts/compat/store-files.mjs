// The files of a fresh Medusa 2.x store, as the official starter has them
// (create-medusa-app downloads it from GitHub, which CI cannot reach): a
// package.json with every @medusajs/* package the store needs pinned to one
// version, a medusa-config.ts that registers the plugin by its package name,
// and the starter's tsconfig.json.

/**
 * The store's package.json. `@medusajs/ui`, `@medusajs/icons` and the admin's
 * other packages come with `@medusajs/medusa` (through its dashboard) at the
 * versions that Medusa version pins, as in a merchant's store.
 *
 * @param {{ medusaVersion: string, tarballName: string, pluginName: string, toolVersions: Record<string,string>, extraDependencies?: Record<string,string> }} options
 *   toolVersions: the plugin's own devDependency ranges for the build tools;
 *   extraDependencies: a store's own work-arounds, for investigations only.
 */
export function storePackageJson({ medusaVersion, tarballName, pluginName, toolVersions, extraDependencies = {} }) {
  const tool = (name) => {
    if (!toolVersions[name]) {
      throw new Error(`the plugin's package.json has no devDependency ${name}`)
    }
    return toolVersions[name]
  }
  return {
    name: "medusa-compat-store",
    version: "0.0.1",
    private: true,
    scripts: {
      build: "medusa build",
      start: "medusa start",
    },
    dependencies: {
      "@medusajs/admin-sdk": medusaVersion,
      "@medusajs/cli": medusaVersion,
      "@medusajs/framework": medusaVersion,
      "@medusajs/medusa": medusaVersion,
      // What `npm install ./<tarball>` writes.
      [pluginName]: `file:${tarballName}`,
      ...extraDependencies,
    },
    devDependencies: Object.fromEntries(
      ["@swc/core", "@types/node", "react", "react-dom", "ts-node", "typescript", "vite"].map((name) => [
        name,
        tool(name),
      ])
    ),
    engines: { node: ">=20" },
  }
}

export function storeMedusaConfig({ pluginName }) {
  return `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

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
  plugins: [
    {
      resolve: ${JSON.stringify(pluginName)},
      options: {},
    },
  ],
})
`
}

export const storeTsconfig = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}
