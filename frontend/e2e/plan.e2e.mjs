// End-to-end of the plan (issues 3 and 5): on the demo data (cls.demo.enabled=true), the coordinator
// creates a fiche action (with a field error first) and edits it; the demo pilot updates the status,
// progress and a note of their own action, and finds no edit control on an action they do not pilot.
// axe on every page. Run through scripts/e2e.sh, or: APP_URL=http://localhost:8089 node frontend/e2e/plan.e2e.mjs
import { APP_URL, assert, axeStep, checkA11y, login, newUserPage, noControl, run, setPage, step, TIMEOUT } from './lib.mjs'

const DEMO_CONTRACT = 'CLS 2 du Grand Quercy'
const OWN_ACTION = 'Sport santé sur ordonnance'
const OTHER_ACTION = 'Prévention des addictions en milieu scolaire'
const stamp = Date.now()
const TITLE = `Marche santé e2e ${stamp}`
const NEW_TITLE = `Marche santé nordique e2e ${stamp}`
const NOTE = `Note du pilote e2e ${stamp}`

const field = (page, label) => page.getByLabel(label, { exact: true })

/** From anywhere: the contracts list → the demo contract → its plan. */
async function openDemoPlan(page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contrats', exact: true }).click()
  await page.waitForURL((u) => u.pathname === '/contracts')
  await page.getByRole('link', { name: DEMO_CONTRACT, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: DEMO_CONTRACT, exact: true }).waitFor()
  await page.getByRole('link', { name: "Plan d'actions", exact: true }).click()
  await page.waitForURL((u) => /^\/contracts\/[^/]+\/plan$/.test(u.pathname))
  await page.getByRole('heading', { level: 1, name: `Plan d'actions – ${DEMO_CONTRACT}`, exact: true }).waitFor()
}

/** Opens an action of the plan by its title. */
async function openAction(page, title) {
  await page.getByRole('link', { name: new RegExp(`^[\\d.]+ ${title}$`) }).click()
  await page.waitForURL((u) => /^\/actions\/[^/]+$/.test(u.pathname))
  await page.getByRole('heading', { level: 1, name: new RegExp(`– ${title}$`) }).waitFor()
}

