import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import PrimeVue from 'primevue/config'
import { fireEvent, screen, within } from '@testing-library/dom'
import axe from 'axe-core'
import { createAppI18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import type { Indicator, IndicatorDue, Measurement } from '@/api/indicators'
import MyIndicatorsPage from '@/pages/MyIndicatorsPage.vue'
import ActionIndicatorsPage from '@/pages/ActionIndicatorsPage.vue'
import AppHeader from '@/components/AppHeader.vue'
import { description, fill, json, mockFetch, requests } from './helpers'

const chart = vi.hoisted(() => ({ render: vi.fn(), update: vi.fn(), dispose: vi.fn() }))
vi.mock('@/components/indicator/indicatorChart', () => ({
  renderChart: (...args: unknown[]) => {
    chart.render(...args)
    return { update: chart.update, dispose: chart.dispose }
  },
}))

const ACTION = '33333333-3333-4333-8333-333333333333'
const IND = '44444444-4444-4444-8444-444444444444'
const IND2 = '55555555-5555-4555-8555-555555555555'
const path = (req: Request) => new URL(req.url).pathname
const SLOW = { timeout: 20_000 }

function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: IND,
    version: 0,
    actionId: ACTION,
    contractId: '11111111-1111-4111-8111-111111111111',
    name: 'Participants aux ateliers',
    kind: 'PROCESS',
    unit: 'personnes',
    direction: 'INCREASE',
    baseline: { value: 0, date: '2025-01-01' },
    target: { value: 200, date: '2026-12-31' },
    frequency: 'SEMIANNUAL',
    latestValue: 45,
    latestDate: '2025-06-30',
    achievement: 0.225,
    expectedAchievement: 0.6,
    trackStatus: 'OFF_TRACK',
    nextDueDate: '2025-12-31',
    canRecord: true,
    canEdit: false,
    createdAt: '2025-01-02T09:00:00Z',
    createdBy: 'coord',
    updatedAt: '2025-01-02T09:00:00Z',
    updatedBy: 'coord',
    ...over,
  }
}

function measurement(date: string, value: number): Measurement {
  return {
    id: `m-${date}`,
    version: 0,
    indicatorId: IND,
    date,
    value,
    author: 'pilot',
    authorName: 'Paul Pilote',
    recordedAt: `${date}T10:00:00Z`,
  }
}

function due(over: Partial<IndicatorDue> = {}, ind: Partial<Indicator> = {}): IndicatorDue {
  return {
    indicator: indicator(ind),
    actionId: ACTION,
    actionCode: '1.1.1',
    actionTitle: 'Sport santé sur ordonnance',
    contractId: '11111111-1111-4111-8111-111111111111',
    contractName: 'CLS 2 du Grand Quercy',
    daysOverdue: 40,
    ...over,
  }
}

const mounted: { unmount(): void }[] = []

async function mountAt(url: string, roles: string[] = ['pilot']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.authenticated = true
  auth.me = {
    subject: 'sub-1',
    username: 'pilot',
    name: 'Paul Pilote',
    email: 'pilot@example.org',
    roles,
    scope: { regionCodes: [], departementCodes: [] },
  }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/me/indicators', name: 'my-indicators', component: MyIndicatorsPage },
      { path: '/indicators/actions/:actionId', name: 'action-indicators', component: ActionIndicatorsPage, props: true },
      { path: '/contracts', component: { render: () => null } },
      { path: '/', component: { render: () => null } },
    ],
  })
  await router.push(url)
  await router.isReady()
  const Root = defineComponent({ render: () => [h(AppHeader), h('main', [h(RouterView)])] })
  const wrapper = mount(Root, { attachTo: document.body, global: { plugins: [pinia, router, createAppI18n('fr'), PrimeVue] } })
  mounted.push(wrapper)
  await flushPromises()
  return { wrapper, router }
}

async function seriousViolations() {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}

beforeEach(() => {
  chart.render.mockReset()
  chart.update.mockReset()
  chart.dispose.mockReset()
})

afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount()
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

