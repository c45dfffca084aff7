import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import PrimeVue from 'primevue/config'
import { fireEvent, screen, within } from '@testing-library/dom'
import axe from 'axe-core'
import { createAppI18n } from '@/i18n'
import ArsOverviewPage from '@/pages/ArsOverviewPage.vue'
import type { ArsOverviewRow } from '@/api/reporting'
import { cleanup, json, mockFetch, requests } from './helpers'

afterEach(cleanup)

const rows: ArsOverviewRow[] = [
  {
    contractId: '11111111-1111-4111-8111-111111111111',
    name: 'CLS 2 du Grand Quercy',
    status: 'SIGNED',
    territoryName: 'PETR Grand Quercy',
    endDate: '2029-12-31',
    actionCount: 12,
    progress: 40,
    lateActions: 2,
    indicatorsOffTrack: 3,
    lastReportPeriod: '2025-S1',
    lastReportStatus: 'SUBMITTED',
  },
  {
    contractId: '22222222-2222-4222-8222-222222222222',
    name: 'CLS de Figeac',
    status: 'ELABORATION',
    territoryName: 'Grand Figeac',
    actionCount: 0,
    progress: 0,
    indicatorsOffTrack: 0,
    lateActions: 0,
  },
]

async function mountOverview() {
  setActivePinia(createPinia())
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/ars/overview', component: ArsOverviewPage }, { path: '/:p(.*)*', component: { render: () => null } }],
  })
  await router.push('/ars/overview')
  await router.isReady()
  mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [router, createAppI18n('fr'), PrimeVue] },
  })
  await flushPromises()
}

describe('ARS overview', () => {
  it('lists the contracts in scope with their figures and latest report', async () => {
    const fetch = mockFetch(() => json(rows))
    await mountOverview()
    expect(requests(fetch)[0].url).toContain('/api/v1/ars/contracts/overview')
    expect(screen.getByText('2 contrat(s), 2 action(s) en retard et 3 indicateur(s) hors trajectoire au total.')).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Contrats de mon périmètre ARS' })
    const quercy = within(table).getByRole('link', { name: 'CLS 2 du Grand Quercy' })
    expect(quercy.getAttribute('href')).toBe('/contracts/11111111-1111-4111-8111-111111111111/dashboard')
    expect(within(table).getByText('2025-S1 (transmis)')).toBeTruthy()
    expect(within(table).getByText('Aucun bilan')).toBeTruthy()
    const offTrack = within(table).getByRole('columnheader', { name: 'Indicateurs hors trajectoire' })
    const column = [...offTrack.parentElement!.children].indexOf(offTrack)
    expect(within(table).getAllByRole('row').slice(1).map((tr) => tr.children[column].textContent)).toEqual(['3', '0'])
    const counts = screen.getByRole('list', { name: 'Contrats par statut' })
    expect(within(counts).getByText('Signé : 1')).toBeTruthy()
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  })

  it('saves the table as CSV', async () => {
    const blobs: Blob[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:csv'), revokeObjectURL: () => {} }))
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    mockFetch(() => json(rows))
    await mountOverview()
    await fireEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }))
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsText(blobs[0])
    })
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Contrat;Territoire;Statut;Actions;Avancement;En retard;Indicateurs hors trajectoire;Dernier bilan',
      'CLS 2 du Grand Quercy;PETR Grand Quercy;Signé;12;40;2;3;2025-S1 (transmis)',
      'CLS de Figeac;Grand Figeac;Élaboration;0;0;0;0;Aucun bilan',
      '',
    ])
  })

  it('says when an ARS user has no contract', async () => {
    mockFetch(() => json([]))
    await mountOverview()
    expect(screen.getByText('Aucun contrat dans votre périmètre.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Télécharger en CSV' })).toBeNull()
  })
})
