import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen } from '@testing-library/dom'
import { cleanup, ars, coordinator, json, mockFetch, mountAt, requests, sampleContract } from './helpers'

afterEach(cleanup)

const c = sampleContract()

describe('contract detail', () => {
  it('shows every field, read-only for ARS users', async () => {
    mockFetch(() => json(c, 200, { ETag: '"3"' }))
    await mountAt(`/contracts/${c.id}`, ars)

    expect(screen.getByRole('heading', { level: 1, name: 'CLS 2 du Grand Quercy' })).toBeTruthy()
    expect(screen.getByText('Contrat local de santé (CLS)')).toBeTruthy()
    expect(screen.getByText('15/01/2025')).toBeTruthy()
    expect(screen.getByText('PETR Grand Quercy')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull()
    expect(screen.getByText('Consultation seule')).toBeTruthy()
  })

  it('hides edit controls from a coordinator who does not coordinate this contract', async () => {
    mockFetch(() => json(sampleContract({ coordinators: ['someone@else.fr'] }), 200, { ETag: '"3"' }))
    await mountAt(`/contracts/${c.id}`, coordinator)
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull()
  })

  it('lets a coordinator of the contract edit it', async () => {
    mockFetch(() => json(c, 200, { ETag: '"3"' }))
    const { router } = await mountAt(`/contracts/${c.id}`, coordinator)
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
