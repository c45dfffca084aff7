import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { cleanup, ars, coordinator, description, fill, json, mockFetch, mountAt, requests } from './helpers'
import { CPTS, SLOW, path, sampleAction, seriousViolations } from './planFixtures'

afterEach(cleanup)

const cpts = {
  id: CPTS, version: 2, name: 'CPTS du Grand Cahors', type: 'CPTS', siret: '73282932000074', communeCode: '46042',
  website: 'https://www.cpts-grand-cahors.fr', createdAt: '2025-01-02T09:00:00Z', createdBy: 'coord', updatedAt: '2025-01-02T09:00:00Z', updatedBy: 'coord',
}
const paul = { id: 'e1', version: 0, partnerId: CPTS, firstName: 'Paul', lastName: 'Pilote', function: 'Coordinateur', email: 'pilot@example.org', phone: '05 65 00 00 00' }

function partnerApi(extra: (req: Request) => Response | undefined = () => undefined) {
  return mockFetch((req) => {
    const r = extra(req)
    if (r) return r
    const p = path(req)
    if (p === '/api/v1/partners') return json({ items: [cpts], page: 0, size: 25, totalItems: 1 })
    if (p.endsWith('/contacts')) return json([paul])
    if (p === '/api/v1/actions') return json({ items: [sampleAction()], page: 0, size: 200, totalItems: 1 })
    return json(cpts, 200, { ETag: '"2"' })
  })
}

describe('partners directory', SLOW, () => {
  it('searches by name and type', async () => {
    const fetch = partnerApi()
    const { router } = await mountAt('/partners', ars)
    expect(screen.getByRole('heading', { level: 1, name: 'Annuaire des partenaires' })).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Partenaires (1 au total)' })
    expect(within(table).getByRole('link', { name: 'CPTS du Grand Cahors' }).getAttribute('href')).toBe(`/partners/${CPTS}`)
    expect(screen.queryByRole('button', { name: 'Nouveau partenaire' })).toBeNull()
    await fill(screen.getByLabelText('Nom'), 'cahors')
    await fill(screen.getByLabelText('Type de structure'), 'CPTS')
    await fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }))
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'cahors', type: 'CPTS' })
    const q = new URL(requests(fetch).filter((r) => path(r) === '/api/v1/partners').pop()!.url).searchParams
    expect(q.get('q')).toBe('cahors')
    expect(q.get('type')).toBe('CPTS')
    expect(await seriousViolations()).toEqual([])
  })

  it('shows a SIRET error and a duplicate SIRET next to the field', async () => {
    let calls = 0
    partnerApi((req) => {
      if (req.method !== 'POST') return undefined
      calls++
      return calls === 1
        ? json({ status: 400, title: 'Invalid', errors: [{ field: 'create.input.siret', message: 'SIRET invalide (clé de contrôle)' }] }, 400)
        : json({ status: 409, title: 'Conflict', detail: 'Le partenaire « CPTS du Grand Cahors » a déjà ce SIRET.' }, 409)
    })
    await mountAt('/partners', coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Nouveau partenaire' }))
    await flushPromises()
    const form = screen.getByRole('form', { name: 'Nouveau partenaire' })
    await fill(within(form).getByLabelText('Nom de la structure'), 'CPTS bis')
    await fill(within(form).getByLabelText('Type de structure'), 'CPTS')
    await fill(within(form).getByLabelText('SIRET'), '12345678901234')
    await fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    let siret = within(form).getByLabelText('SIRET')
    expect(siret.getAttribute('aria-invalid')).toBe('true')
    expect(description(siret)).toContain('SIRET invalide (clé de contrôle)')

    await fill(siret, '73282932000074')
    await fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    siret = within(form).getByLabelText('SIRET')
    expect(description(siret)).toContain('a déjà ce SIRET')
    expect(await seriousViolations()).toEqual([])
  })

  it('creates a partner and opens its page', async () => {
    const fetch = partnerApi((req) => (req.method === 'POST' ? json({ ...cpts, id: 'new-partner' }, 201) : undefined))
    const { router } = await mountAt('/partners', coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Nouveau partenaire' }))
    await flushPromises()
    await fill(screen.getByLabelText('Nom de la structure'), 'MSP de Luzech')
    await fill(within(screen.getByRole('form', { name: 'Nouveau partenaire' })).getByLabelText('Type de structure'), 'MSP')
    await fill(screen.getByLabelText('SIRET'), '732 829 320 00074')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(await post.json()).toEqual({ name: 'MSP de Luzech', type: 'MSP', siret: '73282932000074' })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/partners/new-partner'), { timeout: 10_000 })
  })
})

