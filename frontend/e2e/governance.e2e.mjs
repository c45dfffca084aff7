// End-to-end, governance: a coordinator runs a meeting from agenda to minutes (plans it, builds the agenda,
// ticks attendance, writes the minutes with the preview, adds a decision, finds it on the decisions board).
// Real Keycloak + the packaged app + Debian's Chromium (playwright-core) + axe. Against a running app:
//   APP_URL=http://localhost:8089 node frontend/e2e/governance.e2e.mjs
// The contract, a partner, its contact and the committee are set up through the API with the coordinator's own
// token (read from the SPA's requests); everything after that goes through the pages.
// Prints one line per step, then "N passed, N failed"; exits 1 on any failure.
// On a failure: screenshot in .cache/e2e-<step>.png and the page URL on stdout.
import path from 'node:path'
import { APP_URL, SHOTS, assert, axeStep, checkA11y, login, newUserPage, run, setPage, step } from './lib.mjs'

const stamp = Date.now()
const CONTRACT_NAME = `CLS gouvernance e2e ${stamp}`
const COMMITTEE_NAME = `COPIL e2e ${stamp}`
const DECISION = `Relancer les MSP ${stamp}`

/** Calls the API with the bearer token the SPA sent. */
async function apiCall(page, token, method, url, data) {
  const res = await page.request.fetch(APP_URL + url, {
    method,
    headers: { Authorization: token, 'Content-Type': 'application/json', Accept: 'application/json' },
    data: data === undefined ? undefined : JSON.stringify(data),
  })
  const body = await res.json().catch(() => ({}))
  assert(res.ok(), `${method} ${url} answered ${res.status()}: ${JSON.stringify(body)}`)
  return body
}