describe('indicators panel', SLOW, () => {
  it('shows each indicator with its status, figures, chart and table of values', async () => {
    mockFetch((req) => (path(req).endsWith('/measurements') ? json([measurement('2025-06-30', 45)]) : json([indicator()])))
    await mountAt(`/indicators/actions/${ACTION}`)

    const card = screen.getByRole('article', { name: 'Participants aux ateliers' })
    expect(within(card).getByText('En retard')).toBeTruthy()
    expect(within(card).getByText('Réalisation, hausse visée, fréquence semestrielle')).toBeTruthy()
    expect(within(card).getByText('23 %', { normalizer: (s) => s.replace(/\s/g, ' ') })).toBeTruthy()
    expect(within(card).getByRole('img', { name: /Graphique de l'indicateur « Participants aux ateliers »/ })).toBeTruthy()
    expect(chart.render).toHaveBeenCalledTimes(1)
    expect(chart.render.mock.calls[0][2]).toEqual([measurement('2025-06-30', 45)])

    const toggle = within(card).getByRole('button', { name: 'Afficher le tableau des valeurs' })
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    await fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    const table = within(card).getByRole('table', { name: "Valeurs de l'indicateur « Participants aux ateliers »" })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['01/01/2025', '30/06/2025', '31/12/2026'])
    expect(within(rows[1]).getByText('Paul Pilote', { exact: false })).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })

  it('lets the pilot record a value inline, then redraws the chart', async () => {
    let values = [measurement('2025-06-30', 45)]
    let current = indicator()
    const fetch = mockFetch((req) => {
      if (path(req).endsWith('/measurements') && req.method === 'POST') {
        values = [...values, measurement('2025-12-31', 120)]
        current = indicator({ latestValue: 120, latestDate: '2025-12-31', achievement: 0.6, trackStatus: 'ON_TRACK', nextDueDate: '2026-06-30' })
        return json(values[1], 201, { ETag: '"0"' })
      }
      return path(req).endsWith('/measurements') ? json(values) : json([current])
    })
    await mountAt(`/indicators/actions/${ACTION}`)
    const card = screen.getByRole('article', { name: 'Participants aux ateliers' })
    const form = within(card).getByRole('form', { name: /Nouvelle valeur/ })
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe('2025-12-31')
    await fill(within(form).getByLabelText('Valeur (personnes)'), '120')
    await fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la valeur' }))
    await flushPromises()

    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(path(post)).toBe(`/api/v1/indicators/${IND}/measurements`)
    expect(await post.json()).toEqual({ date: '2025-12-31', value: 120 })
    expect(screen.getByRole('status').textContent).toContain('Valeur du 31/12/2025 enregistrée pour « Participants aux ateliers ».')
    expect(within(card).getByText('En bonne voie')).toBeTruthy()
    expect(chart.update).toHaveBeenCalled()
    expect(chart.update.mock.calls.at(-1)![1]).toHaveLength(2)
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe('2026-06-30')
  })

  it('shows the field errors of a refused value next to the field', async () => {
    mockFetch((req) =>
      req.method === 'POST'
        ? json({ title: 'Invalid request', status: 400, errors: [{ field: 'value', message: 'ne doit pas être nul' }] }, 400)
        : path(req).endsWith('/measurements')
          ? json([])
          : json([indicator({ latestValue: undefined, latestDate: undefined, achievement: undefined, trackStatus: 'NO_DATA' })]),
    )
    await mountAt(`/indicators/actions/${ACTION}`)
    const form = screen.getByRole('form', { name: /Nouvelle valeur/ })
    await fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la valeur' }))
    await flushPromises()
    const input = within(form).getByLabelText('Valeur (personnes)')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(description(input)).toContain('ne doit pas être nul')
    expect(screen.getByText('Pas de donnée')).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })

  it('offers no entry to those who may not record values', async () => {
    mockFetch((req) => (path(req).endsWith('/measurements') ? json([]) : json([indicator({ canRecord: false })])))
    await mountAt(`/indicators/actions/${ACTION}`, ['ars'])
    expect(screen.getByRole('article', { name: 'Participants aux ateliers' })).toBeTruthy()
    expect(screen.queryByRole('form')).toBeNull()
    expect(screen.queryByRole('link', { name: 'Mes indicateurs' })).toBeNull()
  })
})

describe('my indicators to fill in', SLOW, () => {
  it('saves the values typed in place in one batch', async () => {
    let list = [due(), due({ actionCode: '3.1.1', actionTitle: 'Premiers secours', daysOverdue: 0 }, { id: IND2, name: 'Personnes formées' })]
    const fetch = mockFetch((req) => {
      if (req.method === 'POST') {
        list = []
        return json({ measurements: [measurement('2025-12-31', 120), measurement('2025-12-31', 8)], created: 2, updated: 0 })
      }
      return json({ items: list, page: 0, size: 200, totalItems: list.length })
    })
    await mountAt('/me/indicators')
    expect(screen.getByRole('heading', { level: 1, name: 'Mes indicateurs à renseigner' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Mes indicateurs' })).toBeTruthy()
    const table = screen.getByRole('table', { name: "Indicateurs à renseigner, les plus en retard d'abord" })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    expect(within(rows[0]).getByText('40 j de retard')).toBeTruthy()
    expect(within(rows[0]).getByRole('link', { name: /Voir l'indicateur/ }).getAttribute('href')).toBe(`/indicators/actions/${ACTION}`)

    await fill(screen.getByLabelText('Valeur de « Participants aux ateliers » au 31/12/2025'), '120')
    await fill(screen.getByLabelText('Valeur de « Personnes formées » au 31/12/2025'), '8,5')
    await fill(screen.getByLabelText('Commentaire pour « Personnes formées »'), 'Deux sessions')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les valeurs' }))
    await flushPromises()

    const posts = requests(fetch).filter((r) => r.method === 'POST')
    expect(posts).toHaveLength(1)
    expect(path(posts[0])).toBe('/api/v1/measurements/batch')
    expect(await posts[0].json()).toEqual({
      measurements: [
        { indicatorId: IND, date: '2025-12-31', value: 120 },
        { indicatorId: IND2, date: '2025-12-31', value: 8.5, comment: 'Deux sessions' },
      ],
    })
    expect(screen.getByRole('status').textContent).toContain('2 valeur(s) enregistrée(s).')
    expect(screen.getByText('Aucun indicateur à renseigner pour le moment.')).toBeTruthy()
  })

  it('shows the errors of each rejected line and keeps what was typed', async () => {
    const list = [due(), due({}, { id: IND2, name: 'Personnes formées' })]
    mockFetch((req) =>
      req.method === 'POST'
        ? json(
            {
              title: 'Invalid request',
              status: 400,
              errors: [{ field: 'measurements[1].value', message: 'nombre attendu' }],
            },
            400,
          )
        : json({ items: list, page: 0, size: 200, totalItems: 2 }),
    )
    await mountAt('/me/indicators')
    await fill(screen.getByLabelText('Valeur de « Participants aux ateliers » au 31/12/2025'), '120')
    await fill(screen.getByLabelText('Valeur de « Personnes formées » au 31/12/2025'), 'douze')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les valeurs' }))
    await flushPromises()

    const bad = screen.getByLabelText('Valeur de « Personnes formées » au 31/12/2025') as HTMLInputElement
    expect(bad.getAttribute('aria-invalid')).toBe('true')
    expect(description(bad)).toBe('nombre attendu')
    expect(bad.value).toBe('douze')
    expect(screen.getByLabelText('Valeur de « Participants aux ateliers » au 31/12/2025').getAttribute('aria-invalid')).toBeNull()
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain("Rien n'a été enregistré")
    expect(alert.textContent).toContain('Erreur sur la ligne « Personnes formées » : nombre attendu')
    expect(await seriousViolations()).toEqual([])
  })

  it('asks for a value before saving, and can include what is due soon', async () => {
    const fetch = mockFetch(() => json({ items: [due()], page: 0, size: 200, totalItems: 1 }))
    await mountAt('/me/indicators')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les valeurs' }))
    await flushPromises()
    expect(screen.getByRole('alert').textContent).toContain('Saisissez au moins une valeur.')
    expect(requests(fetch).some((r) => r.method === 'POST')).toBe(false)
    await fireEvent.click(screen.getByLabelText('Inclure les échéances des 30 prochains jours'))
    await flushPromises()
    expect(new URL(requests(fetch).at(-1)!.url).searchParams.get('withinDays')).toBe('30')
  })
})
