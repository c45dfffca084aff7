import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { ARS_CONTRACT_RIGHTS, cleanup, fill, ars, coordinator, description, json, mockFetch, mountAt, requests, sampleContract } from './helpers'

afterEach(cleanup)

const PREVIOUS_ID = '22222222-2222-4222-8222-222222222222'
const previous = { id: PREVIOUS_ID, name: 'CLS 1 du Grand Quercy', generation: 1 }
const c = sampleContract({ predecessor: previous })
/** The same contract as an ARS officer of its territory reads it. */
const arsView = sampleContract({ predecessor: previous, permissions: ARS_CONTRACT_RIGHTS })

function amendment(number: number, over: Record<string, unknown> = {}) {
  return {
    id: `aaaaaaaa-aaaa-4aaa-8aaa-00000000000${number}`,
    version: 0,
    contractId: c.id,
    number,
    signedOn: '2025-06-20',
    summary: `Avenant ${number}`,
    createdAt: '2025-06-21T09:00:00Z',
    createdBy: 'coord',
    updatedAt: '2025-06-21T09:00:00Z',
    updatedBy: 'coord',
    ...over,
  }
}

const path = (req: Request) => new URL(req.url).pathname

// Mounting the whole page is slow on a loaded machine: more room than the 5 s default
const SLOW = { timeout: 20_000 }

