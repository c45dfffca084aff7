// End-to-end of the semiannual report (issue 7) on the demo data: the coordinator creates a report,
// writes the narrative, downloads the PDF and submits it; the ARS finds it in its list of reports to
// review and reviews it; the dashboard's ECharts charts, their tables and CSV files; the ARS overview.
// axe on every page.
// Run through scripts/e2e.sh (E2E_ONLY=reporting), or: APP_URL=http://localhost:8089 node frontend/e2e/reporting.e2e.mjs
import { readFile } from 'node:fs/promises'
import { assert, axeStep, checkA11y, login, newUserPage, run, setPage, step } from './lib.mjs'

const DEMO_CONTRACT = 'CLS 2 du Grand Quercy'
const PERIOD = String(2000 + (Date.now() % 90))
const HIGHLIGHT = `Faits marquants e2e ${Date.now()}`

await run('reporting', async () => {
  let coord, ars

  await step('coordinator-writes-and-submits', async () => {
    coord = await newUserPage('coordinator')
    await login(coord, 'coordinator')
    await coord.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contrats', exact: true }).click()
    await coord.getByRole('link', { name: DEMO_CONTRACT, exact: true }).click()
    await coord.getByRole('heading', { level: 1, name: DEMO_CONTRACT, exact: true }).waitFor()
    await coord.getByRole('link', { name: 'Bilans', exact: true }).click()
    await coord.getByRole('heading', { level: 1, name: 'Bilans du contrat' }).waitFor()
    await checkA11y(coord, 'reports list')
    await coord.getByLabel('Période du bilan', { exact: true }).fill(PERIOD)
    await coord.getByRole('button', { name: 'Créer le bilan', exact: true }).click()
    await coord.getByRole('heading', { level: 1, name: `Bilan ${PERIOD}` }).waitFor()
    await coord.getByRole('table', { name: 'Avancement par axe' }).waitFor()
    await checkA11y(coord, 'report editor')
    await coord.getByLabel('Faits marquants', { exact: true }).fill(HIGHLIGHT)
    await coord.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await coord.getByText('Bilan enregistré.').waitFor()
    const [download] = await Promise.all([
      coord.waitForEvent('download'),
      coord.getByRole('button', { name: 'Télécharger en PDF', exact: true }).click(),
    ])
    assert(download.suggestedFilename() === `bilan-${PERIOD}.pdf`, `unexpected file ${download.suggestedFilename()}`)
    await coord.getByRole('button', { name: "Transmettre à l'ARS", exact: true }).click()
    await coord.getByRole('alertdialog').getByRole('button', { name: "Transmettre à l'ARS", exact: true }).click()
    await coord.getByText("Bilan transmis à l'ARS.").waitFor()
  })

  await step('ars-reviews', async () => {
    ars = await newUserPage('ars')
    await login(ars, 'ars')
    setPage(ars)
    await ars.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Bilans à examiner', exact: true }).click()
    const table = ars.getByRole('table', { name: 'Bilans à examiner' })
    await checkA11y(ars, 'reports to review')
    await table.getByRole('link', { name: `Examiner le bilan ${PERIOD} de ${DEMO_CONTRACT}` }).click()
    await ars.getByText(HIGHLIGHT).waitFor()
    await checkA11y(ars, 'report review')
    await ars.getByLabel("Commentaire de l'ARS", { exact: true }).fill('Bilan complet, merci.')
    await ars.getByRole('button', { name: "Enregistrer l'examen", exact: true }).click()
    await ars.getByText('Bilan examiné.').waitFor()
    await ars.getByRole('heading', { name: "Avis de l'ARS" }).waitFor()
  }, { needs: ['coordinator-writes-and-submits'] })

  await step('coordinator-dashboard', async () => {
    setPage(coord)
    await coord.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contrats', exact: true }).click()
    await coord.getByRole('link', { name: DEMO_CONTRACT, exact: true }).click()
    await coord.getByRole('link', { name: 'Tableau de bord', exact: true }).click()
    await coord.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor()
    // the chart is drawn by ECharts (SVG) in a container named by the text alternative
    const chart = coord.getByRole('img', { name: /^Actions par statut : / })
    await chart.locator('svg').first().waitFor()
    assert((await chart.locator('svg rect, svg path').count()) > 0, 'the status chart draws nothing')
    await checkA11y(coord, 'dashboard, charts')
    const toggles = coord.getByRole('button', { name: 'Afficher le tableau', exact: true })
    while ((await toggles.count()) > 0) await toggles.first().click()
    await coord.getByRole('table', { name: 'Actions par statut' }).waitFor()
    await checkA11y(coord, 'dashboard, tables shown')
    const [download] = await Promise.all([
      coord.waitForEvent('download'),
      coord.getByRole('button', { name: 'Télécharger en CSV : Actions par statut', exact: true }).click(),
    ])
    assert(download.suggestedFilename() === 'Tableau de bord - Actions par statut.csv', `unexpected file ${download.suggestedFilename()}`)
    const csv = await readFile(await download.path(), 'utf8')
    assert(csv.startsWith('\uFEFFStatut;Actions\r\n'), `unexpected CSV ${JSON.stringify(csv.slice(0, 40))}`)
  }, { needs: ['coordinator-writes-and-submits'] })

  await step('ars-overview', async () => {
    setPage(ars)
    await ars.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Vue régionale', exact: true }).click()
    const table = ars.getByRole('table', { name: 'Contrats de mon périmètre ARS' })
    await table.getByRole('columnheader', { name: 'Indicateurs hors trajectoire' }).waitFor()
    await table.getByRole('link', { name: DEMO_CONTRACT, exact: true }).waitFor()
    await checkA11y(ars, 'ARS overview')
    const [download] = await Promise.all([
      ars.waitForEvent('download'),
      ars.getByRole('button', { name: 'Télécharger en CSV', exact: true }).click(),
    ])
    const csv = await readFile(await download.path(), 'utf8')
    assert(csv.split('\r\n')[0].includes('Indicateurs hors trajectoire'), `unexpected CSV header ${JSON.stringify(csv.split('\r\n')[0])}`)
    assert(csv.includes(DEMO_CONTRACT), 'the CSV misses the demo contract')
  }, { needs: ['ars-reviews'] })

  await axeStep()
})
