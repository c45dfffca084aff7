import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import PrimeVue from 'primevue/config'
import { fireEvent, screen, within } from '@testing-library/dom'
import axe from 'axe-core'
import { createAppI18n } from '@/i18n'
import ContractDashboardPage from '@/pages/ContractDashboardPage.vue'
import type { Dashboard } from '@/api/reporting'
import { cleanup, json, mockFetch, requests } from './helpers'

afterEach(cleanup)

const id = '11111111-1111-4111-8111-111111111111'

function sample(): Dashboard {
  const none = { NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0, POSTPONED: 0, ABANDONED: 0 }
  return {
    contractId: id,
    today: '2026-11-23',
    actionCount: 3,
    progress: 45,
    byStatus: { ...none, IN_PROGRESS: 2, DONE: 1 },
    axes: [
      { axisId: 'a1', number: 1, title: 'Prévention', actionCount: 3, progress: 45, byStatus: { ...none, IN_PROGRESS: 2, DONE: 1 }, late: 1 },
      { axisId: 'a2', number: 2, title: 'Accès aux soins', actionCount: 0, progress: 0, byStatus: none, late: 0 },
    ],
    lateActions: [
      { id: 'x1', code: '1.1.2', title: 'Forum santé 2024', axisNumber: 1, endDate: '2024-12-31', status: 'IN_PROGRESS', progress: 50, daysLate: 327 },
    ],
    budget: [
      { funderId: 'f1', funderName: 'ARS Occitanie', year: 2025, planned: 12000, granted: 12000, paid: 3000 },
      { funderId: 'f2', funderName: 'Centre hospitalier', year: 2026, planned: 5000, granted: 0, paid: 0 },
    ],
    budgetTotals: { planned: 17000, granted: 12000, paid: 3000 },
    sections: {},
  }
}

async function mountDashboard() {
  setActivePinia(createPinia())
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/contracts/:id', name: 'contract', component: { render: () => null } },
      { path: '/contracts/:id/dashboard', name: 'contract-dashboard', component: ContractDashboardPage, props: true },
      { path: '/contracts/:id/decisions', name: 'contract-decisions', component: { render: () => null } },
      { path: '/meetings/:id', name: 'meeting', component: { render: () => null } },
    ],
  })
  await router.push(`/contracts/${id}/dashboard`)
  await router.isReady()
  const Root = defineComponent({ render: () => h(RouterView) })
  mount(Root, { attachTo: document.body, global: { plugins: [router, createAppI18n('fr'), PrimeVue] } })
  await flushPromises()
}

describe('contract dashboard', () => {
  it('shows each chart with a text alternative and a table view', async () => {
    const fetch = mockFetch(() => json(sample()))
    await mountDashboard()
    expect(requests(fetch)[0].url).toContain(`/api/v1/contracts/${id}/dashboard`)
    expect(screen.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeTruthy()
    expect(screen.getByText('3 action(s), avancement moyen 45 %, 1 action(s) en retard.')).toBeTruthy()
    const statusChart = screen.getByRole('img', { name: /Actions par statut : Non démarrée 0, En cours 2, Réalisée 1/ })
    expect(statusChart).toBeTruthy()
    expect(screen.getByRole('img', { name: /Avancement moyen par axe : 1\. Prévention 45 %, 2\. Accès aux soins 0 %/ })).toBeTruthy()
    expect(screen.getByRole('img', { name: /Financements par année/ }).getAttribute('aria-label')).toContain('2025')

    const toggles = screen.getAllByRole('button', { name: 'Afficher le tableau' })
    expect(toggles).toHaveLength(3)
    expect(toggles[2].getAttribute('aria-expanded')).toBe('false')
    await fireEvent.click(toggles[2])
    expect(toggles[2].getAttribute('aria-expanded')).toBe('true')
    const table = screen.getByRole('table', { name: 'Financements par année' })
    expect(within(table).getByRole('rowheader', { name: 'ARS Occitanie' })).toBeTruthy()
    expect(within(table).getByRole('rowheader', { name: 'Total' })).toBeTruthy()

    const late = screen.getByRole('table', { name: 'Actions en retard' })
    expect(within(late).getByRole('rowheader', { name: 'Forum santé 2024' })).toBeTruthy()
    // every table has its CSV button, named after the table
    for (const name of ['Actions par statut', 'Avancement par axe', 'Financements par année', 'Actions en retard']) {
      expect(screen.getByRole('button', { name: `Télécharger en CSV : ${name}`, hidden: true }).textContent).toContain('Télécharger en CSV')
    }
  })

  it('shows the indicators by status, the next meetings and the open decisions', async () => {
    const withSections = sample()
    withSections.sections = {
      indicators: { count: 4, byTrackStatus: { ON_TRACK: 2, AT_RISK: 1, OFF_TRACK: 0, NO_DATA: 1 } },
      meetings: {
        upcoming: [{ id: 'm1', committeeId: 'c1', committeeName: 'COPIL annuel', committeeKind: 'COPIL', startsAt: '2026-12-11T13:00:00Z', place: 'Cahors' }],
      },
      decisions: { open: 3, overdue: 1, mostOverdue: { id: 'd1', meetingId: 'm0', text: 'Relancer les MSP', dueDate: '2026-03-01' } },
    }
    mockFetch(() => json(withSections))
    await mountDashboard()
    expect(screen.getByRole('img', { name: /4 indicateur\(s\) : En bonne voie : 2, À surveiller : 1, En retard : 0, Pas de donnée : 1/ })).toBeTruthy()
    expect(screen.getByRole('link', { name: /COPIL annuel/ }).getAttribute('href')).toBe('/meetings/m1')
    expect(screen.getByText(/3 décision\(s\) ouverte\(s\), dont 1 en retard/)).toBeTruthy()
    expect(screen.getByText(/La plus en retard : « Relancer les MSP »/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Tableau des décisions' }).getAttribute('href')).toBe(`/contracts/${id}/decisions`)
  })

  it('says when the contract is out of scope', async () => {
    mockFetch(() => json({ title: 'Not Found', status: 404, detail: 'Contract not found.' }, 404))
    await mountDashboard()
    expect(screen.getByRole('alert').textContent).toContain('Contrat introuvable')
  })

  it('has no serious axe violation, tables shown', async () => {
    mockFetch(() => json(sample()))
    await mountDashboard()
    for (const b of screen.getAllByRole('button', { name: 'Afficher le tableau' })) await fireEvent.click(b)
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
    expect(serious).toEqual([])
  })
})
