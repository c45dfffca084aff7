// End-to-end: real Keycloak + the packaged app + Debian's Chromium (playwright-core) + axe.
// Run through scripts/e2e.sh (it starts Keycloak and the app), or alone against a running app:
//   APP_URL=http://localhost:8089 node frontend/e2e/contracts.e2e.mjs
// Prints one line per step, then "N passed, N failed"; exits 1 on any failure.
// On a failure: screenshot in .cache/e2e-<step>.png and the page URL on stdout.
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'

const APP_URL = (process.env.APP_URL ?? 'http://localhost:8089').replace(/\/$/, '')
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const TIMEOUT = 15_000
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SHOTS = path.join(ROOT, '.cache')

const stamp = Date.now()
const CONTRACT = {
  name: `CLS e2e ${stamp}`,
  territoryName: `Territoire e2e ${stamp}`,
}
const END_DATE_ERROR = 'doit être postérieure à la date de début'

// ---------------------------------------------------------------- tiny runner
const results = []
/** Current page of the running step, for the failure screenshot. */
let currentPage = null

function assert(cond, message) {
  if (!cond) throw new Error(message)
}

async function step(name, fn, { needs = [] } = {}) {
  const missing = needs.filter((n) => !results.find((r) => r.name === n && r.ok))
  if (missing.length) {
    results.push({ name, ok: false })
    console.log(`✗ ${name}: not run, needs ${missing.join(', ')}`)
    return
  }
  const t0 = Date.now()
  currentPage = null
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`✓ ${name} (${Date.now() - t0} ms)`)
  } catch (e) {
    results.push({ name, ok: false })
    console.log(`✗ ${name} (${Date.now() - t0} ms)`)
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

// ---------------------------------------------------------------- helpers
/** axe findings of impact serious/critical, by page. */
const axeFindings = []
const axePages = []

async function checkA11y(page, label) {
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

let browser

async function newUserPage(who) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(TIMEOUT)
  context.setDefaultNavigationTimeout(TIMEOUT)
  const page = await context.newPage()
  watchPage(page, who)
  currentPage = page
  return page
}

const isApp = (u) => u.href.startsWith(APP_URL + '/') && !u.searchParams.has('code') && !u.hash.includes('state=')

async function login(page, username, { open = true } = {}) {
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

async function openList(page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contrats', exact: true }).click()
  await page.waitForURL((u) => u.pathname === '/contracts')
  await page.getByRole('heading', { level: 1, name: 'Contrats', exact: true }).waitFor()
  // loaded: the table or the "no contract" note
  await page.locator('table.data-table, p.note[role=status]').first().waitFor()
}

async function noControl(page, name) {
  for (const role of ['button', 'link']) {
    const n = await page.getByRole(role, { name, exact: true }).count()
    assert(n === 0, `unexpected ${role} "${name}" (${n}) on ${page.url()}`)
  }
}

// ---------------------------------------------------------------- scenario
await mkdir(SHOTS, { recursive: true })
for (const f of await readdir(SHOTS)) if (/^e2e-.*\.png$/.test(f)) await rm(path.join(SHOTS, f))

const t0 = Date.now()
console.log(`e2e against ${APP_URL}, contract "${CONTRACT.name}"`)
try {
  // a plain launch: playwright gives Chromium a fresh temporary profile (deleted on close);
  // each user then gets its own context (own cookies, so no Keycloak session leaks between users)
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

  let coord, ars, ars2, contractUrl

  // ---- a) coordinator
  await step('coordinator-login', async () => {
    coord = await newUserPage('coordinator')
    await coord.goto(APP_URL + '/')
    await coord.getByRole('button', { name: 'Se connecter', exact: true }).waitFor()
    await checkA11y(coord, 'home (anonymous)')
    await login(coord, 'coordinator', { open: false })
  })

  await step('coordinator-list', async () => {
    currentPage = coord
    await openList(coord)
    await checkA11y(coord, 'list (coordinator)')
  }, { needs: ['coordinator-login'] })

  await step('coordinator-form-validation', async () => {
    currentPage = coord
    await coord.getByRole('button', { name: 'Nouveau contrat', exact: true }).click()
    await coord.waitForURL((u) => u.pathname === '/contracts/new')
    await coord.getByRole('heading', { level: 1, name: 'Nouveau contrat' }).waitFor()
    const f = (label) => coord.getByLabel(label, { exact: true })
    await f('Nom').fill(CONTRACT.name)
    await f('Type').selectOption('CLS')
    await f('Génération').fill('2')
    await f('Statut').selectOption('SIGNED')
    await f('Date de signature').fill('2024-02-15')
    await f('Date de début').fill('2024-03-01')
    await f('Date de fin').fill('2023-12-31') // before the start: refused by the API
    await f('Nom du territoire').fill(CONTRACT.territoryName)
    await f('Type de territoire').selectOption('PETR')
    await f('Région (code INSEE)').fill('76')
    await f('Départements (codes INSEE)').fill('46')
    await f('Communes (codes INSEE)').fill('46042')
    await f('Population').fill('20000')

    const answer = coord.waitForResponse((r) => r.url().startsWith(APP_URL + '/api/v1/contracts') && r.request().method() === 'POST')
    await coord.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    const res = await answer
    assert(res.status() === 400, `POST /contracts answered ${res.status()}, expected 400`)
    const body = await res.json().catch(() => ({}))
    assert((body.errors ?? []).some((e) => e.field === 'endDate'), `no errors[].field=endDate in ${JSON.stringify(body)}`)

    // the message is next to "Date de fin": the input is invalid and described by the message
    const end = f('Date de fin')
    await coord.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await end.elementHandle(), { timeout: TIMEOUT })
    const describedBy = (await end.getAttribute('aria-describedby')) ?? ''
    assert(describedBy, 'the "Date de fin" input has no aria-describedby')
    const description = (await Promise.all(describedBy.split(/\s+/).map((id) => coord.locator(`[id="${id}"]`).innerText()))).join(' ')
    assert(description.includes(END_DATE_ERROR), `"Date de fin" is described by "${description}", expected "${END_DATE_ERROR}"`)
    assert(await coord.locator(`[id="${describedBy.split(/\s+/).pop()}"]`).isVisible(), 'the end date error is not visible')
    // no other field is flagged
    const invalid = await coord.locator('[aria-invalid="true"]').evaluateAll((els) => els.map((e) => e.id))
    assert(invalid.length === 1 && invalid[0] === 'f-endDate', `invalid fields: ${invalid.join(', ')}`)
    await checkA11y(coord, 'form with errors (coordinator)')
  }, { needs: ['coordinator-list'] })

  await step('coordinator-create', async () => {
    currentPage = coord
    await coord.getByLabel('Date de fin', { exact: true }).fill('2028-12-31')
    const answer = coord.waitForResponse((r) => r.url().startsWith(APP_URL + '/api/v1/contracts') && r.request().method() === 'POST')
    await coord.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    const res = await answer
    assert(res.status() === 201, `POST /contracts answered ${res.status()}, expected 201`)
    await coord.waitForURL((u) => /^\/contracts\/[^/]+$/.test(u.pathname) && u.pathname !== '/contracts/new')
    await coord.getByRole('heading', { level: 1, name: CONTRACT.name, exact: true }).waitFor()
    contractUrl = coord.url()
    // the coordinator who created it may change it
    await coord.getByRole('button', { name: 'Modifier', exact: true }).waitFor()
    await checkA11y(coord, 'detail (coordinator)')
  }, { needs: ['coordinator-form-validation'] })

  await step('coordinator-list-shows-contract', async () => {
    currentPage = coord
    await coord.getByRole('link', { name: 'Retour à la liste', exact: true }).click()
    await coord.waitForURL((u) => u.pathname === '/contracts')
    await coord.getByRole('row').filter({ has: coord.getByRole('link', { name: CONTRACT.name, exact: true }) }).waitFor()
    const row = coord.getByRole('row').filter({ has: coord.getByRole('link', { name: CONTRACT.name, exact: true }) })
    assert((await row.innerText()).includes(CONTRACT.territoryName), 'the row does not show the territory')
    await checkA11y(coord, 'list with the contract (coordinator)')
  }, { needs: ['coordinator-create'] })

  await step('coordinator-logout', async () => {
    currentPage = coord
    await coord.getByRole('button', { name: 'Se déconnecter', exact: true }).click()
    await coord.waitForURL((u) => isApp(u) && u.pathname === '/')
    await coord.getByRole('button', { name: 'Se connecter', exact: true }).waitFor()
    // really logged out: the Keycloak session is gone (check-sso answers login_required), so a
    // protected address ends on the home page with the login button, and no user in the header
    await coord.goto(APP_URL + '/contracts')
    await coord.waitForURL((u) => isApp(u) && u.pathname === '/')
    await coord.getByRole('button', { name: 'Se connecter', exact: true }).waitFor()
    await noControl(coord, 'Se déconnecter')
    await coord.context().close()
  }, { needs: ['coordinator-login'] })

  // ---- b) ARS of département 46 / région 76: reads, cannot write
  await step('ars-reads-contract', async () => {
    ars = await newUserPage('ars')
    await login(ars, 'ars')
    await openList(ars)
    const link = ars.getByRole('link', { name: CONTRACT.name, exact: true })
    await link.waitFor()
    await noControl(ars, 'Nouveau contrat')
    await checkA11y(ars, 'list (ars)')
    await link.click()
    await ars.getByRole('heading', { level: 1, name: CONTRACT.name, exact: true }).waitFor()
    assert(ars.url() === contractUrl, `detail URL ${ars.url()} != ${contractUrl}`)
    await ars.getByText('Consultation seule', { exact: true }).waitFor()
    await noControl(ars, 'Modifier')
    await noControl(ars, 'Supprimer')
    await noControl(ars, 'Nouveau contrat')
    await checkA11y(ars, 'detail (ars)')
    await ars.context().close()
  }, { needs: ['coordinator-create'] })

  // ---- c) ARS of another territory: does not see it
  await step('ars2-does-not-see-contract', async () => {
    ars2 = await newUserPage('ars2')
    await login(ars2, 'ars2')
    await openList(ars2)
    const n = await ars2.getByRole('link', { name: CONTRACT.name, exact: true }).count()
    assert(n === 0, `ars2 sees "${CONTRACT.name}" in the list`)
    assert(!(await ars2.locator('main').innerText()).includes(CONTRACT.name), 'ars2 sees the contract name on the list page')
    await checkA11y(ars2, 'list (ars2)')
    // nor by its address
    await ars2.goto(contractUrl)
    await ars2.getByText("Ce contrat n'existe pas ou vous n'y avez pas accès.", { exact: true }).waitFor()
    assert(!(await ars2.locator('main').innerText()).includes(CONTRACT.name), 'ars2 sees the contract name on its page')
    await ars2.context().close()
  }, { needs: ['coordinator-create'] })

  await step('axe-no-serious-or-critical', async () => {
    assert(axePages.length > 0, 'axe ran on no page')
    if (axeFindings.length) {
      const lines = axeFindings.map((f) => `${f.label}: ${f.id} [${f.impact}] ${f.targets.join(' | ')}`)
      throw new Error(`${axeFindings.length} serious/critical axe violation(s):\n${lines.join('\n')}`)
    }
    console.log(`    axe checked ${axePages.length} pages: ${axePages.join('; ')}`)
  })
} catch (e) {
  results.push({ name: 'setup', ok: false })
  console.log(`✗ setup: ${e?.stack ?? e}`)
} finally {
  await browser?.close().catch(() => {})
}

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`e2e finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
