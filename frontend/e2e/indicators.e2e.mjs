// End-to-end: the demo pilot feeds their indicators. Real Keycloak + the packaged app + Debian's Chromium
// (playwright-core) + axe. Self-contained: the coordinator's plan (contract, action piloted by pilot@example.org,
// indicator with one value) is set up through the API with a password-grant token of the dev client cls-cli.
// Needs Keycloak (scripts/keycloak.sh start) and the app running (as scripts/e2e.sh starts it), then:
//   APP_URL=http://localhost:8089 node frontend/e2e/indicators.e2e.mjs
// Prints one line per step, then "N passed, N failed"; exits 1 on any failure.
// On a failure: screenshot in .cache/e2e-indicators-<step>.png and the page URL on stdout.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'

const APP_URL = (process.env.APP_URL ?? 'http://localhost:8089').replace(/\/$/, '')
const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? `http://localhost:${process.env.KEYCLOAK_PORT ?? 8180}`).replace(/\/$/, '')
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const TIMEOUT = 15_000
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SHOTS = path.join(ROOT, '.cache')

const stamp = Date.now()
const INDICATOR = `Participants e2e ${stamp}`

// ---------------------------------------------------------------- tiny runner
const results = []
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
      const file = path.join(SHOTS, `e2e-indicators-${name.replace(/[^a-z0-9-]+/gi, '-')}.png`)
      try {
        await currentPage.screenshot({ path: file, fullPage: true, timeout: 5_000 })
        console.log(`    screenshot: ${path.relative(process.cwd(), file)}`)
      } catch (se) {
        console.log(`    (no screenshot: ${se.message})`)
      }
    }
  }
}

// ---------------------------------------------------------------- API set-up as the coordinator
async function token(username) {
  const res = await fetch(`${KEYCLOAK_URL}/realms/cls/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'cls-cli', username, password: PASSWORD, scope: 'openid' }),
  })
  assert(res.ok, `token for ${username}: HTTP ${res.status}`)
  return (await res.json()).access_token
}

async function post(bearer, url, body) {
  const res = await fetch(APP_URL + url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await res.json().catch(() => ({}))
  assert(res.status === 201, `POST ${url}: HTTP ${res.status} ${JSON.stringify(json)}`)
  return json
}

async function setUp() {
  const coord = await token('coordinator')
  const contract = await post(coord, '/api/v1/contracts', {
    kind: 'CLS',
    name: `CLS indicateurs e2e ${stamp}`,
    generation: 1,
    status: 'SIGNED',
    signedOn: '2025-01-15',
    startDate: '2025-01-01',
    endDate: '2029-12-31',
    territory: { name: `Territoire e2e ${stamp}`, kind: 'PETR', regionCode: '76', departementCodes: ['46'], communeCodes: ['46042'], population: 93928 },
  })
  const axis = await post(coord, `/api/v1/contracts/${contract.id}/axes`, { title: 'Prévention et promotion de la santé' })
  const objective = await post(coord, `/api/v1/axes/${axis.id}/objectives`, { title: "Promouvoir l'activité physique" })
  const partner = await post(coord, '/api/v1/partners', { name: `CPTS e2e ${stamp}`, type: 'CPTS', communeCode: '46042' })
  const contact = await post(coord, `/api/v1/partners/${partner.id}/contacts`, {
    firstName: 'Paul',
    lastName: 'Pilote',
    email: 'pilot@example.org',
  })
  const action = await post(coord, '/api/v1/actions', {
    objectiveId: objective.id,
    title: 'Sport santé sur ordonnance',
    status: 'IN_PROGRESS',
    progress: 30,
    pilot: { partnerId: partner.id, contactId: contact.id },
  })
  const indicator = await post(coord, `/api/v1/actions/${action.id}/indicators`, {
    name: INDICATOR,
    kind: 'PROCESS',
    unit: 'personnes',
    direction: 'INCREASE',
    baseline: { value: 0, date: '2025-01-01' },
    target: { value: 200, date: '2026-12-31' },
    frequency: 'SEMIANNUAL',
  })
  await post(coord, `/api/v1/indicators/${indicator.id}/measurements`, { date: '2025-06-30', value: 45 })
  return { action, indicator }
}

// ---------------------------------------------------------------- browser helpers
const axeFindings = []
const axePages = []

async function checkA11y(page, label) {
  await page.waitForLoadState('load')
  const result = await new AxeBuilder({ page }).analyze()
  axePages.push(label)
  for (const v of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    axeFindings.push(`${label}: ${v.id} [${v.impact}] ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
  }
}

