import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { cleanup, fill, ars, coordinator, description, json, mockFetch, mountAt, requests, sampleContract } from './helpers'

afterEach(cleanup)

describe('contract form', () => {
  it('labels every input', async () => {
    mockFetch(() => json({}))
    await mountAt('/contracts/new', coordinator)
    for (const label of [
      'Nom',
      'Type',
      'Génération',
      'Statut',
      'Date de signature',
      'Date de début',
      'Date de fin',
      'Nom du territoire',
      'Type de territoire',
      'Région (code INSEE)',
      'Départements (codes INSEE)',
      'Communes (codes INSEE)',
      'Population',
      'Coordinateurs (e-mails)',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy()
    }
  })

  it('creates a contract and opens its page', async () => {
    const created = sampleContract()
    const fetch = mockFetch((req) => (req.method === 'POST' ? json(created, 201, { ETag: '"0"' }) : json(created, 200, { ETag: '"0"' })))
    const { router } = await mountAt('/contracts/new', coordinator)

    await fill(screen.getByLabelText('Nom'), 'CLS 2 du Grand Quercy')
    await fill(screen.getByLabelText('Génération'), '2')
    await fill(screen.getByLabelText('Statut'), 'SIGNED')
    await fill(screen.getByLabelText('Date de début'), '2025-01-01')
    await fill(screen.getByLabelText('Date de fin'), '2029-12-31')
    await fill(screen.getByLabelText('Nom du territoire'), 'PETR Grand Quercy')
    await fill(screen.getByLabelText('Type de territoire'), 'PETR')
    await fill(screen.getByLabelText('Région (code INSEE)'), '76')
    await fill(screen.getByLabelText('Départements (codes INSEE)'), '46, 82')
    await fill(screen.getByLabelText('Population'), '93928')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()

    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(await post.json()).toEqual({
      kind: 'CLS',
      name: 'CLS 2 du Grand Quercy',
      generation: 2,
      status: 'SIGNED',
      startDate: '2025-01-01',
      endDate: '2029-12-31',
      territory: {
        name: 'PETR Grand Quercy',
        kind: 'PETR',
        regionCode: '76',
        departementCodes: ['46', '82'],
        communeCodes: [],
        population: 93928,
      },
    })
    expect(router.currentRoute.value.fullPath).toBe(`/contracts/${created.id}`)
  })

  it('shows the API field errors next to their fields', async () => {
    mockFetch(() =>
      json(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'Le contrat contient 3 erreurs.',
          errors: [
            { field: 'name', message: 'Le nom est obligatoire.' },
            { field: 'endDate', message: 'La date de fin doit suivre la date de début.' },
            { field: 'territory.departementCodes[0]', message: 'Code département inconnu : 999.' },
          ],
        },
        400,
      ),
    )
    await mountAt('/contracts/new', coordinator)
    await fill(screen.getByLabelText('Départements (codes INSEE)'), '999')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()

    const name = screen.getByLabelText('Nom')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(description(name)).toContain('Le nom est obligatoire.')

    const end = screen.getByLabelText('Date de fin')
    expect(end.getAttribute('aria-invalid')).toBe('true')
    expect(description(end)).toContain('La date de fin doit suivre la date de début.')

    const deps = screen.getByLabelText('Départements (codes INSEE)')
    expect(deps.getAttribute('aria-invalid')).toBe('true')
    expect(description(deps)).toContain('Code département inconnu : 999.')

    const start = screen.getByLabelText('Date de début')
    expect(start.getAttribute('aria-invalid')).toBeNull()

    expect(within(screen.getByRole('alert')).getByText('Le contrat contient 3 erreurs.')).toBeTruthy()
  })

  it('edits with If-Match and explains a 412 conflict', async () => {
    const c = sampleContract()
    const fetch = mockFetch((req) =>
      req.method === 'PUT'
        ? json({ title: 'Precondition Failed', status: 412, detail: 'stale' }, 412)
        : json(c, 200, { ETag: '"3"' }),
    )
    await mountAt(`/contracts/${c.id}/edit`, coordinator)
    expect((screen.getByLabelText('Nom') as HTMLInputElement).value).toBe('CLS 2 du Grand Quercy')
    expect((screen.getByLabelText('Départements (codes INSEE)') as HTMLInputElement).value).toBe('46')

    await fill(screen.getByLabelText('Nom'), 'CLS 2 du Grand Quercy (avenant)')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()

    const put = requests(fetch).find((r) => r.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"3"')
    expect((await put.json()).name).toBe('CLS 2 du Grand Quercy (avenant)')
    expect(screen.getByRole('alert').textContent).toContain(
      "Ce contrat a été modifié par quelqu'un d'autre : rechargez la page.",
    )
  })

  it('is reachable by ARS users only through the API (403 shown)', async () => {
    mockFetch((req) => (req.method === 'PUT' ? json({ title: 'Forbidden', status: 403 }, 403) : json(sampleContract(), 200, { ETag: '"3"' })))
    await mountAt(`/contracts/${sampleContract().id}/edit`, ars)
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    expect(screen.getByRole('alert').textContent).toContain("Vous n'avez pas le droit de modifier ce contrat.")
  })
})
