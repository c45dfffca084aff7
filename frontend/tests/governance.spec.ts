import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import axe from 'axe-core'
import PrimeVue from 'primevue/config'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/i18n'
import ActionGovernance from '@/components/governance/ActionGovernance.vue'
import { parisLocalToOffset, offsetToParisLocal } from '@/composables/useGovernance'
import { ARS_CONTRACT_RIGHTS, READ_ONLY, ars, cleanup, coordinator, fill, json, mockFetch, mountAt, requests, sampleContract } from './helpers'

afterEach(cleanup)

// Whole pages on a loaded machine: more room than the 5 s default
const SLOW = { timeout: 45_000 }
const c = sampleContract()
const MEETING_ID = '33333333-3333-4333-8333-333333333333'
const COMMITTEE_ID = '44444444-4444-4444-8444-444444444444'
const PAUL = { id: '55555555-5555-4555-8555-555555555555', firstName: 'Paul', lastName: 'Pilote', organisation: 'CPTS du Grand Cahors' }
const ACTION = { id: '66666666-6666-4666-8666-666666666666', code: '1.1.1', title: 'Sport santé sur ordonnance' }
const path = (req: Request) => new URL(req.url).pathname

function meeting(over: Record<string, unknown> = {}) {
  return {
    id: MEETING_ID,
    version: 2,
    committeeId: COMMITTEE_ID,
    committeeName: 'COPIL annuel',
    committeeKind: 'COPIL',
    contractId: c.id,
    startsAt: '2025-12-11T14:00:00+01:00',
    endsAt: '2025-12-11T16:30:00+01:00',
    place: 'Cahors',
    status: 'PLANNED',
    agenda: [{ title: 'Bilan annuel', durationMinutes: 45, presenterContactId: PAUL.id, presenter: PAUL, actionId: ACTION.id, action: ACTION }],
    invitees: [{ contactId: PAUL.id, contact: PAUL, status: 'INVITED' }],
    minutes: null,
    minutesHtml: null,
    createdAt: '2025-11-01T09:00:00Z',
    createdBy: 'coord',
    updatedAt: '2025-11-01T09:00:00Z',
    updatedBy: 'coord',
    ...over,
  }
}

function decision(over: Record<string, unknown> = {}) {
  return {
    id: '77777777-7777-4777-8777-777777777777',
    version: 0,
    meetingId: MEETING_ID,
    meetingStartsAt: '2025-12-11T14:00:00+01:00',
    committeeId: COMMITTEE_ID,
    committeeName: 'COPIL annuel',
    contractId: c.id,
    text: 'Relancer les MSP',
    ownerContactId: PAUL.id,
    owner: PAUL,
    dueDate: '2026-03-01',
    status: 'OPEN',
    createdAt: '2025-12-11T16:00:00Z',
    createdBy: 'coord',
    updatedAt: '2025-12-11T16:00:00Z',
    updatedBy: 'coord',
    ...over,
  }
}

const page = (items: unknown[]) => ({ items, page: 0, size: 200, totalItems: items.length })

async function seriousViolations() {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}

describe('Paris times', () => {
  it('reads a datetime-local value as Paris time, winter and summer', () => {
    expect(parisLocalToOffset('2025-12-11T14:00')).toBe('2025-12-11T14:00:00+01:00')
    expect(parisLocalToOffset('2026-06-11T14:00')).toBe('2026-06-11T14:00:00+02:00')
    expect(offsetToParisLocal('2026-06-11T12:00:00Z')).toBe('2026-06-11T14:00')
  })
})

