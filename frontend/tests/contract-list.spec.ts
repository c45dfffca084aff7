import { afterEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/dom'
import { cleanup, ars, coordinator, json, mockFetch, mountAt, requests, sampleContract } from './helpers'

afterEach(cleanup)

const page = {
  items: [
    sampleContract(),
    sampleContract({
      id: '22222222-2222-4222-8222-222222222222',
      kind: 'CLSM',
      name: 'CLSM du Grand Quercy',
      generation: 1,
      status: 'ELABORATION',
      startDate: '2024-06-01',
      endDate: undefined,
    }),
  ],
  page: 0,
  size: 20,
  totalItems: 2,
}

describe('contract list', () => {
  it('renders one row per contract with French labels and links', async () => {
    mockFetch(() => json(page))
    await mountAt('/contracts', ars)

    const table = screen.getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3) // header + 2
    const first = within(rows[1])
    expect(first.getByRole('link', { name: 'CLS 2 du Grand Quercy' }).getAttribute('href')).toBe(
      '/contracts/11111111-1111-4111-8111-111111111111',
    )
    expect(first.getByText('Contrat local de santé (CLS)')).toBeTruthy()
    expect(first.getByText('PETR Grand Quercy')).toBeTruthy()
    expect(first.getByText('Signé')).toBeTruthy()
    expect(first.getByText('du 01/01/2025 au 31/12/2029')).toBeTruthy()
    const second = within(rows[2])
    expect(second.getByText('Conseil local de santé mentale (CLSM)')).toBeTruthy()
    expect(second.getByText('Élaboration')).toBeTruthy()
    expect(second.getByText('à partir du 01/06/2024')).toBeTruthy()
  })

  it('hides "Nouveau contrat" for non-coordinators', async () => {
    mockFetch(() => json(page))
    await mountAt('/contracts', ars)
    expect(screen.queryByRole('button', { name: 'Nouveau contrat' })).toBeNull()
  })

  it('shows "Nouveau contrat" to coordinators', async () => {
    mockFetch(() => json(page))
    await mountAt('/contracts', coordinator)
    expect(screen.getByRole('button', { name: 'Nouveau contrat' })).toBeTruthy()
  })

  it('passes search, status and page to the API and shows the empty state', async () => {
    const fetch = mockFetch(() => json({ items: [], page: 2, size: 20, totalItems: 0 }))
    await mountAt('/contracts?q=quercy&status=SIGNED&page=2', coordinator)
    const url = new URL(requests(fetch)[0].url)
    expect(url.pathname).toBe('/api/v1/contracts')
    expect(url.searchParams.get('q')).toBe('quercy')
    expect(url.searchParams.get('status')).toBe('SIGNED')
    expect(url.searchParams.get('page')).toBe('2')
    expect(url.searchParams.get('size')).toBe('20')
    expect((screen.getByLabelText('Rechercher') as HTMLInputElement).value).toBe('quercy')
    expect((screen.getByLabelText('Filtrer par statut') as HTMLSelectElement).value).toBe('SIGNED')
    expect(screen.getByText('Aucun contrat ne correspond à votre recherche.')).toBeTruthy()
  })

  it('pages through the results', async () => {
    mockFetch(() => json({ ...page, totalItems: 45 }))
    await mountAt('/contracts', coordinator)
    expect(screen.getByText('Page 1 sur 3')).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Page précédente' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