await run('plan', async () => {
  let coord, pilot, actionUrl

  await step('coordinator-opens-plan', async () => {
    coord = await newUserPage('coordinator')
    await login(coord, 'coordinator')
    await openDemoPlan(coord)
    await coord.getByRole('region', { name: 'Axe 1 – Prévention et promotion de la santé' }).waitFor()
    await checkA11y(coord, 'plan tree (coordinator)')
  })

  await step('coordinator-actions-table', async () => {
    setPage(coord)
    await coord.getByRole('link', { name: 'Tableau des actions', exact: true }).click()
    await coord.waitForURL((u) => /\/actions$/.test(u.pathname))
    const table = coord.getByRole('table')
    await table.getByRole('link', { name: OWN_ACTION, exact: true }).waitFor()
    await checkA11y(coord, 'actions table (coordinator)')
    await coord.getByLabel('Statut', { exact: true }).selectOption({ label: 'Réalisée' })
    await coord.getByRole('button', { name: 'Filtrer', exact: true }).click()
    await coord.waitForURL((u) => u.searchParams.get('status') === 'DONE')
    // the table reloads: the action in progress goes, the one done stays
    await table.getByRole('link', { name: OWN_ACTION, exact: true }).waitFor({ state: 'detached' })
    await table.getByRole('link', { name: 'Ateliers nutrition dans les quartiers prioritaires', exact: true }).waitFor()
    assert((await table.getByRole('row').count()) === 2, 'the status filter shows more than the one action done')
  }, { needs: ['coordinator-opens-plan'] })

  await step('coordinator-creates-action', async () => {
    setPage(coord)
    await openDemoPlan(coord)
    await coord.getByRole('link', { name: "Nouvelle action dans l'objectif 1.1", exact: true }).click()
    await coord.waitForURL((u) => u.pathname === '/actions/new')
    await coord.getByRole('heading', { level: 1, name: 'Nouvelle fiche action', exact: true }).waitFor()
    await field(coord, 'Titre').fill(TITLE)
    await field(coord, 'Constat').fill('Peu d\'activité physique chez les plus de 60 ans.')
    await field(coord, 'Sport-santé, activité physique').check()
    await field(coord, 'Date de début').fill('2026-03-01')
    await field(coord, 'Date de fin').fill('2025-12-31') // before the start: refused by the API
    await field(coord, 'Structure pilote').selectOption({ label: 'PETR Grand Quercy' })
    await coord.waitForFunction(() => document.querySelectorAll('#af-referent option').length > 1, null, { timeout: TIMEOUT })
    await field(coord, 'Référent').selectOption({ label: 'Claire Delmas (Chargée de mission santé)' })
    await coord.getByRole('button', { name: "Ajouter l'étape", exact: true }).click()
    await field(coord, 'Étape 1').fill('Repérer les parcours')
    await coord.getByRole('button', { name: 'Ajouter un financement', exact: true }).click()
    await field(coord, 'Financeur 1').selectOption({ label: 'CPAM du Lot' })
    await field(coord, 'Montant du financement 1 (€)').fill('3000')

    let answer = coord.waitForResponse((r) => r.url() === APP_URL + '/api/v1/actions' && r.request().method() === 'POST')
    await coord.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    let res = await answer
    assert(res.status() === 400, `POST /actions answered ${res.status()}, expected 400`)
    const end = field(coord, 'Date de fin')
    await coord.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await end.elementHandle(), { timeout: TIMEOUT })
    const describedBy = (await end.getAttribute('aria-describedby')) ?? ''
    assert(describedBy, 'the "Date de fin" input has no aria-describedby')
    await checkA11y(coord, 'action form with errors (coordinator)')

    await end.fill('2027-06-30')
    answer = coord.waitForResponse((r) => r.url() === APP_URL + '/api/v1/actions' && r.request().method() === 'POST')
    await coord.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    res = await answer
    assert(res.status() === 201, `POST /actions answered ${res.status()}, expected 201: ${await res.text()}`)
    await coord.waitForURL((u) => /^\/actions\/[^/]+$/.test(u.pathname) && u.pathname !== '/actions/new')
    await coord.getByRole('heading', { level: 1, name: `Fiche action 1.1.3 – ${TITLE}`, exact: true }).waitFor()
    actionUrl = coord.url()
    // Intl puts (narrow) no-break spaces in amounts
    const main = (await coord.locator('main').innerText()).replace(/\s/g, ' ')
    for (const text of ['PETR Grand Quercy', 'Claire Delmas', 'Repérer les parcours', 'CPAM du Lot', '3 000,00 €']) {
      assert(main.includes(text), `the fiche does not show "${text}"`)
    }
    await checkA11y(coord, 'action page (coordinator)')
  }, { needs: ['coordinator-opens-plan'] })

  await step('coordinator-edits-action', async () => {
    setPage(coord)
    await coord.getByRole('button', { name: 'Modifier la fiche', exact: true }).click()
    await coord.waitForURL((u) => u.pathname.endsWith('/edit'))
    await coord.getByRole('heading', { level: 1, name: 'Modifier la fiche action', exact: true }).waitFor()
    await field(coord, 'Titre').fill(NEW_TITLE)
    await field(coord, 'Statut').selectOption({ label: 'En cours' })
    await field(coord, 'Avancement (%)').fill('20')
    const answer = coord.waitForResponse((r) => r.url().startsWith(APP_URL + '/api/v1/actions/') && r.request().method() === 'PUT')
    await coord.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    const res = await answer
    assert(res.status() === 200, `PUT /actions answered ${res.status()}: ${await res.text()}`)
    await coord.waitForURL((u) => u.href === actionUrl)
    await coord.getByRole('heading', { level: 1, name: `Fiche action 1.1.3 – ${NEW_TITLE}`, exact: true }).waitFor()
    const main = await coord.locator('main').innerText()
    assert(main.includes('20 %') && main.includes('En cours'), 'the fiche does not show the new status and progress')
  }, { needs: ['coordinator-creates-action'] })

  await step('coordinator-edits-a-section', async () => {
    setPage(coord)
    const section = coord.getByRole('region', { name: 'Constat', exact: true })
    await section.getByRole('button', { name: 'Modifier la section Constat', exact: true }).click()
    const text = section.getByRole('textbox', { name: 'Constat', exact: true })
    await text.waitFor()
    assert(await text.evaluate((el) => el === document.activeElement), 'the rationale field does not have the focus')
    await text.fill('Constat revu en COPIL.')
    const answer = coord.waitForResponse((r) => r.url().startsWith(APP_URL + '/api/v1/actions/') && r.request().method() === 'PATCH')
    await section.getByRole('button', { name: 'Enregistrer la section Constat', exact: true }).click()
    const res = await answer
    assert(res.status() === 200, `PATCH /actions answered ${res.status()}: ${await res.text()}`)
    await section.getByText('Constat revu en COPIL.', { exact: true }).waitFor()
    await coord.reload()
    await coord.getByRole('heading', { level: 1, name: `Fiche action 1.1.3 – ${NEW_TITLE}`, exact: true }).waitFor()
    await section.getByText('Constat revu en COPIL.', { exact: true }).waitFor()
    await checkA11y(coord, 'action page after a section edit (coordinator)')
  }, { needs: ['coordinator-edits-action'] })

  await step('coordinator-partners', async () => {
    setPage(coord)
    await coord.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Partenaires', exact: true }).click()
    await coord.getByRole('heading', { level: 1, name: 'Annuaire des partenaires', exact: true }).waitFor()
    await coord.getByLabel('Nom', { exact: true }).fill('Cahors')
    await coord.getByRole('button', { name: 'Filtrer', exact: true }).click()
    await coord.waitForURL((u) => u.searchParams.get('q') === 'Cahors')
    const table = coord.getByRole('table')
    await table.getByRole('link', { name: 'PETR Grand Quercy', exact: true }).waitFor({ state: 'detached' })
    await checkA11y(coord, 'partners directory (coordinator)')
    await table.getByRole('link', { name: 'CPTS du Grand Cahors', exact: true }).click()
    await coord.getByRole('heading', { level: 1, name: 'CPTS du Grand Cahors', exact: true }).waitFor()
    await coord.getByRole('region', { name: 'Contacts' }).getByText('Paul Pilote', { exact: true }).waitFor()
    await coord.getByRole('region', { name: 'Actions pilotées' }).getByRole('link', { name: `1.1.1 ${OWN_ACTION}`, exact: true }).waitFor()
    await checkA11y(coord, 'partner page (coordinator)')
    await coord.context().close()
  }, { needs: ['coordinator-opens-plan'] })

  await step('pilot-updates-own-action', async () => {
    pilot = await newUserPage('pilot')
    await login(pilot, 'pilot')
    await openDemoPlan(pilot)
    await checkA11y(pilot, 'plan tree (pilot)')
    await noControl(pilot, "Ajouter l'axe")
    await openAction(pilot, OWN_ACTION)
    await noControl(pilot, 'Modifier la fiche')
    await noControl(pilot, 'Supprimer la fiche')
    await field(pilot, 'Statut').selectOption({ label: 'Reportée' })
    await field(pilot, 'Avancement (%)').fill('45')
    const answer = pilot.waitForResponse((r) => r.url().startsWith(APP_URL + '/api/v1/actions/') && r.request().method() === 'PATCH')
    await pilot.getByRole('button', { name: 'Enregistrer le suivi', exact: true }).click()
    const res = await answer
    assert(res.status() === 200, `PATCH /actions answered ${res.status()}: ${await res.text()}`)
    await pilot.getByText('Statut et avancement enregistrés.', { exact: true }).waitFor({ state: 'attached' })
    const facts = await pilot.locator('dl.details').first().innerText()
    assert(facts.includes('Reportée') && facts.includes('45 %'), `the fiche shows "${facts}"`)

    await field(pilot, 'Nouvelle note de suivi').fill(NOTE)
    const posted = pilot.waitForResponse((r) => r.url().endsWith('/notes') && r.request().method() === 'POST')
    await pilot.getByRole('button', { name: 'Ajouter la note', exact: true }).click()
    assert((await posted).status() === 201, 'POST /notes did not answer 201')
    await pilot.getByRole('region', { name: 'Notes de suivi' }).getByText(NOTE, { exact: true }).waitFor()
    await checkA11y(pilot, 'own action (pilot)')
  }, { needs: ['coordinator-opens-plan'] })

  await step('pilot-reads-other-action', async () => {
    setPage(pilot)
    await pilot.getByRole('link', { name: "Retour au plan d'actions", exact: true }).click()
    await pilot.getByRole('heading', { level: 1, name: `Plan d'actions – ${DEMO_CONTRACT}`, exact: true }).waitFor()
    await openAction(pilot, OTHER_ACTION)
    for (const name of ['Modifier la fiche', 'Supprimer la fiche', 'Enregistrer le suivi', 'Ajouter la note', "Ajouter l'étape"]) {
      await noControl(pilot, name)
    }
    const inputs = await pilot.locator('main input, main select, main textarea').count()
    assert(inputs === 0, `${inputs} form control(s) on an action the pilot does not pilot`)
    await pilot.getByText('Consultation seule', { exact: true }).waitFor()
    await checkA11y(pilot, 'other action (pilot)')
    await pilot.context().close()
  }, { needs: ['pilot-updates-own-action'] })

  await axeStep()
})
