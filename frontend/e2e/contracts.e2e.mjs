// End-to-end: real Keycloak + the packaged app + Debian's Chromium (playwright-core) + axe.
// Run through scripts/e2e.sh (it starts Keycloak and the app), or alone against a running app:
//   APP_URL=http://localhost:8089 node frontend/e2e/contracts.e2e.mjs
// Prints one line per step, then "N passed, N failed"; exits 1 on any failure.
// On a failure: screenshot in .cache/e2e-<step>.png and the page URL on stdout.
import { APP_URL, assert, axeStep, checkA11y, isApp, login, newUserPage, noControl, run, setPage, step, TIMEOUT } from './lib.mjs'

const stamp = Date.now()
const CONTRACT = {
  name: `CLS e2e ${stamp}`,
  territoryName: `Territoire e2e ${stamp}`,
}
const END_DATE_ERROR = 'doit être postérieure à la date de début'

async function openList(page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contrats', exact: true }).click()
  await page.waitForURL((u) => u.pathname === '/contracts')
  await page.getByRole('heading', { level: 1, name: 'Contrats', exact: true }).waitFor()
  // loaded: the table or the "no contract" note
  await page.locator('table.data-table, p.note[role=status]').first().waitFor()
}

// ---------------------------------------------------------------- scenario
await run(`contracts, contract "${CONTRACT.name}"`, async () => {
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
    setPage(coord)
    await openList(coord)
    await checkA11y(coord, 'list (coordinator)')
  }, { needs: ['coordinator-login'] })

  await step('coordinator-form-validation', async () => {
    setPage(coord)
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
    setPage(coord)
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
    setPage(coord)
    await coord.getByRole('link', { name: 'Retour à la liste', exact: true }).click()
    await coord.waitForURL((u) => u.pathname === '/contracts')
    await coord.getByRole('row').filter({ has: coord.getByRole('link', { name: CONTRACT.name, exact: true }) }).waitFor()
    const row = coord.getByRole('row').filter({ has: coord.getByRole('link', { name: CONTRACT.name, exact: true }) })
    assert((await row.innerText()).includes(CONTRACT.territoryName), 'the row does not show the territory')
    await checkA11y(coord, 'list with the contract (coordinator)')
  }, { needs: ['coordinator-create'] })

  await step('coordinator-logout', async () => {
    setPage(coord)
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

  await axeStep()
})
