// Runs every frontend/e2e/*.e2e.mjs file, one after the other, each in its own node process,
// against a running app (scripts/e2e.sh starts Keycloak and the app, then this).
//   APP_URL=http://localhost:8089 node frontend/e2e/run.mjs [name-filter…]
// With filters, runs only the files whose name contains one of them (e.g. `plan`).
// Exit code: 1 when any file failed. Failure screenshots: .cache/e2e-<step>.png.
import { spawn } from 'node:child_process'
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const SHOTS = path.resolve(HERE, '../../.cache')
const filters = process.argv.slice(2)

await mkdir(SHOTS, { recursive: true })
for (const f of await readdir(SHOTS)) if (/^e2e-.*\.png$/.test(f)) await rm(path.join(SHOTS, f))

const files = (await readdir(HERE))
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort()
if (!files.length) {
  console.log(`no e2e file matches ${filters.join(', ')}`)
  process.exit(1)
}

const outcome = []
for (const f of files) {
  console.log(`\n=== ${f}`)
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(HERE, f)], { stdio: 'inherit', env: process.env })
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)))
    child.on('error', () => resolve(1))
  })
  outcome.push({ f, code })
}
console.log('\n=== e2e summary')
for (const o of outcome) console.log(`${o.code === 0 ? '✓' : '✗'} ${o.f}${o.code === 0 ? '' : ` (exit ${o.code})`}`)
process.exit(outcome.some((o) => o.code !== 0) ? 1 : 0)
