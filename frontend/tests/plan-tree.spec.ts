import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { ARS_CONTRACT_RIGHTS, READ_ONLY, cleanup, ars, coordinator, description, fill, json, mockFetch, mountAt, requests, sampleContract } from './helpers'
import { AXIS1, AXIS2, CONTRACT, OBJ11, SLOW, path, sampleAction, samplePlan, seriousViolations } from './planFixtures'

afterEach(cleanup)

/** The contract as an ARS officer of its territory reads it. */
const ARS_VIEW = sampleContract({ permissions: ARS_CONTRACT_RIGHTS })

function planApi(extra: (req: Request) => Response | undefined = () => undefined, contract = CONTRACT) {
  return mockFetch((req) => {
    const r = extra(req)
    if (r) return r
    const p = path(req)
    if (p.endsWith('/plan')) return json(samplePlan())
    if (p === '/api/v1/actions') return json({ items: [sampleAction(), sampleAction({ id: 'x2', code: '2.1.1', title: 'Accueil des internes', objectiveId: 'b1b1b1b1-0000-4000-8000-000000000021', status: 'POSTPONED', late: true, pilot: undefined })], page: 0, size: 25, totalItems: 2 })
    return json(contract, 200, { ETag: '"3"' })
  })
}

describe('plan tree', SLOW, () => {
  it('shows axes, objectives and action summaries, read-only for the ARS', async () => {
    planApi(undefined, ARS_VIEW)
    await mountAt(`/contracts/${CONTRACT.id}/plan`, ars)
    expect(screen.getByRole('heading', { level: 1, name: 'Plan d\'actions – CLS 2 du Grand Quercy' })).toBeTruthy()
    const axis = screen.getByRole('region', { name: 'Axe 1 – Prévention' })
    expect(within(axis).getByRole('heading', { level: 3, name: 'Objectif 1.1 – Bouger plus' })).toBeTruthy()
    expect(within(axis).getByRole('link', { name: '1.1.1 Sport santé sur ordonnance' }).getAttribute('href')).toContain('/actions/')
    expect(within(axis).getByText('En cours')).toBeTruthy()
    expect(within(axis).getByText('Pilote : CPTS du Grand Cahors')).toBeTruthy()
    expect(within(axis).getByRole('progressbar', { name: "Avancement moyen de l'axe 1" })).toBeTruthy()
    expect(screen.getByText('En retard')).toBeTruthy()
    expect(screen.queryByRole('button', { name: "Supprimer l'axe 1" })).toBeNull()
    expect(screen.queryByRole('button', { name: "Ajouter l'axe" })).toBeNull()
    expect(await seriousViolations()).toEqual([])
  })

  it('collapses and expands an axis by keyboard-reachable buttons', async () => {
    planApi(undefined, ARS_VIEW)
    await mountAt(`/contracts/${CONTRACT.id}/plan`, ars)
    const toggle = screen.getByRole('button', { name: /Axe 2 – Accès aux soins/ })
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    await fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect((document.getElementById(`axis-body-${AXIS2}`) as HTMLElement).style.display).toBe('none')
  })

  it('offers no plan tool when the contract says write=false, even to a coordinator listed on it', async () => {
    planApi(undefined, sampleContract({ permissions: READ_ONLY }))
    await mountAt(`/contracts/${CONTRACT.id}/plan`, coordinator)
    expect(screen.getByRole('region', { name: 'Axe 1 – Prévention' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: "Modifier l'axe 1" })).toBeNull()
    expect(screen.queryByRole('button', { name: "Supprimer l'objectif 1.1" })).toBeNull()
    expect(screen.queryByRole('link', { name: "Nouvelle action dans l'objectif 1.1" })).toBeNull()
    expect(screen.queryByRole('button', { name: "Ajouter l'axe" })).toBeNull()
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('gives the plan tools to a caller whose contract says write=true', async () => {
    planApi()
    await mountAt(`/contracts/${CONTRACT.id}/plan`, coordinator)
    expect(screen.getByRole('button', { name: "Modifier l'axe 1" })).toBeTruthy()
    expect(screen.getByRole('link', { name: "Nouvelle action dans l'objectif 1.1" })).toBeTruthy()
    expect(screen.getByRole('button', { name: "Ajouter l'axe" })).toBeTruthy()
  })

  it('moves an axis with If-Match of the version read', async () => {
    const fetch = planApi((req) => (req.method === 'PUT' ? json({ id: AXIS2, version: 6, number: 1, title: 'Accès aux soins' }) : undefined))
    await mountAt(`/contracts/${CONTRACT.id}/plan`, coordinator)
    expect((screen.getByRole('button', { name: "Monter l'axe 1" }) as HTMLButtonElement).disabled).toBe(true)
    await fireEvent.click(screen.getByRole('button', { name: "Monter l'axe 2" }))
    await flushPromises()
    const put = requests(fetch).find((r) => r.method === 'PUT')!
    expect(path(put)).toBe(`/api/v1/axes/${AXIS2}`)
    expect(put.headers.get('If-Match')).toBe('"5"')
    expect(await put.json()).toEqual({ title: 'Accès aux soins', position: 1 })
  })

  it('adds an axis and shows the API field error next to the title', async () => {
    const fetch = planApi((req) =>
      req.method === 'POST'
        ? json({ status: 400, title: 'Invalid', errors: [{ field: 'createAxis.input.title', message: 'ne doit pas être vide' }] }, 400)
        : undefined,
    )
    await mountAt(`/contracts/${CONTRACT.id}/plan`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: "Ajouter l'axe" }))
    await flushPromises()
    expect(path(requests(fetch).find((r) => r.method === 'POST')!)).toBe(`/api/v1/contracts/${CONTRACT.id}/axes`)
    const title = screen.getByLabelText('Titre')
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(description(title)).toContain('ne doit pas être vide')
  })

  it('edits an objective', async () => {
    const fetch = planApi((req) => (req.method === 'PUT' ? json({ id: OBJ11, version: 2 }) : undefined))
    await mountAt(`/contracts/${CONTRACT.id}/plan`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: "Modifier l'objectif 1.1" }))
    await flushPromises()
    const form = screen.getByRole('form', { name: 'Modification de « Bouger plus »' })
    await fill(within(form).getByLabelText('Titre'), 'Bouger davantage')
    await fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    const put = requests(fetch).find((r) => r.method === 'PUT')!
    expect(path(put)).toBe(`/api/v1/objectives/${OBJ11}`)
    expect(put.headers.get('If-Match')).toBe('"1"')
    expect(await put.json()).toEqual({ title: 'Bouger davantage', position: 1 })
  })

  it('shows what depends on an axis refused with a 409, and cascades only after a second confirmation', async () => {
    const fetch = planApi((req) => {
      if (req.method !== 'DELETE') return undefined
      return new URL(req.url).searchParams.get('cascade') === 'true'
        ? new Response(null, { status: 204 })
        : json({ status: 409, title: 'Conflict', detail: 'Axis 1 has 1 objective(s) and 1 action(s): 1.1.1 Sport santé sur ordonnance' }, 409)
    })
    await mountAt(`/contracts/${CONTRACT.id}/plan`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: "Supprimer l'axe 1" }))
    await flushPromises()
    expect(requests(fetch).some((r) => r.method === 'DELETE')).toBe(false)
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, supprimer' }))
    await flushPromises()
    const first = requests(fetch).filter((r) => r.method === 'DELETE')
    expect(first).toHaveLength(1)
    expect(new URL(first[0].url).searchParams.has('cascade')).toBe(false)
    expect(first[0].headers.get('If-Match')).toBe('"2"')

    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('des éléments en dépendent'))!
    expect(alert.textContent).toContain('1.1.1 Sport santé sur ordonnance')
    await fireEvent.click(within(alert).getByRole('button', { name: 'Supprimer aussi ce qui en dépend' }))
    await flushPromises()
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, tout supprimer' }))
    await flushPromises()
    const second = requests(fetch).filter((r) => r.method === 'DELETE')
    expect(second).toHaveLength(2)
    expect(path(second[1])).toBe(`/api/v1/axes/${AXIS1}`)
    expect(new URL(second[1].url).searchParams.get('cascade')).toBe('true')
  })

  it('has no serious axe violation with the coordinator controls', async () => {
    planApi()
    await mountAt(`/contracts/${CONTRACT.id}/plan`, coordinator)
    expect(await seriousViolations()).toEqual([])
  })
})

