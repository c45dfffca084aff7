import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ConfirmDialog from 'primevue/confirmdialog'
import { screen, within } from '@testing-library/dom'
import axe from 'axe-core'
import { createAppI18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import ReportsPage from '@/pages/reporting/ReportsPage.vue'
import ReportPage from '@/pages/reporting/ReportPage.vue'
import ArsReviewsPage from '@/pages/reporting/ArsReviewsPage.vue'
import PlanImportPage from '@/pages/reporting/PlanImportPage.vue'
import AppHeader from '@/components/AppHeader.vue'
import type { ArsOverviewRow, Report } from '@/api/reporting'
import { ARS_CONTRACT_RIGHTS, READ_ONLY, ars, cleanup, coordinator, fill, json, mockFetch, perms, requests, sampleContract, type User } from './helpers'

const CID = '11111111-1111-4111-8111-111111111111'
const RID = '33333333-3333-4333-8333-333333333333'

let wrapper: { unmount(): void } | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  cleanup()
})

function report(over: Partial<Report> = {}): Report {
  return {
    id: RID,
    version: 2,
    contractId: CID,
    period: '2025-S1',
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    status: 'DRAFT',
    snapshotAt: '2025-07-01T08:00:00Z',
    highlights: 'Ouverture du centre de santé',
    createdAt: '2025-07-01T08:00:00Z',
    createdBy: 'coord',
    updatedAt: '2025-07-01T08:00:00Z',
    // a draft, as its coordinators read it
    permissions: perms({ write: true }),
    snapshot: {
      takenAt: '2025-07-01T08:00:00Z',
      period: '2025-S1',
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      contract: { id: CID, version: 1, kind: 'CLS', name: 'CLS 2', axes: [] } as never,
      dashboard: {
        contractId: CID,
        today: '2025-07-01',
        actionCount: 12,
        progress: 40,
        byStatus: {},
        axes: [{ axisId: 'a1', number: 1, title: 'Accès aux soins', actionCount: 12, progress: 40, byStatus: {}, late: 0 }],
        lateActions: [],
        budget: [],
        budgetTotals: { planned: 1000, granted: 800, paid: 500 },
        sections: [],
      } as never,
    },
    ...over,
  }
}

async function mountAt(path: string, user: User) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.authenticated = true
  auth.me = { subject: 's', username: 'u', name: 'Test', email: user.email, roles: user.roles, scope: { regionCodes: ['76'], departementCodes: ['46'] } }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/contracts/:id/reports', name: 'contract-reports', component: ReportsPage, props: true },
      { path: '/reports/:reportId', name: 'report', component: ReportPage, props: true },
      { path: '/ars/reports', name: 'ars-reviews', component: ArsReviewsPage },
      { path: '/contracts/:id/import', name: 'contract-import', component: PlanImportPage, props: true },
      { path: '/contracts/:id/plan', name: 'contract-plan', component: { render: () => null } },
      { path: '/:p(.*)*', component: { render: () => null } },
    ],
  })
  await router.push(path)
  await router.isReady()
  wrapper = mount(defineComponent({ render: () => [h(AppHeader), h('main', [h(RouterView)]), h(ConfirmDialog)] }), {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAppI18n('fr'), PrimeVue, ConfirmationService] },
  })
  await flushPromises()
  return router
}

async function noSeriousViolations() {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
}

