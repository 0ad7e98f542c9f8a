// Preloaded (`node --require`) into the Medusa processes the scale-out test
// starts.
//
// 1. Medusa always loads `<project>/medusa-config`; this points that one
//    require at MEDUSA_CONFIG_FILE (medusa-config.redis.ts), so the
//    repository's own medusa-config.ts stays as the other tests and the demo
//    use it.
// 2. The process exits when the test process that started it is gone
//    (SCALE_OUT_PARENT_PID), so a killed test run leaves no Medusa behind.
const Module = require("node:module")
const { join } = require("node:path")

const configFile = process.env.MEDUSA_CONFIG_FILE
if (configFile) {
  const projectConfig = join(process.cwd(), "medusa-config")
  const resolveFilename = Module._resolveFilename
  Module._resolveFilename = function (request, ...rest) {
    return resolveFilename.call(this, request === projectConfig ? configFile : request, ...rest)
  }
}

const parentPid = Number(process.env.SCALE_OUT_PARENT_PID)
if (parentPid) {
  setInterval(() => {
    try {
      process.kill(parentPid, 0)
    } catch {
      process.exit(1)
    }
  }, 1000).unref()
}
