import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { cleanup, ars, json, mockFetch, mountAt, requests, sampleContract } from './helpers'

afterEach(cleanup)

const c = sampleContract()
const entry = (revision: number, over: Record<string, unknown> = {}) => ({
  revision,
  at: '2025-06-30T08:15:00Z',
  author: { subject: 'sub-pilot', name: 'Paul Pilote' },
  objectType: 'ACTION',
  objectId: '22222222-2222-4222-8222-222222222222',
  label: 'Sport santé sur ordonnance',
  operation: 'UPDATED',
  changes: [{ field: 'status', before: 'IN_PROGRESS', after: 'DONE' }],
  ...over,
})

describe('history timeline', () => {
  it('loads the contract history when opened and shows who changed which field', async () => {
    const fetch = mockFetch((req) => {
      const url = new URL(req.url)
      if (url.pathname.endsWith('/history')) {
        return json({
          items: [
            entry(7),
            entry(3, { objectType: 'AXIS', label: 'Santé mentale', operation: 'DELETED', author: { subject: 's', name: 'Claire Coord' },
              changes: [{ field: 'title', before: 'Santé mentale', after: null }] }),
          ],
          page: 0,
          size: 20,
          totalItems: 3,
        })
      }
      return json(c, 200, { ETag: '"3"' })
    })
    await mountAt(`/contracts/${c.id}`, ars)
    expect(requests(fetch).some((r) => r.url.includes('/history'))).toBe(false)

    const toggle = screen.getByRole('button', { name: "Afficher l'historique" })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await fireEvent.click(toggle)
    await flushPromises()

    const section = screen.getByRole('region', { name: 'Historique des modifications' })
    const items = within(section).getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL')
    expect(items).toHaveLength(2)
    expect(items[0].textContent).toContain('Action « Sport santé sur ordonnance » modifié par Paul Pilote')
    expect(items[0].textContent).toContain('30/06/2025 10:15')
    expect(within(items[0]).getByText('Statut')).toBeTruthy()
    expect(within(items[0]).getByText('IN_PROGRESS').tagName).toBe('DEL')
    expect(within(items[0]).getByText('DONE').tagName).toBe('INS')
    expect(items[1].textContent).toContain('Axe « Santé mentale » supprimé par Claire Coord')
    expect(screen.getByRole('button', { name: 'Afficher les modifications plus anciennes' })).toBeTruthy()
    expect(requests(fetch).find((r) => r.url.includes('/history'))!.url).toContain(`/api/v1/contracts/${c.id}/history?page=0&size=20`)
  })

  it('says when nothing was recorded', async () => {
    mockFetch((req) =>
      new URL(req.url).pathname.endsWith('/history')
        ? json({ items: [], page: 0, size: 20, totalItems: 0 })
        : json(c, 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}`, ars)
    await fireEvent.click(screen.getByRole('button', { name: "Afficher l'historique" }))
    await flushPromises()
    expect(screen.getByText('Aucune modification enregistrée.')).toBeTruthy()
  })
})