describe('contract amendments', SLOW, () => {
  it('lists the amendments in signing order, read-only for ARS users', async () => {
    mockFetch((req) =>
      path(req).endsWith('/amendments')
        ? json([amendment(1), amendment(2, { signedOn: '2026-02-10', newEndDate: '2030-06-30', summary: 'Prolongation' })])
        : json(arsView, 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}`, ars)

    const section = screen.getByRole('region', { name: 'Avenants' })
    const rows = within(section).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['1', '2'])
    expect(within(rows[1]).getByText('Prolongation')).toBeTruthy()
    expect(within(rows[1]).getByText('30/06/2030')).toBeTruthy()
    expect(within(rows[0]).getByText('Inchangée')).toBeTruthy()
    expect(within(section).queryByRole('button', { name: "Ajouter l'avenant" })).toBeNull()
    expect(within(section).queryByLabelText('Résumé')).toBeNull()
  })

  it('lets a coordinator add an amendment, then reloads the contract whose end date it changed', async () => {
    const added = amendment(1, { newEndDate: '2030-06-30' })
    let amendments: unknown[] = []
    const fetch = mockFetch((req) => {
      if (path(req).endsWith('/amendments')) {
        if (req.method === 'POST') {
          amendments = [added]
          return json(added, 201, { ETag: '"0"' })
        }
        return json(amendments)
      }
      return json(amendments.length ? { ...c, endDate: '2030-06-30', version: 4 } : c, 200, { ETag: '"3"' })
    })
    await mountAt(`/contracts/${c.id}`, coordinator)
    const section = screen.getByRole('region', { name: 'Avenants' })
    expect(within(section).getByText('Aucun avenant.')).toBeTruthy()

    await fill(within(section).getByLabelText('Date de signature'), '2025-06-20')
    await fill(within(section).getByLabelText('Résumé'), 'Prolongation')
    await fill(within(section).getByLabelText('Nouvelle date de fin'), '2030-06-30')
    await fireEvent.click(within(section).getByRole('button', { name: "Ajouter l'avenant" }))
    await flushPromises()

    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(path(post)).toBe(`/api/v1/contracts/${c.id}/amendments`)
    expect(await post.json()).toEqual({ signedOn: '2025-06-20', summary: 'Prolongation', newEndDate: '2030-06-30' })
    // The section stays in place (no page reload): its confirmation is still announced
    expect(screen.getByRole('region', { name: 'Avenants' })).toBe(section)
    expect(within(section).getByRole('status').textContent).toContain('Avenant n° 1 enregistré.')
    expect(within(section).getAllByRole('row')).toHaveLength(2)
    expect(requests(fetch).filter((r) => path(r) === `/api/v1/contracts/${c.id}`)).toHaveLength(2)
    expect(screen.getAllByText('30/06/2030')).toHaveLength(2)
  })

  it('shows the API field errors next to their fields', async () => {
    mockFetch((req) =>
      path(req).endsWith('/amendments')
        ? req.method === 'POST'
          ? json({ status: 400, title: 'Invalid request', errors: [{ field: 'signedOn', message: 'ne doit pas être dans le futur' }] }, 400)
          : json([])
        : json(c, 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}`, coordinator)
    const section = screen.getByRole('region', { name: 'Avenants' })
    await fill(within(section).getByLabelText('Date de signature'), '2099-01-01')
    await fill(within(section).getByLabelText('Résumé'), 'Futur')
    await fireEvent.click(within(section).getByRole('button', { name: "Ajouter l'avenant" }))
    await flushPromises()
    const signedOn = within(section).getByLabelText('Date de signature')
    expect(signedOn.getAttribute('aria-invalid')).toBe('true')
    expect(description(signedOn)).toContain('ne doit pas être dans le futur')
  })

  it('deletes only the latest amendment, after confirmation, with If-Match', async () => {
    const fetch = mockFetch((req) =>
      req.method === 'DELETE'
        ? new Response(null, { status: 204 })
        : path(req).endsWith('/amendments')
          ? json([amendment(1), amendment(2, { version: 1 })])
          : json(c, 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}`, coordinator)
    expect(screen.queryByRole('button', { name: "Supprimer l'avenant n° 1" })).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: "Supprimer l'avenant n° 2" }))
    await flushPromises()
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, supprimer' }))
    await flushPromises()
    const del = requests(fetch).find((r) => r.method === 'DELETE')!
    expect(path(del)).toBe(`/api/v1/amendments/${amendment(2).id}`)
    expect(del.headers.get('If-Match')).toBe('"1"')
  })
})

describe('contract generations', SLOW, () => {
  it('links the previous contract', async () => {
    mockFetch((req) => (path(req).endsWith('/amendments') ? json([]) : json(arsView, 200, { ETag: '"3"' })))
    await mountAt(`/contracts/${c.id}`, ars)
    const link = screen.getByRole('link', { name: 'CLS 1 du Grand Quercy' })
    expect(link.getAttribute('href')).toBe(`/contracts/${PREVIOUS_ID}`)
    expect(screen.queryByRole('button', { name: 'Reprendre le plan du contrat précédent' })).toBeNull()
  })

  it('takes up the plan of the previous contract after confirmation', async () => {
    const fetch = mockFetch((req) => {
      if (path(req).endsWith('/amendments')) return json([])
      if (path(req).includes('/copy-from/')) return json({ contractId: c.id, axes: [{}, {}] }, 201)
      if (path(req).endsWith('/plan')) return json({ contractId: c.id, axes: [] })
      return json(c, 200, { ETag: '"3"' })
    })
    await mountAt(`/contracts/${c.id}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Reprendre le plan du contrat précédent' }))
    await flushPromises()
    expect(requests(fetch).some((r) => r.method === 'POST')).toBe(false)
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, reprendre le plan' }))
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(path(post)).toBe(`/api/v1/contracts/${c.id}/plan/copy-from/${PREVIOUS_ID}`)
    expect(screen.getByText('Plan de « CLS 1 du Grand Quercy » repris : 2 axe(s).')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Reprendre le plan du contrat précédent' })).toBeNull()
  })

  it('does not offer to take up a plan when the contract already has one', async () => {
    mockFetch((req) => {
      if (path(req).endsWith('/amendments')) return json([])
      if (path(req).endsWith('/plan')) return json({ contractId: c.id, axes: [{ id: 'x' }] })
      return json(c, 200, { ETag: '"3"' })
    })
    await mountAt(`/contracts/${c.id}`, coordinator)
    expect(screen.queryByRole('button', { name: 'Reprendre le plan du contrat précédent' })).toBeNull()
  })

  it('picks the previous contract on the contract form', async () => {
    const created = sampleContract({ predecessor: previous })
    const fetch = mockFetch((req) =>
      req.method === 'POST'
        ? json(created, 201, { ETag: '"0"' })
        : path(req) === '/api/v1/contracts'
          ? json({ items: [previous], page: 0, size: 200, totalItems: 1 })
          : json(created, 200, { ETag: '"0"' }),
    )
    await mountAt('/contracts/new', coordinator)
    const select = screen.getByLabelText('Contrat précédent')
    expect(within(select).getByRole('option', { name: 'CLS 1 du Grand Quercy' })).toBeTruthy()
    await fill(screen.getByLabelText('Nom'), 'CLS 2 du Grand Quercy')
    await fill(select, PREVIOUS_ID)
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect((await post.json()).predecessorId).toBe(PREVIOUS_ID)
  })
})
