import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import type { Contact, Partner } from '@/api/plan'
import type { Contract, Permissions } from '@/api/client'
import { cleanup, ars, coordinator, description, fill, json, mockFetch, mountAt, perms, READ_ONLY, requests, sampleContract } from './helpers'
import { CPTS, SLOW, path, sampleAction, seriousViolations } from './planFixtures'

afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

const WRITE = perms({ write: true })

/** The organisation as the server sends it; `permissions.write` for any coordinator (organisations are shared). */
function samplePartner(permissions: Permissions = READ_ONLY): Partner {
  return {
    id: CPTS, version: 2, name: 'CPTS du Grand Cahors', type: 'CPTS', siret: '73282932000074', communeCode: '46042',
    website: 'https://www.cpts-grand-cahors.fr', createdAt: '2025-01-02T09:00:00Z', createdBy: 'coord', updatedAt: '2025-01-02T09:00:00Z', updatedBy: 'coord',
    permissions,
  }
}
/** A contact of the Lot directory; `permissions.write` for the coordinators of the Lot. */
function sampleContact(over: Partial<Contact> = {}): Contact {
  return {
    id: 'e1', version: 0, partnerId: CPTS, firstName: 'Paul', lastName: 'Pilote', function: 'Coordinateur', email: 'pilot@example.org', phone: '05 65 00 00 00',
    departementCode: '46', createdAt: '2025-01-02T09:00:00Z', createdBy: 'coord', updatedAt: '2025-01-02T09:00:00Z', updatedBy: 'coord',
    permissions: READ_ONLY, ...over,
  }
}
const cpts = samplePartner()
const paul = sampleContact()

interface Directory {
  partner?: Partner
  contacts?: Contact[]
  /** The contracts the caller reads (the contact form takes the départements of those it may write). */
  contracts?: Contract[]
}

function partnerApi(extra: (req: Request) => Response | undefined | Promise<Response | undefined> = () => undefined, dir: Directory = {}) {
  const partner = dir.partner ?? cpts
  return mockFetch(async (req) => {
    const r = await extra(req)
    if (r) return r
    const p = path(req)
    if (p === '/api/v1/partners') return json({ items: [partner], page: 0, size: 25, totalItems: 1 })
    if (p.endsWith('/contacts')) return json(dir.contacts ?? [paul])
    if (p === '/api/v1/actions') return json({ items: [sampleAction()], page: 0, size: 200, totalItems: 1 })
    if (p === '/api/v1/contracts') {
      const items = dir.contracts ?? [sampleContract()]
      return json({ items, page: 0, size: 200, totalItems: items.length })
    }
    return json(partner, 200, { ETag: '"2"' })
  })
}

