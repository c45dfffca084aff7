import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import fr from '@/i18n/fr.json'
import en from '@/i18n/en.json'
import { ARS_CONTRACT_RIGHTS, READ_ONLY, cleanup, ars, coordinator, json, mockFetch, mountAt, requests, sampleContract } from './helpers'
import { seriousViolations } from './planFixtures'

afterEach(cleanup)

const c = sampleContract()

describe('contract detail', () => {
  it('shows every field, read-only for ARS users', async () => {
    mockFetch(() => json(sampleContract({ permissions: ARS_CONTRACT_RIGHTS }), 200, { ETag: '"3"' }))
    await mountAt(`/contracts/${c.id}`, ars)

    expect(screen.getByRole('heading', { level: 1, name: 'CLS 2 du Grand Quercy' })).toBeTruthy()
    expect(screen.getByText('Contrat local de santé (CLS)')).toBeTruthy()
    expect(screen.getByText('15/01/2025')).toBeTruthy()
    expect(screen.getByText('PETR Grand Quercy')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull()
    expect(screen.getByText('Consultation seule')).toBeTruthy()
  })

  it('shows no edit control when the contract says write=false, even to a coordinator whose email is listed', async () => {
    // the seat of coord@quercy.fr is held by another account (rights follow the account, not the email)
    mockFetch((req) =>
      new URL(req.url).pathname.endsWith('/amendments') ? json([]) : json(sampleContract({ permissions: READ_ONLY }), 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}`, coordinator)
    expect(screen.getByRole('heading', { level: 1, name: 'CLS 2 du Grand Quercy' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull()
    expect(screen.getByText('Consultation seule')).toBeTruthy()
    expect(screen.queryByRole('button', { name: "Ajouter l'avenant" })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Déposer le document' })).toBeNull()
  })

  it('marks each coordinator seat as linked to an account or as a pending invitation, in words', async () => {
    const seats = [
      { email: 'coord@quercy.fr', linked: true, linkedAt: '2025-01-02T09:00:00Z' },
      { email: 'adjointe@quercy.fr', linked: false },
    ]
    mockFetch(() => json(sampleContract({ coordinators: seats.map((s) => s.email), coordinatorSeats: seats }), 200, { ETag: '"3"' }))
    await mountAt(`/contracts/${c.id}`, coordinator)
    const items = within(screen.getByRole('list', { name: 'Coordinateurs (e-mails)' })).getAllByRole('listitem')
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'coord@quercy.fr Compte lié depuis le 02/01/2025 10:00',
      'adjointe@quercy.fr Invitation en attente',
    ])
    expect(screen.getByText(/Une invitation en attente est liée au premier compte/)).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
    expect(Object.keys(en.contract.seats)).toEqual(Object.keys(fr.contract.seats))
    expect(en.contract.seats.pending).toBe('Invitation pending')
  })

  it('shows the seats to readers without the invitation hint', async () => {
    mockFetch(() =>
      json(sampleContract({ permissions: ARS_CONTRACT_RIGHTS, coordinatorSeats: [{ email: 'coord@quercy.fr', linked: false }] }), 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}`, ars)
    expect(within(screen.getByRole('list', { name: 'Coordinateurs (e-mails)' })).getByRole('listitem').textContent).toContain('Invitation en attente')
    expect(screen.queryByText(/Une invitation en attente est liée/)).toBeNull()
  })

  it('lets a caller whose contract says write=true edit it', async () => {
    mockFetch(() => json(c, 200, { ETag: '"3"' }))
    const { router } = await mountAt(`/contracts/${c.id}`, coordinator)
    expect(screen.getByRole('button', { name: "Ajouter l'avenant" })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Déposer le document' })).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Modifier' }))
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe(`/contracts/${c.id}/edit`)
  })

  it('deletes after confirmation with If-Match, then returns to the list', async () => {
    const fetch = mockFetch((req) =>
      req.method === 'DELETE'
        ? new Response(null, { status: 204 })
        : new URL(req.url).pathname === '/api/v1/contracts'
          ? json({ items: [], page: 0, size: 20, totalItems: 0 })
          : json(c, 200, { ETag: '"3"' }),
    )
    const { router } = await mountAt(`/contracts/${c.id}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer' }))
    await flushPromises()
    expect(requests(fetch).some((r) => r.method === 'DELETE')).toBe(false)
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, supprimer' }))
    await flushPromises()
    const del = requests(fetch).find((r) => r.method === 'DELETE')!
    expect(del.headers.get('If-Match')).toBe('"3"')
    expect(router.currentRoute.value.name).toBe('contracts')
    expect(await screen.findByRole('heading', { level: 1, name: 'Contrats' })).toBeTruthy()
  })
})