describe('meeting page', SLOW, () => {
  it('lets a coordinator build the agenda, tick attendance, write minutes with a preview and add a decision', async () => {
    let current = meeting()
    let decisions: unknown[] = []
    const fetch = mockFetch(async (req) => {
      const p = path(req)
      if (p === `/api/v1/meetings/${MEETING_ID}` && req.method === 'GET') return json(current, 200, { ETag: '"2"' })
      if (p === `/api/v1/meetings/${MEETING_ID}` && req.method === 'PATCH') {
        const body = await req.clone().json()
        current = meeting({ ...current, ...body, version: current.version + 1, agenda: body.agenda ? body.agenda.map((i: { actionId?: string }) => ({ ...i, action: i.actionId === ACTION.id ? ACTION : undefined })) : current.agenda, minutesHtml: body.minutes ? '<h1>CR</h1>' : null })
        return json(current)
      }
      if (p.endsWith('/attendance')) {
        const body = (await req.clone().json()) as { contactId: string; status: string }[]
        current = meeting({ ...current, version: current.version + 1, invitees: [{ contactId: PAUL.id, contact: PAUL, status: body[0].status }] })
        return json(current)
      }
      if (p === '/api/v1/markdown/preview') return json({ html: '<h1>Compte rendu</h1><p><strong>12</strong> présents</p>' })
      if (p.endsWith('/decisions') && req.method === 'POST') {
        decisions = [decision()]
        return json(decisions[0], 201)
      }
      if (p.endsWith('/decisions')) return json(page(decisions))
      if (p.endsWith('/documents')) return json([])
      if (p === '/api/v1/partners') return json(page([]))
      return json(c, 200, { ETag: '"3"' })
    })
    await mountAt(`/meetings/${MEETING_ID}`, coordinator)

    expect(screen.getByRole('heading', { level: 1, name: 'COPIL annuel du 11/12/2025' })).toBeTruthy()
    // agenda builder
    const agenda = screen.getByRole('region', { name: 'Ordre du jour' })
    await fill(within(agenda).getByLabelText('Point'), 'Santé mentale')
    await fill(within(agenda).getByLabelText('Durée (minutes)'), '30')
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Ajouter le point' }))
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Monter le point « Santé mentale »' }))
    await fireEvent.click(within(agenda).getByRole('button', { name: "Enregistrer l'ordre du jour" }))
    await flushPromises()
    const patch = requests(fetch).find((r) => r.method === 'PATCH')!
    expect(patch.headers.get('If-Match')).toBe('"2"')
    expect(patch.headers.get('Content-Type')).toContain('application/merge-patch+json')
    expect((await patch.clone().json()).agenda.map((i: { title: string }) => i.title)).toEqual(['Santé mentale', 'Bilan annuel'])
    expect(screen.getByText('Ordre du jour enregistré.')).toBeTruthy()
    expect(within(agenda).getByText('Durée totale : 75 min')).toBeTruthy()

    // attendance sheet
    const sheet = screen.getByRole('region', { name: "Feuille d'émargement" })
    const paul = within(sheet).getByRole('group', { name: 'Présence de Paul Pilote' })
    await fireEvent.click(within(paul).getByLabelText('Présent'))
    await fireEvent.click(within(sheet).getByRole('button', { name: 'Enregistrer les présences' }))
    await flushPromises()
    const put = requests(fetch).find((r) => path(r).endsWith('/attendance'))!
    expect(await put.clone().json()).toEqual([{ contactId: PAUL.id, status: 'PRESENT' }])
    expect(put.headers.get('If-Match')).toBe('"3"')

    // minutes with preview rendered by the API
    const minutes = screen.getByRole('region', { name: 'Compte rendu' })
    await fill(within(minutes).getByLabelText('Compte rendu (Markdown)'), '# Compte rendu\n\n**12** présents')
    await fireEvent.click(within(minutes).getByRole('button', { name: 'Aperçu' }))
    await flushPromises()
    const preview = within(minutes).getByRole('region', { name: 'Aperçu du compte rendu' })
    expect(within(preview).getByRole('heading', { name: 'Compte rendu' })).toBeTruthy()
    await fireEvent.click(within(minutes).getByRole('button', { name: 'Marquer la réunion comme tenue' }))
    await flushPromises()
    const held = requests(fetch).filter((r) => r.method === 'PATCH').pop()!
    expect(await held.clone().json()).toEqual({ minutes: '# Compte rendu\n\n**12** présents', status: 'HELD' })

    // a decision added inline
    const dec = screen.getByRole('region', { name: 'Décisions' })
    await fill(within(dec).getByLabelText('Décision'), 'Relancer les MSP')
    await fill(within(dec).getByLabelText('Responsable'), PAUL.id)
    await fill(within(dec).getByLabelText('Échéance'), '2026-03-01')
    await fill(within(dec).getByLabelText('Action liée'), ACTION.id)
    await fireEvent.click(within(dec).getByRole('button', { name: 'Ajouter la décision' }))
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST' && path(r).endsWith('/decisions'))!
    expect(await post.clone().json()).toEqual({ text: 'Relancer les MSP', ownerContactId: PAUL.id, dueDate: '2026-03-01', actionId: ACTION.id })
    expect(within(dec).getByRole('cell', { name: /^Relancer les MSP/ })).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })

  it('is read-only for the ARS: minutes shown as rendered, no forms', async () => {
    mockFetch((req) => {
      const p = path(req)
      if (p === `/api/v1/meetings/${MEETING_ID}`) return json(meeting({ status: 'HELD', minutes: '# CR', minutesHtml: '<h1>CR du COPIL</h1>' }))
      if (p.endsWith('/decisions')) return json(page([decision()]))
      if (p.endsWith('/documents')) return json([])
      return json(sampleContract({ permissions: ARS_CONTRACT_RIGHTS }), 200, { ETag: '"3"' })
    })
    await mountAt(`/meetings/${MEETING_ID}`, ars)
    const minutes = screen.getByRole('region', { name: 'Compte rendu' })
    expect(within(minutes).getByRole('heading', { name: 'CR du COPIL' })).toBeTruthy()
    expect(screen.queryByLabelText('Compte rendu (Markdown)')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Ajouter la décision' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Enregistrer les présences' })).toBeNull()
    expect(within(screen.getByRole('region', { name: "Feuille d'émargement" })).getByRole('cell', { name: 'Invité' })).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })
})