await run(`governance, contract "${CONTRACT_NAME}"`, async () => {
  let coord, token, contract, committee, contact, meetingUrl

  await step('coordinator-login', async () => {
    coord = await newUserPage('coordinator')
    coord.on('request', (r) => {
      const auth = r.headers()['authorization']
      if (auth && r.url().startsWith(APP_URL + '/api/')) token = auth
    })
    await login(coord, 'coordinator')
    for (let i = 0; i < 50 && !token; i++) await coord.waitForTimeout(100)
    assert(token, 'the SPA sent no bearer token')
  })

  await step('setup-through-the-api', async () => {
    setPage(coord)
    contract = await apiCall(coord, token, 'POST', '/api/v1/contracts', {
      kind: 'CLS', name: CONTRACT_NAME, generation: 2, status: 'SIGNED', signedOn: '2025-01-15', startDate: '2025-01-01',
      endDate: '2029-12-31', territory: { name: 'PETR e2e', kind: 'PETR', regionCode: '76', departementCodes: ['46'],
        communeCodes: ['46042'], population: 20000 },
    })
    const partner = await apiCall(coord, token, 'POST', '/api/v1/partners', { name: `CPTS e2e ${stamp}`, type: 'CPTS', communeCode: '46042' })
    contact = await apiCall(coord, token, 'POST', `/api/v1/partners/${partner.id}/contacts`, {
      firstName: 'Paul', lastName: `Pilote${stamp}`, function: 'Coordinateur', email: `paul.${stamp}@example.org`,
    })
    committee = await apiCall(coord, token, 'POST', `/api/v1/contracts/${contract.id}/committees`, {
      kind: 'COPIL', name: COMMITTEE_NAME, theme: 'Pilotage', memberContactIds: [contact.id],
    })
  }, { needs: ['coordinator-login'] })

  await step('plan-a-meeting', async () => {
    setPage(coord)
    await coord.goto(`${APP_URL}/contracts/${contract.id}/governance`)
    await coord.getByRole('heading', { level: 1, name: `Gouvernance — ${CONTRACT_NAME}` }).waitFor()
    await checkA11y(coord, 'governance of a contract')
    await coord.getByRole('link', { name: COMMITTEE_NAME, exact: true }).click()
    await coord.getByRole('heading', { level: 1, name: COMMITTEE_NAME }).waitFor()
    await coord.getByLabel('Début', { exact: true }).fill('2026-12-10T14:00')
    await coord.getByLabel('Fin', { exact: true }).fill('2026-12-10T16:30')
    await coord.getByLabel('Lieu', { exact: true }).fill('Cahors')
    const answer = coord.waitForResponse((r) => r.url().endsWith(`/api/v1/committees/${committee.id}/meetings`) && r.request().method() === 'POST')
    await coord.getByRole('button', { name: 'Planifier la réunion', exact: true }).click()
    const res = await answer
    assert(res.status() === 201, `POST meetings answered ${res.status()}`)
    const body = await res.json()
    assert(body.startsAt === '2026-12-10T14:00:00+01:00', `startsAt ${body.startsAt}`)
    await coord.waitForURL((u) => u.pathname.startsWith('/meetings/'))
    meetingUrl = coord.url()
    await coord.getByRole('heading', { level: 1, name: `${COMMITTEE_NAME} du 10/12/2026` }).waitFor()
    await checkA11y(coord, 'meeting page (planned)')
  }, { needs: ['setup-through-the-api'] })

  await step('build-the-agenda', async () => {
    setPage(coord)
    const agenda = coord.getByRole('region', { name: 'Ordre du jour', exact: true })
    await agenda.getByLabel('Point', { exact: true }).fill('Bilan annuel')
    await agenda.getByLabel('Durée (minutes)', { exact: true }).fill('45')
    await agenda.getByRole('button', { name: 'Ajouter le point', exact: true }).click()
    const answer = coord.waitForResponse((r) => r.url().includes('/api/v1/meetings/') && r.request().method() === 'PATCH')
    await agenda.getByRole('button', { name: "Enregistrer l'ordre du jour", exact: true }).click()
    assert((await answer).status() === 200, 'agenda PATCH failed')
    await coord.getByText('Ordre du jour enregistré.', { exact: true }).waitFor()
    await agenda.getByText('Durée totale : 45 min').waitFor()
  }, { needs: ['plan-a-meeting'] })

  await step('tick-attendance', async () => {
    setPage(coord)
    const sheet = coord.getByRole('region', { name: "Feuille d'émargement", exact: true })
    await sheet.getByRole('group', { name: `Présence de Paul Pilote${stamp}` }).getByLabel('Présent', { exact: true }).check()
    const answer = coord.waitForResponse((r) => r.url().endsWith('/attendance') && r.request().method() === 'PUT')
    await sheet.getByRole('button', { name: 'Enregistrer les présences', exact: true }).click()
    const res = await answer
    assert(res.status() === 200, `attendance PUT answered ${res.status()}`)
    const body = await res.json()
    assert(body.invitees[0].status === 'PRESENT', `attendance ${JSON.stringify(body.invitees)}`)
  }, { needs: ['build-the-agenda'] })

  await step('write-the-minutes', async () => {
    setPage(coord)
    const minutes = coord.getByRole('region', { name: 'Compte rendu', exact: true })
    await minutes.getByLabel('Compte rendu (Markdown)', { exact: true }).fill('# Relevé\n\n**Présents** : Paul\n\n<script>alert(1)</script>')
    await minutes.getByRole('button', { name: 'Aperçu', exact: true }).click()
    const preview = minutes.getByRole('region', { name: 'Aperçu du compte rendu' })
    await preview.getByRole('heading', { name: 'Relevé' }).waitFor()
    assert((await preview.locator('script').count()) === 0, 'the preview holds a script element')
    const answer = coord.waitForResponse((r) => r.url().includes('/api/v1/meetings/') && r.request().method() === 'PATCH')
    await minutes.getByRole('button', { name: 'Marquer la réunion comme tenue', exact: true }).click()
    const body = await (await answer).json()
    assert(body.status === 'HELD' && body.minutesHtml.includes('<h1>Relevé</h1>'), `minutes not saved: ${body.status}`)
    await coord.getByText('Compte rendu enregistré.', { exact: true }).waitFor()
  }, { needs: ['tick-attendance'] })

  await step('add-a-decision', async () => {
    setPage(coord)
    const decisions = coord.getByRole('region', { name: 'Décisions', exact: true })
    await decisions.getByLabel('Décision', { exact: true }).fill(DECISION)
    await decisions.getByLabel('Responsable', { exact: true }).selectOption(contact.id)
    await decisions.getByLabel('Échéance', { exact: true }).fill('2027-03-01')
    await decisions.getByRole('button', { name: 'Ajouter la décision', exact: true }).click()
    await decisions.getByRole('cell', { name: DECISION, exact: true }).waitFor()
    await checkA11y(coord, 'meeting page (held, with a decision)')
    // E2E_SCREENSHOTS=1 keeps pictures of the meeting page, on screen and as printed
    if (process.env.E2E_SCREENSHOTS) {
      await coord.screenshot({ path: path.join(SHOTS, 'governance-meeting.png'), fullPage: true })
      await coord.emulateMedia({ media: 'print' })
      await coord.screenshot({ path: path.join(SHOTS, 'governance-meeting-print.png'), fullPage: true })
      await coord.emulateMedia({ media: 'screen' })
    }
  }, { needs: ['write-the-minutes'] })

  await step('decision-on-the-board', async () => {
    setPage(coord)
    await coord.goto(`${APP_URL}/contracts/${contract.id}/decisions`)
    const open = coord.getByRole('region', { name: 'À suivre (1)', exact: true })
    await open.getByText(DECISION, { exact: true }).waitFor()
    await checkA11y(coord, 'decisions board')
    if (process.env.E2E_SCREENSHOTS) await coord.screenshot({ path: path.join(SHOTS, 'governance-board.png'), fullPage: true })
  }, { needs: ['add-a-decision'] })

  await axeStep()
})