/** The demo coordinator on the demo partner: they may change the organisation and Paul Pilote (a Lot contact). */
const coordinatorDirectory = (over: Directory = {}): Directory => ({ partner: samplePartner(WRITE), contacts: [sampleContact({ permissions: WRITE })], ...over })

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
    }, coordinatorDirectory())
    await mountAt(`/partners/${CPTS}`, coordinator)
    const form = screen.getByRole('form', { name: 'Ajouter un contact' })
    // the demo coordinator keeps only Lot contracts: that directory is preselected, nothing to choose
    const departement = within(form).getByLabelText('Département du répertoire') as HTMLSelectElement
    expect(departement.value).toBe('46')
    expect(departement.getAttribute('aria-required')).toBeNull()
    expect(within(departement).getAllByRole('option').map((o) => o.textContent)).toEqual(['46'])
    const contractsQuery = new URL(requests(fetch).find((r) => path(r) === '/api/v1/contracts')!.url).searchParams
    expect(Number(contractsQuery.get('size'))).toBeGreaterThanOrEqual(100)
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
    expect(await posts[1].json()).toEqual({ firstName: 'Anne', lastName: 'Martin', email: 'anne@example.org', departementCode: '46' })
    expect(screen.getByText('Contact Anne Martin ajouté.')).toBeTruthy()
  })

  it('shows why a partner cannot be deleted, and deletes it with its contacts only after a second confirmation', async () => {
    const fetch = partnerApi((req) => {
      if (req.method !== 'DELETE') return undefined
      return new URL(req.url).searchParams.get('cascade') === 'true'
        ? new Response(null, { status: 204 })
        : json({ status: 409, title: 'Conflict', detail: "Partner 'CPTS du Grand Cahors' has 1 contact(s): Paul Pilote." }, 409)
    }, coordinatorDirectory())
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

  it('shows the controls the permissions give: none to a coordinator who may write neither', async () => {
    const anne = sampleContact({ id: 'e2', firstName: 'Anne', lastName: 'Martin', departementCode: '82' })
    partnerApi(undefined, { partner: samplePartner(READ_ONLY), contacts: [paul, anne] })
    await mountAt(`/partners/${CPTS}`, coordinator)
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull()
    const table = screen.getByRole('table', { name: 'Contacts de CPTS du Grand Cahors' })
    expect(within(table).queryByRole('button')).toBeNull()
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).toBeNull()
    // each contact shows its directory
    expect(within(table).getByRole('columnheader', { name: 'Département du répertoire' })).toBeTruthy()
    expect(within(within(table).getByText('Anne Martin').closest('tr')!).getByText('82')).toBeTruthy()
    // adding a contact follows the role: no DTO carries a "create" right
    expect(screen.getByRole('form', { name: 'Ajouter un contact' })).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })

  it('gives the organisation controls and each contact its own from their permissions', async () => {
    const anne = sampleContact({ id: 'e2', firstName: 'Anne', lastName: 'Martin', departementCode: '82' })
    partnerApi(undefined, { partner: samplePartner(WRITE), contacts: [sampleContact({ permissions: WRITE }), anne] })
    await mountAt(`/partners/${CPTS}`, coordinator)
    expect(screen.getByRole('button', { name: 'Modifier' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Supprimer' })).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Contacts de CPTS du Grand Cahors' })
    expect(within(table).getByRole('button', { name: 'Exporter les données de Paul Pilote' })).toBeTruthy()
    expect(within(table).getByRole('button', { name: 'Effacer les données personnelles de Paul Pilote' })).toBeTruthy()
    expect(within(table).getByRole('button', { name: 'Supprimer le contact Paul Pilote' })).toBeTruthy()
    expect(within(table).queryByRole('button', { name: /Anne Martin/ })).toBeNull()
    expect(await seriousViolations()).toEqual([])
  })

  it('asks for the directory when the caller keeps several, sends it, and shows its 400 at the field', async () => {
    const contracts = [
      sampleContract(),
      sampleContract({ id: 'c2', name: 'CLS de Montauban', territory: { name: 'Montauban', kind: 'EPCI', regionCode: '76', departementCodes: ['82', '46'] } }),
      sampleContract({ id: 'c3', name: 'CLS de Nancy', territory: { name: 'Nancy', kind: 'EPCI', regionCode: '44', departementCodes: ['54'] }, permissions: READ_ONLY }),
    ]
    const fetch = partnerApi((req) =>
      req.method === 'POST'
        ? json({ status: 400, title: 'Invalid', errors: [{ field: 'create.input.departementCode', message: 'vous ne coordonnez aucun contrat de ce département' }] }, 400)
        : undefined,
    { ...coordinatorDirectory(), contracts })
    await mountAt(`/partners/${CPTS}`, coordinator)
    const form = screen.getByRole('form', { name: 'Ajouter un contact' })
    let departement = within(form).getByLabelText(/Département du répertoire/) as HTMLSelectElement
    expect(departement.value).toBe('')
    expect(departement.getAttribute('aria-required')).toBe('true')
    // the départements of the contracts the caller may write, not those they only read
    expect(within(departement).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['', '46', '82'])
    await fill(within(form).getByLabelText('Prénom'), 'Anne')
    await fill(within(form).getByLabelText('Nom de famille'), 'Martin')
    await fireEvent.click(within(form).getByRole('button', { name: 'Ajouter le contact' }))
    await flushPromises()
    expect(requests(fetch).filter((r) => r.method === 'POST')).toHaveLength(0)
    expect(departement.getAttribute('aria-invalid')).toBe('true')
    expect(description(departement)).toContain('Choisissez le département du répertoire.')

    await fill(departement, '82')
    await fireEvent.click(within(form).getByRole('button', { name: 'Ajouter le contact' }))
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(path(post)).toBe(`/api/v1/partners/${CPTS}/contacts`)
    expect(await post.json()).toEqual({ firstName: 'Anne', lastName: 'Martin', departementCode: '82' })
    departement = within(form).getByLabelText(/Département du répertoire/) as HTMLSelectElement
    expect(departement.getAttribute('aria-invalid')).toBe('true')
    expect(description(departement)).toContain('vous ne coordonnez aucun contrat de ce département')
    expect(await seriousViolations()).toEqual([])
  })

  it('erases a contact after a confirmation, with If-Match, and lists it as "Contact effacé"', async () => {
    let erased = false
    const fetch = partnerApi((req) => {
      if (req.method === 'POST' && path(req) === '/api/v1/contacts/e1/erase') {
        erased = true
        return json(sampleContact({ version: 1, firstName: 'Contact', lastName: 'effacé', function: undefined, email: undefined, phone: undefined, permissions: WRITE }), 200, { ETag: '"1"' })
      }
      if (erased && path(req).endsWith('/contacts'))
        return json([sampleContact({ version: 1, firstName: 'Contact', lastName: 'effacé', function: undefined, email: undefined, phone: undefined, permissions: WRITE })])
      return undefined
    }, coordinatorDirectory())
    await mountAt(`/partners/${CPTS}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Effacer les données personnelles de Paul Pilote' }))
    await flushPromises()
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog.textContent).toContain('irréversible')
    expect(dialog.textContent).toContain('« Contact effacé »')
    expect(requests(fetch).filter((r) => r.method === 'POST')).toHaveLength(0)
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Oui, effacer' }))
    await flushPromises()
    const posts = requests(fetch).filter((r) => r.method === 'POST')
    expect(posts).toHaveLength(1)
    expect(path(posts[0])).toBe('/api/v1/contacts/e1/erase')
    expect(posts[0].headers.get('If-Match')).toBe('"0"')
    const table = screen.getByRole('table', { name: 'Contacts de CPTS du Grand Cahors' })
    expect(within(table).getByText('Contact effacé')).toBeTruthy()
    expect(within(table).queryByText('Paul Pilote')).toBeNull()
    expect(screen.getByText('Données personnelles de Paul Pilote effacées.')).toBeTruthy()
  })

  it('downloads the export of a contact through the API client', async () => {
    const created: Blob[] = []
    const names: string[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:x'), revokeObjectURL: () => {} }))
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    const fetch = partnerApi((req) =>
      path(req) === '/api/v1/contacts/e1/export'
        ? new Response(JSON.stringify({ contact: paul }), { headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="contact-e1.json"' } })
        : undefined,
    coordinatorDirectory())
    await mountAt(`/partners/${CPTS}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Exporter les données de Paul Pilote' }))
    await flushPromises()
    const get = requests(fetch).find((r) => path(r) === '/api/v1/contacts/e1/export')!
    expect(get.method).toBe('GET')
    expect(created).toHaveLength(1)
    expect(await created[0].text()).toContain('"Paul"')
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(/^contact-paul-pilote-\d{4}-\d{2}-\d{2}\.json$/)
  })

  it('says why a contact in use is not deleted: the uses the server names', async () => {
    const fetch = partnerApi((req) =>
      req.method === 'DELETE'
        ? json({ status: 409, title: 'Conflict', detail: 'Paul Pilote est utilisé : pilote de l’action 1.1.1 (CLS 2 du Grand Quercy).' }, 409)
        : undefined,
    coordinatorDirectory())
    await mountAt(`/partners/${CPTS}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer le contact Paul Pilote' }))
    await flushPromises()
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, supprimer' }))
    await flushPromises()
    const del = requests(fetch).find((r) => r.method === 'DELETE')!
    expect(path(del)).toBe('/api/v1/contacts/e1')
    expect(del.headers.get('If-Match')).toBe('"0"')
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('pilote de l’action 1.1.1'))!
    expect(alert.textContent).toContain("Le contact Paul Pilote n'a pas été supprimé")
    expect(within(screen.getByRole('table', { name: 'Contacts de CPTS du Grand Cahors' })).getByText('Paul Pilote')).toBeTruthy()
  })
})