describe('actions table', SLOW, () => {
  it('lists the actions of the contract, sorted by code', async () => {
    const fetch = planApi(undefined, ARS_VIEW)
    await mountAt(`/contracts/${CONTRACT.id}/actions`, ars)
    const list = requests(fetch).find((r) => path(r) === '/api/v1/actions')!
    const q = new URL(list.url).searchParams
    expect(q.get('contractId')).toBe(CONTRACT.id)
    expect(q.get('sort')).toBe('code')
    const table = screen.getByRole('table', { name: 'Actions du contrat (2 au total)' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(within(rows[0]).getByRole('link', { name: 'Sport santé sur ordonnance' })).toBeTruthy()
    expect(within(rows[0]).getByText('1.1 Bouger plus')).toBeTruthy()
    expect(within(rows[1]).getByText('En retard')).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: 'Code' }).getAttribute('aria-sort')).toBe('ascending')
    expect(await seriousViolations()).toEqual([])
  })

  it('filters by axis, status, theme, pilot, lateness and text, and sorts by a column', async () => {
    const fetch = planApi()
    const { router } = await mountAt(`/contracts/${CONTRACT.id}/actions`, coordinator)
    await fill(screen.getByLabelText('Axe'), AXIS1)
    await fill(screen.getByLabelText('Statut'), 'IN_PROGRESS')
    await fill(screen.getByLabelText('Thème'), 'PREVENTION')
    await fill(screen.getByLabelText('Structure pilote'), 'd1d1d1d1-0000-4000-8000-000000000001')
    await fireEvent.click(screen.getByLabelText('Seulement les actions en retard'))
    await fill(screen.getByLabelText('Rechercher'), 'sport')
    await fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }))
    await flushPromises()
    expect(router.currentRoute.value.query).toMatchObject({ axisId: AXIS1, status: 'IN_PROGRESS', theme: 'PREVENTION', late: 'true', q: 'sport' })
    let q = new URL(requests(fetch).filter((r) => path(r) === '/api/v1/actions').pop()!.url).searchParams
    expect(q.get('axisId')).toBe(AXIS1)
    expect(q.get('status')).toBe('IN_PROGRESS')
    expect(q.get('theme')).toBe('PREVENTION')
    expect(q.get('pilotPartnerId')).toBe('d1d1d1d1-0000-4000-8000-000000000001')
    expect(q.get('late')).toBe('true')
    expect(q.get('q')).toBe('sport')

    await fireEvent.click(screen.getByRole('button', { name: 'Avancement' }))
    await flushPromises()
    q = new URL(requests(fetch).filter((r) => path(r) === '/api/v1/actions').pop()!.url).searchParams
    expect(q.get('sort')).toBe('progress')
    expect(q.get('axisId')).toBe(AXIS1)
    expect(screen.getByRole('columnheader', { name: 'Avancement' }).getAttribute('aria-sort')).toBe('ascending')
    await fireEvent.click(screen.getByRole('button', { name: 'Avancement' }))
    await flushPromises()
    q = new URL(requests(fetch).filter((r) => path(r) === '/api/v1/actions').pop()!.url).searchParams
    expect(q.get('sort')).toBe('-progress')
  })

  it('exports the rows shown as CSV', async () => {
    planApi()
    let blob: Blob | null = null
    vi.stubGlobal('URL', Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        blob = b
        return 'blob:csv'
      },
      revokeObjectURL: () => {},
    }))
    await mountAt(`/contracts/${CONTRACT.id}/actions`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Exporter le tableau (CSV)' }))
    expect(blob).not.toBeNull()
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsText(blob as unknown as Blob)
    })
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('Code;Titre;Objectif opérationnel;Statut;Avancement;Date de fin;Pilote;Thèmes;En retard')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('1.1.1;Sport santé sur ordonnance;1.1 Bouger plus;En cours;30;2026-12-31;CPTS du Grand Cahors')
    expect(lines[2]).toContain('Reportée')
  })
})
