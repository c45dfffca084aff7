// End-to-end: the demo pilot feeds their indicators. Real Keycloak + the packaged app + Debian's Chromium
// (playwright-core) + axe. Self-contained: the coordinator's plan (contract, action piloted by pilot@example.org,
// indicator with one value) is set up through the API with a password-grant token of the dev client cls-cli.
// Needs Keycloak (scripts/keycloak.sh start) and the app running (as scripts/e2e.sh starts it), then:
//   APP_URL=http://localhost:8089 node frontend/e2e/indicators.e2e.mjs
// Prints one line per step, then "N passed, N failed"; exits 1 on any failure.
// On a failure: screenshot in .cache/e2e-<step>.png and the page URL on stdout.
import { APP_URL, PASSWORD, assert, axeStep, checkA11y, login, newUserPage, run, step } from './lib.mjs'

const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? `http://localhost:${process.env.KEYCLOAK_PORT ?? 8180}`).replace(/\/$/, '')

const stamp = Date.now()
const INDICATOR = `Participants e2e ${stamp}`

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

// ---------------------------------------------------------------- the test
/** The markup of the indicator's chart (ECharts draws SVG). */
async function chartMarkup(card) {
  const chart = card.getByRole('img', { name: new RegExp(`Graphique de l'indicateur « ${INDICATOR} »`) })
  await chart.locator('svg path').first().waitFor({ state: 'attached' })
  return chart.innerHTML()
}

await run('indicators', async () => {
  let data
  await step('setup-plan-through-the-api', async () => {
    data = await setUp()
  })

  const page = await newUserPage('pilot')

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

  await axeStep()
})
