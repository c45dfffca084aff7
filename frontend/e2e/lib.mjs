// Shared parts of the end-to-end tests: a tiny step runner, Chromium, Keycloak login, axe.
// Each *.e2e.mjs file is its own process (run.mjs starts them one after the other), so the state
// kept here (results, current page, axe findings) belongs to one file.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'

export const APP_URL = (process.env.APP_URL ?? 'http://localhost:8089').replace(/\/$/, '')
export const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo'
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const TIMEOUT = 15_000
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const SHOTS = path.join(ROOT, '.cache')

// ---------------------------------------------------------------- tiny runner
const results = []
/** Current page of the running step, for the failure screenshot. */
let currentPage = null
let browser = null
const t0 = Date.now()

export function setPage(page) {
  currentPage = page
}

export function assert(cond, message) {
  if (!cond) throw new Error(message)
}

/** Runs one step; a step whose `needs` did not all pass is reported as failed without running. */
export async function step(name, fn, { needs = [] } = {}) {
  const missing = needs.filter((n) => !results.find((r) => r.name === n && r.ok))
  if (missing.length) {
    results.push({ name, ok: false })
    console.log(`✗ ${name}: not run, needs ${missing.join(', ')}`)
    return
  }
  const started = Date.now()
  currentPage = null
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`✓ ${name} (${Date.now() - started} ms)`)
  } catch (e) {
    results.push({ name, ok: false })
    console.log(`✗ ${name} (${Date.now() - started} ms)`)
    console.log(`    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`)
    if (currentPage && !currentPage.isClosed()) {
      console.log(`    page URL: ${currentPage.url()}`)
      const file = path.join(SHOTS, `e2e-${name.replace(/[^a-z0-9-]+/gi, '-')}.png`)
      try {
        await currentPage.screenshot({ path: file, fullPage: true, timeout: 5_000 })
        console.log(`    screenshot: ${path.relative(process.cwd(), file)}`)
      } catch (se) {
        console.log(`    (no screenshot: ${se.message})`)
      }
    }
  }
}

// ---------------------------------------------------------------- axe
/** axe findings of impact serious/critical, by page. */
const axeFindings = []
const axePages = []

export async function checkA11y(page, label) {
  await page.waitForLoadState('load')
  const result = await new AxeBuilder({ page }).analyze()
  axePages.push(label)
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  for (const v of bad) {
    axeFindings.push({ label, url: page.url(), id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })
  }
  const minor = result.violations.filter((v) => !bad.includes(v))
  if (minor.length) console.log(`    axe ${label}: minor/moderate: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`)
  if (bad.length) {
    console.log(`    axe ${label}: ${bad.length} serious/critical violation(s):`)
    for (const v of bad) console.log(`      - ${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
  }
}

/** The last step of a file: no serious or critical axe finding on any page checked. */
export async function axeStep() {
  await step('axe-no-serious-or-critical', async () => {
    assert(axePages.length > 0, 'axe ran on no page')
    if (axeFindings.length) {
      const lines = axeFindings.map((f) => `${f.label}: ${f.id} [${f.impact}] ${f.targets.join(' | ')}`)
      throw new Error(`${axeFindings.length} serious/critical axe violation(s):\n${lines.join('\n')}`)
    }
    console.log(`    axe checked ${axePages.length} pages: ${axePages.join('; ')}`)
  })
}

// ---------------------------------------------------------------- browser and users
function watchPage(page, who) {
  page.on('console', (m) => {
    // "Failed to load resource" duplicates the [http NNN] line below
    if (m.text().startsWith('Failed to load resource: the server responded')) return
    if (m.type() === 'error' || m.type() === 'warning') console.log(`    [${who} console.${m.type()}] ${m.text()}`)
  })
  page.on('pageerror', (e) => console.log(`    [${who} pageerror] ${e.message}`))
  page.on('requestfailed', (r) => {
    // the SPA's own navigations away (login/logout redirects) abort pending requests: not errors
    const why = r.failure()?.errorText ?? ''
    if (why !== 'net::ERR_ABORTED') console.log(`    [${who} requestfailed] ${r.method()} ${r.url()} ${why}`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) console.log(`    [${who} http ${r.status()}] ${r.request().method()} ${r.url()}`)
  })
}

/**
 * Starts Chromium. A plain launch: playwright gives it a fresh temporary profile (deleted on close);
 * each user then gets its own context (own cookies, so no Keycloak session leaks between users).
 */
export async function launch() {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  console.log(`chromium ${browser.version()}`)
  return browser
}

export async function newUserPage(who) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(TIMEOUT)
  context.setDefaultNavigationTimeout(TIMEOUT)
  const page = await context.newPage()
  watchPage(page, who)
  currentPage = page
  return page
}

export const isApp = (u) => u.href.startsWith(APP_URL + '/') && !u.searchParams.has('code') && !u.hash.includes('state=')

export async function login(page, username, { open = true } = {}) {
  currentPage = page
  if (open) await page.goto(APP_URL + '/')
  // check-sso goes to Keycloak and back; then the home page offers the login button
  // (click() waits until it is enabled, i.e. keycloak-js is ready)
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
  await page.waitForURL((u) => u.href.includes('/realms/cls/'))
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('#kc-login').click()
  await page.waitForURL((u) => isApp(u) && u.pathname !== '/')
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).waitFor()
}

/** No button nor link with exactly this name on the page. */
export async function noControl(page, name) {
  for (const role of ['button', 'link']) {
    const n = await page.getByRole(role, { name, exact: true }).count()
    assert(n === 0, `unexpected ${role} "${name}" (${n}) on ${page.url()}`)
  }
}

/**
 * Runs a scenario with a browser, then prints the summary and exits (1 on any failure).
 * `scenario` runs the steps; an exception outside a step counts as a failed "setup".
 */
export async function run(title, scenario) {
  console.log(`e2e ${title} against ${APP_URL}`)
  try {
    await launch()
    await scenario()
  } catch (e) {
    results.push({ name: 'setup', ok: false })
    console.log(`✗ setup: ${e?.stack ?? e}`)
  } finally {
    await browser?.close().catch(() => {})
  }
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  console.log(`e2e ${title} finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}