describe('partner page', SLOW, () => {
  it('shows the partner, its contacts and the actions it pilots or supports, read-only for the ARS', async () => {
    const fetch = partnerApi()
    await mountAt(`/partners/${CPTS}`, ars)
    expect(screen.getByRole('heading', { level: 1, name: 'CPTS du Grand Cahors' })).toBeTruthy()
    expect(screen.getByText('73282932000074')).toBeTruthy()
    const contacts = screen.getByRole('region', { name: 'Contacts' })
    expect(within(contacts).getByRole('link', { name: 'pilot@example.org' })).toBeTruthy()
    expect(within(contacts).queryByRole('button')).toBeNull()
    const piloted = screen.getByRole('region', { name: 'Actions pilotées ou soutenues' })
    expect(within(piloted).getByRole('link', { name: '1.1.1 Sport santé sur ordonnance' })).toBeTruthy()
    expect(within(piloted).getByText(/pilote$/)).toBeTruthy()
    expect(new URL(requests(fetch).find((r) => path(r) === '/api/v1/actions')!.url).searchParams.get('partnerId')).toBe(CPTS)
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull()
    expect(await seriousViolations()).toEqual([])
  })

  it('lets a coordinator add a contact, with field errors', async () => {
    let calls = 0
    const fetch = partnerApi((req) => {
      if (req.method !== 'POST') return undefined
      calls++
      return calls === 1
        ? json({ status: 400, title: 'Invalid', errors: [{ field: 'create.input.email', message: 'adresse e-mail mal formée' }] }, 400)
        : json({ ...paul, id: 'e2', firstName: 'Anne', lastName: 'Martin' }, 201)
    })
    await mountAt(`/partners/${CPTS}`, coordinator)
    const form = screen.getByRole('form', { name: 'Ajouter un contact' })
    await fill(within(form).getByLabelText('Prénom'), 'Anne')
    await fill(within(form).getByLabelText('Nom de famille'), 'Martin')
    await fill(within(form).getByLabelText('E-mail'), 'anne@')
    await fireEvent.click(within(form).getByRole('button', { name: 'Ajouter le contact' }))
    await flushPromises()
    const email = within(form).getByLabelText('E-mail')
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(description(email)).toContain('adresse e-mail mal formée')
    await fill(email, 'anne@example.org')
    await fireEvent.click(within(form).getByRole('button', { name: 'Ajouter le contact' }))
    await flushPromises()
    const posts = requests(fetch).filter((r) => r.method === 'POST')
    expect(path(posts[1])).toBe(`/api/v1/partners/${CPTS}/contacts`)
    expect(await posts[1].json()).toEqual({ firstName: 'Anne', lastName: 'Martin', email: 'anne@example.org' })
    expect(screen.getByText('Contact Anne Martin ajouté.')).toBeTruthy()
  })

  it('shows why a partner cannot be deleted, and deletes it with its contacts only after a second confirmation', async () => {
    const fetch = partnerApi((req) => {
      if (req.method !== 'DELETE') return undefined
      return new URL(req.url).searchParams.get('cascade') === 'true'
        ? new Response(null, { status: 204 })
        : json({ status: 409, title: 'Conflict', detail: "Partner 'CPTS du Grand Cahors' has 1 contact(s): Paul Pilote." }, 409)
    })
    const { router } = await mountAt(`/partners/${CPTS}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer' }))
    await flushPromises()
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, supprimer' }))
    await flushPromises()
    const first = requests(fetch).filter((r) => r.method === 'DELETE')
    expect(first).toHaveLength(1)
    expect(first[0].headers.get('If-Match')).toBe('"2"')
    expect(new URL(first[0].url).searchParams.has('cascade')).toBe(false)
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('Paul Pilote'))!
    expect(alert.textContent).toContain("n'a pas été supprimé")
    await fireEvent.click(within(alert).getByRole('button', { name: 'Supprimer aussi ses contacts' }))
    await flushPromises()
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, tout supprimer' }))
    await flushPromises()
    const second = requests(fetch).filter((r) => r.method === 'DELETE')
    expect(second).toHaveLength(2)
    expect(new URL(second[1].url).searchParams.get('cascade')).toBe('true')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('partners'), { timeout: 10_000 })
  })
})