describe('reports of a contract', () => {
  it('lists the reports and creates one for a period', async () => {
    const fetch = mockFetch((req) => {
      if (req.method === 'POST') return json(report({ id: RID, period: '2025-S2' }), 201)
      if (req.url.includes('/api/v1/reports/')) return json(report({ period: '2025-S2' }))
      if (new URL(req.url).pathname === `/api/v1/contracts/${CID}`) return json(sampleContract(), 200, { ETag: '"3"' })
      return json([report({ status: 'SUBMITTED', submittedAt: '2025-07-02T08:00:00Z', snapshot: undefined, permissions: READ_ONLY })])
    })
    const router = await mountAt(`/contracts/${CID}/reports`, coordinator)
    const table = screen.getByRole('table', { name: 'Bilans du contrat' })
    expect(within(table).getByRole('link', { name: 'Bilan 2025-S1' }).getAttribute('href')).toBe(`/reports/${RID}`)
    expect(within(table).getByText('transmis')).toBeTruthy()
    await noSeriousViolations()

    const period = screen.getByLabelText('Période du bilan')
    await fill(period, '2025-S3')
    screen.getByRole('button', { name: 'Créer le bilan' }).click()
    await flushPromises()
    expect(screen.getByText('Saisissez une période au format 2025-S1, 2025-S2 ou 2025.')).toBeTruthy()
    expect(period.getAttribute('aria-invalid')).toBe('true')

    await fill(period, '2025-S2')
    screen.getByRole('button', { name: 'Créer le bilan' }).click()
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(post.url).toContain(`/api/v1/contracts/${CID}/reports`)
    expect(await post.clone().json()).toEqual({ period: '2025-S2' })
    expect(router.currentRoute.value.path).toBe(`/reports/${RID}`)
  })

  it('hides the creation form from the ARS', async () => {
    mockFetch((req) =>
      new URL(req.url).pathname === `/api/v1/contracts/${CID}` ? json(sampleContract({ permissions: ARS_CONTRACT_RIGHTS })) : json([]),
    )
    await mountAt(`/contracts/${CID}/reports`, ars)
    expect(screen.getByText('Aucun bilan pour ce contrat.')).toBeTruthy()
    expect(screen.queryByLabelText('Période du bilan')).toBeNull()
  })

  it('hides the creation form when the contract says write=false, even from a coordinator listed on it', async () => {
    mockFetch((req) => (new URL(req.url).pathname === `/api/v1/contracts/${CID}` ? json(sampleContract({ permissions: READ_ONLY })) : json([])))
    await mountAt(`/contracts/${CID}/reports`, coordinator)
    expect(screen.getByText('Aucun bilan pour ce contrat.')).toBeTruthy()
    expect(screen.queryByLabelText('Période du bilan')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Créer le bilan' })).toBeNull()
  })
})

describe('report editor', () => {
  it('saves the narrative and submits with If-Match after confirmation', async () => {
    let current = report()
    const fetch = mockFetch(async (req) => {
      if (req.method === 'PUT') {
        current = { ...current, ...(await req.clone().json()), version: 3 }
        return json(current)
      }
      if (req.method === 'POST')
        return json({ ...current, status: 'SUBMITTED', version: 4, submittedAt: '2025-07-03T08:00:00Z', submittedBy: 'coord', permissions: READ_ONLY })
      return json(current)
    })
    await mountAt(`/reports/${RID}`, coordinator)
    expect(screen.getByRole('heading', { level: 1, name: 'Bilan 2025-S1' })).toBeTruthy()
    expect((screen.getByLabelText('Faits marquants') as HTMLTextAreaElement).value).toBe('Ouverture du centre de santé')
    const snap = screen.getByRole('list', { name: "Aperçu de l'instantané" })
    expect(within(snap).getByText('12 action(s), avancement moyen 40 %, 0 action(s) en retard.')).toBeTruthy()
    const axes = screen.getByRole('table', { name: 'Avancement par axe' })
    expect(within(axes).getByRole('rowheader', { name: '1. Accès aux soins' })).toBeTruthy()
    await noSeriousViolations()

    await fill(screen.getByLabelText('Freins'), 'Recrutement difficile')
    screen.getByRole('button', { name: 'Enregistrer' }).click()
    await flushPromises()
    const put = requests(fetch).find((r) => r.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"2"')
    expect(await put.clone().json()).toMatchObject({ difficulties: 'Recrutement difficile', highlights: 'Ouverture du centre de santé' })
    expect(screen.getByText('Bilan enregistré.')).toBeTruthy()

    screen.getByRole('button', { name: "Transmettre à l'ARS" }).click()
    await flushPromises()
    const dialog = screen.getByRole('alertdialog')
    within(dialog).getByRole('button', { name: "Transmettre à l'ARS" }).click()
    await flushPromises()
    const submit = requests(fetch).find((r) => r.url.endsWith('/submit'))!
    expect(submit.headers.get('If-Match')).toBe('"3"')
    expect(screen.getByText('Bilan transmis à l\'ARS.')).toBeTruthy()
    expect(screen.queryByLabelText('Faits marquants')).toBeNull()
  })

  it('deletes a draft after confirmation, with If-Match', async () => {
    const fetch = mockFetch((req) => (req.method === 'DELETE' ? new Response(null, { status: 204 }) : json(report())))
    const router = await mountAt(`/reports/${RID}`, coordinator)
    screen.getByRole('button', { name: 'Supprimer le brouillon' }).click()
    await flushPromises()
    within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Oui, supprimer' }).click()
    await flushPromises()
    const del = requests(fetch).find((r) => r.method === 'DELETE')!
    expect(del.url).toContain(`/api/v1/reports/${RID}`)
    expect(del.headers.get('If-Match')).toBe('"2"')
    expect(router.currentRoute.value.path).toBe(`/contracts/${CID}/reports`)
  })

  it('downloads the PDF through the API client', async () => {
    const created: Blob[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:x'), revokeObjectURL: () => {} }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const fetch = mockFetch((req) =>
      req.url.endsWith('report.pdf') ? new Response(new Blob(['%PDF']), { headers: { 'Content-Type': 'application/pdf' } }) : json(report()),
    )
    await mountAt(`/reports/${RID}`, coordinator)
    screen.getByRole('button', { name: 'Télécharger en PDF' }).click()
    await flushPromises()
    expect(requests(fetch).some((r) => r.url.endsWith(`/api/v1/reports/${RID}/report.pdf`))).toBe(true)
    expect(created).toHaveLength(1)
    expect(click).toHaveBeenCalled()
    click.mockRestore()
  })

  it('lets the ARS review a submitted report', async () => {
    const fetch = mockFetch(async (req) => {
      if (req.method === 'POST')
        return json(report({ status: 'REVIEWED', reviewComment: (await req.clone().json()).comment, version: 5, permissions: READ_ONLY }))
      return json(report({ status: 'SUBMITTED', version: 4, permissions: perms({ review: true }) }))
    })
    await mountAt(`/reports/${RID}`, ars)
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull()
    await noSeriousViolations()
    screen.getByRole('button', { name: "Enregistrer l'examen" }).click()
    await flushPromises()
    expect(screen.getByText('Le commentaire est obligatoire.')).toBeTruthy()
    await fill(screen.getByLabelText("Commentaire de l'ARS"), 'Bilan complet')
    screen.getByRole('button', { name: "Enregistrer l'examen" }).click()
    await flushPromises()
    const post = requests(fetch).find((r) => r.url.endsWith('/review'))!
    expect(post.headers.get('If-Match')).toBe('"4"')
    expect(await post.clone().json()).toEqual({ comment: 'Bilan complet' })
    expect(screen.getByRole('heading', { name: "Avis de l'ARS" })).toBeTruthy()
    expect(screen.getByText('Bilan examiné.')).toBeTruthy()
    expect(screen.queryByLabelText("Commentaire de l'ARS")).toBeNull()
  })

  it('shows no review form when the report says review=false, even to an ARS user on a submitted report', async () => {
    // e.g. an ARS officer who also coordinates this contract
    mockFetch(() => json(report({ status: 'SUBMITTED', version: 4, permissions: READ_ONLY })))
    await mountAt(`/reports/${RID}`, { roles: ['ars', 'coordinator'], email: 'coord@quercy.fr' })
    expect(screen.getByRole('heading', { level: 1, name: 'Bilan 2025-S1' })).toBeTruthy()
    expect(screen.queryByLabelText("Commentaire de l'ARS")).toBeNull()
    expect(screen.queryByRole('button', { name: "Enregistrer l'examen" })).toBeNull()
    expect(screen.queryByLabelText('Faits marquants')).toBeNull()
  })

  it('shows the narrative read-only when the draft says write=false, even to a coordinator', async () => {
    mockFetch(() => json(report({ permissions: READ_ONLY })))
    await mountAt(`/reports/${RID}`, coordinator)
    expect(screen.getByRole('region', { name: 'Analyse du coordonnateur' })).toBeTruthy()
    expect(screen.queryByLabelText('Faits marquants')).toBeNull()
    expect(screen.queryByRole('button', { name: "Transmettre à l'ARS" })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer le brouillon' })).toBeNull()
  })
})

describe('ARS reports to review', () => {
  const row = (over: Partial<ArsOverviewRow>): ArsOverviewRow => ({
    contractId: CID,
    name: 'CLS 2 du Grand Quercy',
    status: 'SIGNED',
    territoryName: 'PETR Grand Quercy',
    actionCount: 3,
    progress: 10,
    lateActions: 0,
    indicatorsOffTrack: 0,
    ...over,
  })
  const OTHER = '22222222-2222-4222-8222-222222222222'
  const NONE = '44444444-4444-4444-8444-444444444444'

  it('lists the submitted reports of the contracts in scope with a link to review them', async () => {
    const fetch = mockFetch((req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/v1/ars/contracts/overview')
        return json([
          row({ lastReportPeriod: '2025-S1', lastReportStatus: 'SUBMITTED' }),
          row({ contractId: OTHER, name: 'CLS de Figeac', lastReportPeriod: '2025-S1', lastReportStatus: 'REVIEWED' }),
          row({ contractId: NONE, name: 'CLS sans bilan' }),
        ])
      if (path === `/api/v1/contracts/${CID}/reports`)
        return json([report({ status: 'SUBMITTED', submittedAt: '2025-07-02T08:00:00Z', snapshot: undefined })])
      if (path === `/api/v1/contracts/${OTHER}/reports`) return json([report({ id: OTHER, contractId: OTHER, status: 'REVIEWED', snapshot: undefined })])
      return json({ status: 404 }, 404)
    })
    await mountAt('/ars/reports', ars)
    expect(requests(fetch).some((r) => r.url.includes(`/contracts/${NONE}/reports`))).toBe(false)
    const table = screen.getByRole('table', { name: 'Bilans à examiner' })
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    const link = within(table).getByRole('link', { name: 'Examiner le bilan 2025-S1 de CLS 2 du Grand Quercy' })
    expect(link.getAttribute('href')).toBe(`/reports/${RID}`)
    const nav = screen.getByRole('navigation')
    expect(within(nav).getByRole('link', { name: 'Vue régionale' }).getAttribute('href')).toBe('/ars/overview')
    expect(within(nav).getByRole('link', { name: 'Bilans à examiner' })).toBeTruthy()
    await noSeriousViolations()
  })

  it('says when nothing awaits review, and coordinators have no ARS links', async () => {
    mockFetch(() => json([]))
    await mountAt('/ars/reports', coordinator)
    expect(screen.getByText("Aucun bilan transmis en attente d'examen.")).toBeTruthy()
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Vue régionale' })).toBeNull()
  })
})

describe('plan workbook import', () => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

  async function choose(name: string, size = 10) {
    const input = screen.getByLabelText('Classeur Excel (.xlsx)') as HTMLInputElement
    const f = new File([new Uint8Array(size)], name, { type: XLSX })
    Object.defineProperty(input, 'files', { value: [f], configurable: true })
    input.dispatchEvent(new Event('change', { bubbles: true }))
    screen.getByRole('button', { name: 'Continuer' }).click()
    await flushPromises()
  }

  /** The contract, as its coordinators read it unless told otherwise; every other request answered by `rest`. */
  function importApi(rest: (req: Request) => Response, contract = sampleContract()) {
    return mockFetch((req) => (req.method === 'GET' && new URL(req.url).pathname === `/api/v1/contracts/${CID}` ? json(contract) : rest(req)))
  }
  const calls = (fetch: ReturnType<typeof mockFetch>) => requests(fetch).filter((r) => new URL(r.url).pathname !== `/api/v1/contracts/${CID}`)

  it('shows the errors of a refused workbook as a table by sheet, row and column', async () => {
    const fetch = importApi(() =>
      json(
        {
          status: 400,
          title: 'Invalid workbook',
          detail: 'Le classeur contient 2 erreur(s).',
          errors: [
            { field: 'actions!K2', message: 'date invalide' },
            { field: 'fundings!E12', message: 'montant négatif' },
          ],
        },
        400,
      ),
    )
    await mountAt(`/contracts/${CID}/import`, coordinator)
    await noSeriousViolations()
    await choose('plan.csv')
    expect(screen.getByText('Le fichier doit être un classeur .xlsx.')).toBeTruthy()
    expect(calls(fetch)).toHaveLength(0)

    await choose('plan.xlsx', 2048)
    expect(screen.getByText('Importer le fichier plan.xlsx (2 Ko) dans ce contrat ?')).toBeTruthy()
    screen.getByRole('button', { name: 'Importer' }).click()
    await flushPromises()
    const post = calls(fetch)[0]
    expect(post.method).toBe('POST')
    expect(post.url).toContain(`/api/v1/contracts/${CID}/plan.xlsx`)
    expect(post.headers.get('Content-Type')).toBe(XLSX)
    expect((await post.clone().arrayBuffer()).byteLength).toBe(2048)

    expect(screen.getByText('Le classeur contient 2 erreur(s).')).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Erreurs du classeur (2)' })
    const cells = within(table).getAllByRole('row')[1].querySelectorAll('td')
    expect([...cells].map((c) => c.textContent)).toEqual(['actions', '2', 'K', 'date invalide'])
    expect(within(table).getByText('fundings')).toBeTruthy()
    await noSeriousViolations()
  })

  it('imports a valid workbook and reports what was created', async () => {
    importApi(() => json({ contractId: CID, axes: [{}, {}], actionCount: 5, progress: 0 }))
    await mountAt(`/contracts/${CID}/import`, coordinator)
    await choose('plan.xlsx')
    screen.getByRole('button', { name: 'Importer' }).click()
    await flushPromises()
    expect(screen.getByText('Plan importé : 2 axe(s), 5 action(s).')).toBeTruthy()
    expect(screen.getByRole('link', { name: "Voir le plan d'action" }).getAttribute('href')).toBe(`/contracts/${CID}/plan`)
  })

  it('offers the ARS the export but not the import', async () => {
    importApi(() => json({}), sampleContract({ permissions: ARS_CONTRACT_RIGHTS }))
    await mountAt(`/contracts/${CID}/import`, ars)
    expect(screen.getByText('Seuls les coordonnateurs du contrat peuvent importer un plan.')).toBeTruthy()
    expect(screen.queryByLabelText('Classeur Excel (.xlsx)')).toBeNull()
    expect(screen.getByRole('button', { name: 'Exporter en Excel' })).toBeTruthy()
  })

  it('offers no import when the contract says write=false, even to a coordinator listed on it', async () => {
    importApi(() => json({}), sampleContract({ permissions: READ_ONLY }))
    await mountAt(`/contracts/${CID}/import`, coordinator)
    expect(screen.getByText('Seuls les coordonnateurs du contrat peuvent importer un plan.')).toBeTruthy()
    expect(screen.queryByLabelText('Classeur Excel (.xlsx)')).toBeNull()
  })

  it('exports the plan workbook with the API client', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const fetch = importApi(() => new Response(new Blob(['PK']), { headers: { 'Content-Type': XLSX } }))
    await mountAt(`/contracts/${CID}/import`, coordinator)
    screen.getByRole('button', { name: 'Exporter en Excel' }).click()
    await flushPromises()
    expect(calls(fetch)[0].url).toContain(`/api/v1/contracts/${CID}/plan.xlsx`)
    expect(calls(fetch)[0].method).toBe('GET')
    expect(click).toHaveBeenCalled()
    click.mockRestore()
  })
})