const isApp = (u) => u.href.startsWith(APP_URL + '/') && !u.searchParams.has('code') && !u.hash.includes('state=')

async function login(page, username) {
  await page.goto(APP_URL + '/')
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
  await page.waitForURL((u) => u.href.includes('/realms/cls/'))
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('#kc-login').click()
  await page.waitForURL((u) => isApp(u) && u.pathname !== '/')
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).waitFor()
}

/** The markup of the indicator's chart (ECharts draws SVG). */
async function chartMarkup(card) {
  const chart = card.getByRole('img', { name: new RegExp(`Graphique de l'indicateur « ${INDICATOR} »`) })
  await chart.locator('svg path').first().waitFor({ state: 'attached' })
  return chart.innerHTML()
}

// ---------------------------------------------------------------- the test
const t0 = Date.now()
let browser
try {
  let data
  await step('setup-plan-through-the-api', async () => {
    data = await setUp()
  })

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(TIMEOUT)
  const page = await context.newPage()
  page.on('pageerror', (e) => console.log(`    [pilot pageerror] ${e.message}`))
  page.on('response', (r) => {
    if (r.status() >= 400) console.log(`    [pilot http ${r.status()}] ${r.request().method()} ${r.url()}`)
  })
  currentPage = page

  await step('pilot-opens-my-indicators', async () => {
    await login(page, 'pilot')
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes indicateurs', exact: true }).click()
    await page.waitForURL((u) => u.pathname === '/me/indicators')
    await page.getByRole('heading', { level: 1, name: 'Mes indicateurs à renseigner' }).waitFor()
    await page.getByLabel(`Valeur de « ${INDICATOR} » au 31/12/2025`, { exact: true }).waitFor()
    await checkA11y(page, 'my indicators')
  }, { needs: ['setup-plan-through-the-api'] })

  await step('pilot-saves-a-value-in-the-batch', async () => {
    await page.getByLabel(`Valeur de « ${INDICATOR} » au 31/12/2025`, { exact: true }).fill('120')
    await page.getByLabel(`Commentaire pour « ${INDICATOR} »`, { exact: true }).fill('Saisie e2e')
    await page.getByRole('button', { name: 'Enregistrer les valeurs', exact: true }).click()
    await page.getByRole('status').filter({ hasText: '1 valeur(s) enregistrée(s).' }).waitFor()
    // still due (next period), now with the value just saved as its latest
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(INDICATOR) }) })
    await row.getByText('120 personnes').waitFor()
    await page.getByLabel(`Valeur de « ${INDICATOR} » au 30/06/2026`, { exact: true }).waitFor()
  }, { needs: ['pilot-opens-my-indicators'] })

  await step('pilot-sees-the-value-on-the-chart-and-table', async () => {
    await page.getByRole('link', { name: `Voir l'indicateur « ${INDICATOR} »` }).click()
    await page.waitForURL((u) => u.pathname === `/indicators/actions/${data.action.id}`)
    const card = page.getByRole('article', { name: INDICATOR })
    await card.waitFor()
    const before = await chartMarkup(card)
    await checkA11y(page, 'action indicators')

    // one more value inline: the chart is redrawn
    await card.getByLabel('Valeur (personnes)').fill('150')
    await card.getByLabel('Date', { exact: true }).fill('2026-06-30')
    await card.getByRole('button', { name: 'Enregistrer la valeur', exact: true }).click()
    await page.getByRole('status').filter({ hasText: `Valeur du 30/06/2026 enregistrée pour « ${INDICATOR} ».` }).waitFor()
    await page.waitForFunction(
      ([name, html]) => {
        const el = document.querySelector(`[role=img][aria-label*="${name}"]`)
        return el && el.innerHTML !== html
      },
      [INDICATOR, before],
    )

    await card.getByRole('button', { name: 'Afficher le tableau des valeurs' }).click()
    const table = card.getByRole('table', { name: `Valeurs de l'indicateur « ${INDICATOR} »` })
    await table.waitFor()
    const text = await table.innerText()
    assert(/31\/12\/2025\s+120\s+Saisie e2e/.test(text), `the table lacks the batch value: ${text}`)
    assert(/30\/06\/2026\s+150/.test(text), `the table lacks the inline value: ${text}`)
    await checkA11y(page, 'action indicators, table view')
  }, { needs: ['pilot-saves-a-value-in-the-batch'] })

  await step('axe-no-serious-or-critical', async () => {
    assert(axePages.length > 0, 'axe ran on no page')
    assert(!axeFindings.length, `${axeFindings.length} serious/critical axe violation(s):\n${axeFindings.join('\n')}`)
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
console.log(`e2e (indicators) finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