describe('decisions board', SLOW, () => {
  it('shows open, done and dropped decisions and lets a coordinator close one', async () => {
    const open = decision()
    const fetch = mockFetch((req) => {
      const p = path(req)
      if (p.endsWith('/decisions') && req.method === 'GET')
        return json(page([open, decision({ id: '88888888-8888-4888-8888-888888888888', text: 'Organiser un forum', status: 'DROPPED' })]))
      if (p.startsWith('/api/v1/decisions/')) return json(decision({ status: 'DONE', version: 1 }))
      return json(c, 200, { ETag: '"3"' })
    })
    await mountAt(`/contracts/${c.id}/decisions`, coordinator)
    const openColumn = screen.getByRole('region', { name: 'À suivre (1)' })
    expect(within(openColumn).getByText('Relancer les MSP')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'Abandonnée (1)' })).getByText('Organiser un forum')).toBeTruthy()
    await fill(within(openColumn).getByLabelText('Statut de la décision « Relancer les MSP »'), 'DONE')
    await flushPromises()
    const patch = requests(fetch).find((r) => r.method === 'PATCH')!
    expect(await patch.clone().json()).toEqual({ status: 'DONE' })
    expect(within(screen.getByRole('region', { name: 'Réalisée (1)' })).getByText('Relancer les MSP')).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })

  it('offers no status change when the contract says write=false, even to a coordinator listed on it', async () => {
    mockFetch((req) =>
      path(req).endsWith('/decisions') ? json(page([decision()])) : json(sampleContract({ permissions: READ_ONLY }), 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}/decisions`, coordinator)
    expect(within(screen.getByRole('region', { name: 'À suivre (1)' })).getByText('Relancer les MSP')).toBeTruthy()
    expect(screen.queryByLabelText('Statut de la décision « Relancer les MSP »')).toBeNull()
  })
})

describe('contract page', SLOW, () => {
  it('shows the upcoming meetings and the documents, and uploads one', async () => {
    let docs: unknown[] = []
    const fetch = mockFetch((req) => {
      const p = path(req)
      if (p.endsWith('/meetings')) return json(page([meeting({ startsAt: '2030-01-10T10:00:00+01:00' })]))
      if (p.endsWith('/documents') && req.method === 'POST') {
        docs = [{ id: 'd1', version: 0, contractId: c.id, fileName: 'contrat.pdf', contentType: 'application/pdf', sizeBytes: 2048, sha256: 'ab', createdAt: '2025-01-02T09:00:00Z', createdBy: 'coord' }]
        return json(docs[0], 201)
      }
      if (p.endsWith('/documents')) return json(docs)
      if (p.endsWith('/amendments')) return json([])
      return json(c, 200, { ETag: '"3"' })
    })
    await mountAt(`/contracts/${c.id}`, coordinator)
    const upcoming = screen.getByRole('region', { name: 'Prochaines réunions' })
    expect(within(upcoming).getByRole('link', { name: 'COPIL annuel — 10/01/2030 10:00' })).toBeTruthy()
    expect(new URL(requests(fetch).find((r) => path(r).endsWith('/meetings'))!.url).searchParams.get('from')).toBeTruthy()

    const documents = screen.getByRole('region', { name: 'Documents' })
    const input = within(documents).getByLabelText('Fichier') as HTMLInputElement
    const file = new File(['%PDF-1.4'], 'contrat.pdf', { type: 'application/pdf' })
    Object.defineProperty(input, 'files', { value: [file] })
    await fireEvent.click(within(documents).getByRole('button', { name: 'Déposer le document' }))
    await flushPromises()
    const upload = requests(fetch).find((r) => r.method === 'POST')!
    expect(path(upload)).toBe(`/api/v1/contracts/${c.id}/documents`)
    expect(within(documents).getByText('Document « contrat.pdf » déposé.')).toBeTruthy()
    expect(within(documents).getByRole('button', { name: 'Télécharger contrat.pdf' })).toBeTruthy()
  })

  it('shows the refusal of a disallowed file', async () => {
    mockFetch((req) => {
      const p = path(req)
      if (p.endsWith('/documents') && req.method === 'POST')
        return json({ title: 'Unsupported Media Type', status: 415, detail: 'Files of type text/x-sh are not accepted' }, 415)
      if (p.endsWith('/documents') || p.endsWith('/amendments')) return json([])
      if (p.endsWith('/meetings')) return json(page([]))
      return json(c, 200, { ETag: '"3"' })
    })
    await mountAt(`/contracts/${c.id}`, coordinator)
    const documents = screen.getByRole('region', { name: 'Documents' })
    const input = within(documents).getByLabelText('Fichier') as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['#!/bin/sh'], 'x.sh')] })
    await fireEvent.click(within(documents).getByRole('button', { name: 'Déposer le document' }))
    await flushPromises()
    expect(within(documents).getByRole('alert').textContent).toContain('not accepted')
  })
})

describe('action governance', SLOW, () => {
  it('lists the meetings and decisions about an action', async () => {
    mockFetch((req) => (path(req).endsWith('/meetings') ? json([meeting()]) : json([decision({ action: ACTION, actionId: ACTION.id })])))
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/meetings/:id', name: 'meeting', component: { template: '<div/>' } }] })
    mount(ActionGovernance, { props: { actionId: ACTION.id }, attachTo: document.body, global: { plugins: [createAppI18n('fr'), PrimeVue, router] } })
    await flushPromises()
    const region = screen.getByRole('region', { name: "Gouvernance de l'action" })
    expect(within(region).getByRole('link', { name: 'COPIL annuel — 11/12/2025 14:00' })).toBeTruthy()
    expect(within(region).getByText(/Relancer les MSP/)).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })
})
