const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatchByType = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.module.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:scale-out": ["**/integration-tests/scale-out/**/*.spec.[jt]s"],
  bench: ["**/bench/**/*.bench.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { decoratorMetadata: true },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  // The storefront snippets in docs/storefront import the client by its
  // package name, as a storefront does.
  moduleNameMapper: {
    "^medusa-customer-segments/client$": "<rootDir>/src/client",
  },
  testMatch: testMatchByType[process.env.TEST_TYPE] ?? testMatchByType.unit,
}
