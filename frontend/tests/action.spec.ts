import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { ARS_ACTION_RIGHTS, PILOT_RIGHTS, READ_ONLY, cleanup, ars, coordinator, description, fill, json, mockFetch, mountAt, requests } from './helpers'
import { ACTION1, ARS_PARTNER, CONTRACT, CPTS, OBJ11, SLOW, path, pilot, sampleAction, samplePlan, seriousViolations } from './planFixtures'
import type { Action } from '@/api/plan'
import { registerActionPanel, unregisterActionPanel } from '@/components/plan/actionPanels'

afterEach(cleanup)

/** The action as its pilot and as an ARS officer read it: the API computes what each may do. */
const asPilot = (over: Partial<Action> = {}) => sampleAction({ permissions: PILOT_RIGHTS, ...over })
const asArs = (over: Partial<Action> = {}) => sampleAction({ permissions: ARS_ACTION_RIGHTS, ...over })

const NOTES = [
  { id: 'n1', actionId: ACTION1, text: 'Action validée en COPIL.', author: 'coord', authorName: 'Coordinatrice Demo', createdAt: '2025-03-10T09:00:00Z' },
]

function actionApi(action: Action = sampleAction(), extra: (req: Request) => Response | undefined = () => undefined) {
  return mockFetch((req) => {
    const r = extra(req)
    if (r) return r
    const p = path(req)
    if (/^\/api\/v1\/actions\/[^/]+$/.test(p)) return json(action, 200, { ETag: `"${action.version}"` })
    if (p.endsWith('/notes')) return json(NOTES)
    if (p.endsWith('/plan')) return json(samplePlan())
    if (p.endsWith('/history')) return json({ items: [], page: 0, size: 20, totalItems: 0 })
    if (p === `/api/v1/objectives/${OBJ11}`) return json({ id: OBJ11, version: 1, axisId: 'x', contractId: CONTRACT.id, number: 1, code: '1.1', position: 1, title: 'Bouger plus' })
    if (p === '/api/v1/partners')
      return json({ items: [{ id: CPTS, version: 0, name: 'CPTS du Grand Cahors', type: 'CPTS' }, { id: ARS_PARTNER, version: 0, name: 'ARS Occitanie', type: 'ARS' }], page: 0, size: 200, totalItems: 2 })
    if (p.endsWith('/contacts')) return json([{ id: 'e1', version: 0, partnerId: CPTS, firstName: 'Paul', lastName: 'Pilote', function: 'Coordinateur', email: 'pilot@example.org' }])
    return json(CONTRACT, 200, { ETag: '"3"' })
  })
}

describe('fiche action', SLOW, () => {
  it('reads like the printed fiche, with notes only for the ARS', async () => {
    actionApi(asArs())
    await mountAt(`/actions/${ACTION1}`, ars)
    expect(screen.getByRole('heading', { level: 1, name: 'Fiche action 1.1.1 – Sport santé sur ordonnance' })).toBeTruthy()
    expect(screen.getByText('1. Prévention')).toBeTruthy()
    expect(screen.getByText('1.1 Bouger plus')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'Constat' })).getByText('Forte sédentarité.')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: "Objectifs de l'action" })).getByText('Orienter 150 patients par an.')).toBeTruthy()
    const publicSection = screen.getByRole('region', { name: 'Public et territoire' })
    expect(within(screen.getByRole('region', { name: 'Identification' })).getByText('Sport-santé, activité physique, Prévention, promotion de la santé')).toBeTruthy()
    expect(within(publicSection).getByText('46042')).toBeTruthy()
    expect(within(publicSection).getByText('Terre Rouge')).toBeTruthy()
    const calendar = screen.getByRole('region', { name: 'Calendrier' })
    expect(within(calendar).getByText('01/03/2025')).toBeTruthy()
    expect(within(calendar).getByText(/Former les éducateurs/)).toBeTruthy()
    expect(within(calendar).queryByRole('checkbox')).toBeNull()
    const pilotSection = screen.getByRole('region', { name: 'Pilotage et partenaires' })
    expect(within(pilotSection).getByRole('link', { name: 'CPTS du Grand Cahors' })).toBeTruthy()
    expect(within(pilotSection).getByText(/Paul Pilote/)).toBeTruthy()
    expect(within(pilotSection).getByText(/Financeur/)).toBeTruthy()
    const fundings = screen.getByRole('region', { name: 'Financements' })
    const total = within(fundings).getByRole('table', { name: "Financements de l'action" })
    expect(within(total).getByRole('rowheader', { name: 'Total' }).parentElement!.textContent).toMatch(/17\s000,00\s€/)
    const byFunder = within(fundings).getByRole('table', { name: 'Totaux par financeur' })
    expect(within(byFunder).getByRole('rowheader', { name: 'ARS Occitanie' }).parentElement!.textContent).toMatch(/5\s000,00\s€.*12\s000,00\s€.*0,00\s€.*17\s000,00\s€/)
    expect(within(screen.getByRole('region', { name: "Liens avec d'autres dispositifs" })).getByText('Projet de santé de la CPTS')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'Évaluation' })).getByText('Bilan à mi-parcours.')).toBeTruthy()
    const notes = screen.getByRole('region', { name: 'Notes de suivi' })
    expect(within(notes).getByText('Action validée en COPIL.')).toBeTruthy()
    expect(within(notes).getByLabelText('Nouvelle note de suivi')).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Historique des modifications' })).toBeTruthy()

    expect(screen.queryByRole('button', { name: 'Modifier la fiche' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Enregistrer le suivi' })).toBeNull()
    expect(await seriousViolations()).toEqual([])
  })

  it('lets the ARS add a note', async () => {
    let notes = [...NOTES]
    const fetch = actionApi(asArs(), (req) => {
      if (!path(req).endsWith('/notes')) return undefined
      if (req.method === 'POST') {
        const n = { id: 'n2', actionId: ACTION1, text: 'Vu en dialogue de gestion.', author: 'ars', authorName: 'DD 46', createdAt: '2025-11-02T09:00:00Z' }
        notes = [...notes, n]
        return json(n, 201)
      }
      return json(notes)
    })
    await mountAt(`/actions/${ACTION1}`, ars)
    const section = screen.getByRole('region', { name: 'Notes de suivi' })
    await fill(within(section).getByLabelText('Nouvelle note de suivi'), 'Vu en dialogue de gestion.')
    await fireEvent.click(within(section).getByRole('button', { name: 'Ajouter la note' }))
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(path(post)).toBe(`/api/v1/actions/${ACTION1}/notes`)
    expect(await post.json()).toEqual({ text: 'Vu en dialogue de gestion.' })
    expect(within(section).getByText('Vu en dialogue de gestion.')).toBeTruthy()
    expect(within(section).getAllByRole('listitem')).toHaveLength(2)
  })

  it('lets the pilot of the action change status and progress by merge patch, not the whole fiche', async () => {
    const fetch = actionApi(asPilot(), (req) =>
      req.method === 'PATCH' ? json(asPilot({ version: 5, status: 'POSTPONED', progress: 45 }), 200, { ETag: '"5"' }) : undefined,
    )
    await mountAt(`/actions/${ACTION1}`, pilot)
    expect(screen.queryByRole('button', { name: 'Modifier la fiche' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer la fiche' })).toBeNull()
    const form = screen.getByRole('region', { name: 'Mettre à jour le suivi' })
    await fill(within(form).getByLabelText('Statut'), 'POSTPONED')
    await fill(within(form).getByLabelText('Avancement (%)'), '45')
    await fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer le suivi' }))
    await flushPromises()
    const patch = requests(fetch).find((r) => r.method === 'PATCH')!
    expect(patch.headers.get('If-Match')).toBe('"4"')
    expect(patch.headers.get('Content-Type')).toBe('application/merge-patch+json')
    expect(await patch.json()).toEqual({ status: 'POSTPONED', progress: 45 })
    expect(screen.getAllByText('Reportée').length).toBeGreaterThan(0)
    expect(screen.getByText('Statut et avancement enregistrés.')).toBeTruthy()
    expect(await seriousViolations()).toEqual([])
  })

  it('lets the pilot tick a step: the whole list is sent', async () => {
    const fetch = actionApi(asPilot(), (req) => (req.method === 'PATCH' ? json(asPilot({ version: 5 })) : undefined))
    await mountAt(`/actions/${ACTION1}`, pilot)
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Premières prescriptions' }))
    await flushPromises()
    const patch = requests(fetch).find((r) => r.method === 'PATCH')!
    expect(await patch.json()).toEqual({
      steps: [
        { title: 'Former les éducateurs', dueDate: '2025-06-30', done: true },
        { title: 'Premières prescriptions', dueDate: '2025-09-30', done: true },
      ],
    })
  })

  it('shows the API error next to the progress', async () => {
    actionApi(asPilot(), (req) =>
      req.method === 'PATCH' ? json({ status: 400, title: 'Invalid', errors: [{ field: 'progress', message: 'doit être entre 0 et 100' }] }, 400) : undefined,
    )
    await mountAt(`/actions/${ACTION1}`, pilot)
    await fill(screen.getByLabelText('Avancement (%)'), '140')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le suivi' }))
    await flushPromises()
    const progress = screen.getByLabelText('Avancement (%)')
    expect(progress.getAttribute('aria-invalid')).toBe('true')
    expect(description(progress)).toContain('doit être entre 0 et 100')
  })

  it('gives nothing to change to a pilot whose action says no rights, even when the referent email is theirs', async () => {
    // pilot@example.org is the referent's email, but the contact is linked to another account
    actionApi(sampleAction({ permissions: READ_ONLY }))
    await mountAt(`/actions/${ACTION1}`, pilot)
    expect(screen.getByText('Consultation seule')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Enregistrer le suivi' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Ajouter la note' })).toBeNull()
    expect(screen.queryByRole('checkbox')).toBeNull()
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('shows no edit control when the action says write=false, even to a coordinator listed on the contract', async () => {
    // CONTRACT lists coord@quercy.fr, the caller's email, but the API's answer is what counts
    actionApi(sampleAction({ permissions: READ_ONLY }))
    await mountAt(`/actions/${ACTION1}`, coordinator)
    expect(screen.getByText('Consultation seule')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Modifier la fiche' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Supprimer la fiche' })).toBeNull()
    expect(screen.queryAllByRole('button', { name: /^Modifier la section/ })).toEqual([])
    expect(screen.queryByRole('region', { name: 'Mettre à jour le suivi' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Ajouter la note' })).toBeNull()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('shows the progress controls to the pilot the API names, whatever the referent email says', async () => {
    // the pilot's account holds the contact, whose email has changed since
    actionApi(asPilot({ pilot: { partnerId: CPTS, partnerName: 'CPTS du Grand Cahors', contactEmail: 'ancienne@adresse.org' } }))
    await mountAt(`/actions/${ACTION1}`, pilot)
    const form = screen.getByRole('region', { name: 'Mettre à jour le suivi' })
    expect(within(form).getByLabelText('Statut')).toBeTruthy()
    expect(within(form).getByRole('button', { name: 'Enregistrer le suivi' })).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: 'Premières prescriptions' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Ajouter la note' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Modifier la fiche' })).toBeNull()
  })

  it('gives the coordinators of the contract every control, and deletes after confirmation', async () => {
    const fetch = actionApi(sampleAction(), (req) => (req.method === 'DELETE' ? new Response(null, { status: 204 }) : undefined))
    const { router } = await mountAt(`/actions/${ACTION1}`, coordinator)
    expect(screen.getByRole('button', { name: 'Modifier la fiche' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Enregistrer le suivi' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Ajouter la note' })).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Supprimer la fiche' }))
    await flushPromises()
    await fireEvent.click(await screen.findByRole('button', { name: 'Oui, supprimer' }))
    await flushPromises()
    const del = requests(fetch).find((r) => r.method === 'DELETE')!
    expect(del.headers.get('If-Match')).toBe('"4"')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('contract-plan'), { timeout: 10_000 })
  })

  it('shows the panels other features register, with the action and the permissions', async () => {
    const Panel = defineComponent({
      props: { action: { type: Object, required: true }, permissions: { type: Object, required: true } },
      setup: (p) => () =>
        h('section', { 'aria-label': 'Indicateurs' }, `${(p.action as Action).code} ${(p.permissions as { editProgress: boolean }).editProgress}`),
    })
    registerActionPanel({ id: 'test-indicators', component: Panel })
    try {
      actionApi(asPilot())
      await mountAt(`/actions/${ACTION1}`, pilot)
      expect(screen.getByRole('region', { name: 'Indicateurs' }).textContent).toBe('1.1.1 true')
    } finally {
      unregisterActionPanel('test-indicators')
    }
  })
})

describe('fiche action, section by section', SLOW, () => {
  it('lets a coordinator edit the rationale alone: the merge patch carries only that field, with If-Match', async () => {
    const fetch = actionApi(sampleAction(), (req) =>
      req.method === 'PATCH' ? json(sampleAction({ version: 5, rationale: 'Sédentarité forte chez les seniors.' }), 200, { ETag: '"5"' }) : undefined,
    )
    await mountAt(`/actions/${ACTION1}`, coordinator)
    const section = screen.getByRole('region', { name: 'Constat' })
    const edit = within(section).getByRole('button', { name: 'Modifier la section Constat' })
    await fireEvent.click(edit)
    await flushPromises()
    const field = within(section).getByLabelText('Constat') as HTMLTextAreaElement
    expect(field.value).toBe('Forte sédentarité.')
    expect(document.activeElement).toBe(field)
    // only this section switched to a form
    expect(screen.getAllByRole('button', { name: /^Enregistrer la section/ })).toHaveLength(1)
    expect(within(screen.getByRole('region', { name: "Objectifs de l'action" })).queryByRole('textbox')).toBeNull()
    expect(await seriousViolations()).toEqual([])

    await fill(field, 'Sédentarité forte chez les seniors.')
    await fireEvent.click(within(section).getByRole('button', { name: 'Enregistrer la section Constat' }))
    await flushPromises()
    const patch = requests(fetch).find((r) => r.method === 'PATCH')!
    expect(path(patch)).toBe(`/api/v1/actions/${ACTION1}`)
    expect(patch.headers.get('If-Match')).toBe('"4"')
    expect(patch.headers.get('Content-Type')).toBe('application/merge-patch+json')
    expect(await patch.json()).toEqual({ rationale: 'Sédentarité forte chez les seniors.' })
    expect(within(section).getByText('Sédentarité forte chez les seniors.')).toBeTruthy()
    expect(within(section).queryByRole('textbox')).toBeNull()
    expect(screen.getByText('Section « Constat » enregistrée.')).toBeTruthy()
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Modifier la section Constat' }))
  })

  it('sends the next version and clears an emptied field with null', async () => {
    let version = 4
    const fetch = actionApi(sampleAction(), (req) => {
      if (req.method !== 'PATCH') return undefined
      version += 1
      return json(sampleAction({ version, evaluationNotes: undefined }), 200, { ETag: `"${version}"` })
    })
    await mountAt(`/actions/${ACTION1}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Modifier la section Évaluation' }))
    await flushPromises()
    await fill(screen.getByRole('textbox', { name: 'Évaluation' }), '')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la section Évaluation' }))
    await flushPromises()
    await fireEvent.click(screen.getByRole('button', { name: 'Modifier la section Calendrier' }))
    await flushPromises()
    await fill(screen.getByLabelText('Date de fin'), '2027-12-31')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la section Calendrier' }))
    await flushPromises()
    const patches = requests(fetch).filter((r) => r.method === 'PATCH')
    expect(await patches[0].json()).toEqual({ evaluationNotes: null })
    expect(patches[1].headers.get('If-Match')).toBe('"5"')
    expect(await patches[1].json()).toEqual({ startDate: '2025-03-01', endDate: '2027-12-31' })
  })

  it('asks to reload when someone else changed the fiche, and keeps what was typed', async () => {
    actionApi(sampleAction(), (req) =>
      req.method === 'PATCH' ? json({ status: 412, title: 'Precondition Failed', detail: 'stale version' }, 412) : undefined,
    )
    await mountAt(`/actions/${ACTION1}`, coordinator)
    const section = screen.getByRole('region', { name: "Objectifs de l'action" })
    await fireEvent.click(within(section).getByRole('button', { name: "Modifier la section Objectifs de l'action" }))
    await flushPromises()
    await fill(within(section).getByLabelText("Objectifs de l'action"), 'Orienter 200 patients.')
    await fireEvent.click(within(section).getByRole('button', { name: "Enregistrer la section Objectifs de l'action" }))
    await flushPromises()
    const alert = within(section).getAllByRole('alert').find((a) => a.textContent?.includes("Quelqu'un d'autre a modifié cette fiche"))!
    expect(alert.textContent).toContain('rechargez la fiche')
    expect(document.activeElement).toBe(alert)
    expect(within(alert).getByRole('button', { name: 'Recharger la fiche' })).toBeTruthy()
    expect((within(section).getByLabelText("Objectifs de l'action") as HTMLTextAreaElement).value).toBe('Orienter 200 patients.')
    expect(await seriousViolations()).toEqual([])
  })

  it('shows the API errors next to the fields of the section', async () => {
    actionApi(sampleAction(), (req) =>
      req.method === 'PATCH'
        ? json({ status: 400, title: 'Invalid', errors: [{ field: 'patch.input.endDate', message: 'doit être postérieure à la date de début' }] }, 400)
        : undefined,
    )
    await mountAt(`/actions/${ACTION1}`, coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Modifier la section Calendrier' }))
    await flushPromises()
    await fill(screen.getByLabelText('Date de fin'), '2020-01-01')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la section Calendrier' }))
    await flushPromises()
    const end = screen.getByLabelText('Date de fin')
    expect(end.getAttribute('aria-invalid')).toBe('true')
    expect(description(end)).toContain('doit être postérieure à la date de début')
  })

  it('restores the section on cancel and gives the focus back to its button', async () => {
    const fetch = actionApi()
    await mountAt(`/actions/${ACTION1}`, coordinator)
    const section = screen.getByRole('region', { name: 'Identification' })
    await fireEvent.click(within(section).getByRole('button', { name: 'Modifier la section Identification' }))
    await flushPromises()
    expect(document.activeElement).toBe(within(section).getByLabelText(/^Titre/))
    await fill(within(section).getByLabelText(/^Titre/), 'Autre titre')
    await fireEvent.click(within(section).getByRole('button', { name: 'Annuler les modifications de la section Identification' }))
    await flushPromises()
    expect(within(section).queryByRole('textbox')).toBeNull()
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Modifier la section Identification' }))
    await fireEvent.click(within(section).getByRole('button', { name: 'Modifier la section Identification' }))
    await flushPromises()
    expect((within(section).getByLabelText(/^Titre/) as HTMLInputElement).value).toBe('Sport santé sur ordonnance')
    expect(requests(fetch).some((r) => r.method === 'PATCH')).toBe(false)
  })

  it('edits the pilot and the fundings in their own sections', async () => {
    const fetch = actionApi(sampleAction(), (req) => (req.method === 'PATCH' ? json(sampleAction({ version: 5 }), 200, { ETag: '"5"' }) : undefined))
    await mountAt(`/actions/${ACTION1}`, coordinator)
    const pilotSection = screen.getByRole('region', { name: 'Pilote et référent' })
    await fireEvent.click(within(pilotSection).getByRole('button', { name: 'Modifier la section Pilote et référent' }))
    await flushPromises()
    expect((within(pilotSection).getByLabelText('Structure pilote') as HTMLSelectElement).value).toBe(CPTS)
    await fill(within(pilotSection).getByLabelText('Structure pilote'), ARS_PARTNER)
    expect((within(pilotSection).getByLabelText('Référent') as HTMLSelectElement).value).toBe('')
    await fireEvent.click(within(pilotSection).getByRole('button', { name: 'Enregistrer la section Pilote et référent' }))
    await flushPromises()

    const fundings = screen.getByRole('region', { name: 'Financements' })
    await fireEvent.click(within(fundings).getByRole('button', { name: 'Modifier la section Financements' }))
    await flushPromises()
    await fireEvent.click(within(fundings).getByRole('button', { name: 'Retirer le financement 1' }))
    await fireEvent.click(within(fundings).getByRole('button', { name: 'Enregistrer la section Financements' }))
    await flushPromises()
    const patches = requests(fetch).filter((r) => r.method === 'PATCH')
    expect(await patches[0].json()).toEqual({ pilot: { partnerId: ARS_PARTNER, contactId: null } })
    const body = await patches[1].json()
    expect(Object.keys(body)).toEqual(['fundings'])
    expect(body.fundings).toHaveLength(sampleAction().fundings.length - 1)
    expect(await seriousViolations()).toEqual([])
  })

  it('gives the pilot and the ARS no section to edit', async () => {
    actionApi(asPilot())
    await mountAt(`/actions/${ACTION1}`, pilot)
    expect(screen.getByRole('button', { name: 'Enregistrer le suivi' })).toBeTruthy()
    expect(screen.queryAllByRole('button', { name: /^Modifier la section/ })).toEqual([])
    cleanup()
    actionApi(asArs())
    await mountAt(`/actions/${ACTION1}`, ars)
    expect(screen.getByRole('region', { name: 'Constat' })).toBeTruthy()
    expect(screen.queryAllByRole('button', { name: /^Modifier la section/ })).toEqual([])
  })

  it('offers every section to the coordinators', async () => {
    actionApi()
    await mountAt(`/actions/${ACTION1}`, coordinator)
    expect(screen.getAllByRole('button', { name: /^Modifier la section/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Modifier la section Identification',
      'Modifier la section Constat',
      "Modifier la section Objectifs de l'action",
      'Modifier la section Description',
      'Modifier la section Public et territoire',
      'Modifier la section Calendrier',
      'Modifier la section Pilote et référent',
      'Modifier la section Partenaires',
      'Modifier la section Financements',
      "Modifier la section Liens avec d'autres dispositifs",
      'Modifier la section Évaluation',
    ])
    expect(screen.getByRole('button', { name: 'Modifier la fiche' })).toBeTruthy()
  })
})

describe('action form', SLOW, () => {
  it('creates an action in the objective given, with pilot, step and funding', async () => {
    const fetch = actionApi(sampleAction(), (req) =>
      req.method === 'POST' && path(req) === '/api/v1/actions' ? json(sampleAction({ id: 'new-id' }), 201) : undefined,
    )
    const { router } = await mountAt(`/actions/new?objectiveId=${OBJ11}`, coordinator)
    expect(screen.getByRole('heading', { level: 1, name: 'Nouvelle fiche action' })).toBeTruthy()
    expect((screen.getByLabelText('Objectif opérationnel') as HTMLSelectElement).value).toBe(OBJ11)
    await fill(screen.getByLabelText('Titre'), 'Marche santé')
    await fireEvent.click(screen.getByLabelText('Sport-santé, activité physique'))
    await fill(screen.getByLabelText('Date de début'), '2026-03-01')
    await fill(screen.getByLabelText('Date de fin'), '2027-06-30')
    await fill(screen.getByLabelText('Structure pilote'), CPTS)
    await fill(screen.getByLabelText('Référent'), 'e1')
    await fireEvent.click(screen.getByRole('button', { name: "Ajouter l'étape" }))
    await fill(screen.getByLabelText('Étape 1'), 'Repérer les parcours')
    await fireEvent.click(screen.getByRole('button', { name: 'Ajouter un financement' }))
    await fill(screen.getByLabelText('Financeur 1'), ARS_PARTNER)
    await fill(screen.getByLabelText('Année du financement 1'), '2026')
    await fill(screen.getByLabelText('Montant du financement 1 (€)'), '3000')
    await fill(screen.getByLabelText('CPTS'), 'Projet de santé')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    const post = requests(fetch).find((r) => r.method === 'POST')!
    expect(await post.json()).toEqual({
      objectiveId: OBJ11,
      title: 'Marche santé',
      themes: ['PHYSICAL_ACTIVITY'],
      communeCodes: [],
      priorityNeighbourhoods: [],
      startDate: '2026-03-01',
      endDate: '2027-06-30',
      status: 'NOT_STARTED',
      progress: 0,
      links: { cpts: 'Projet de santé' },
      pilot: { partnerId: CPTS, contactId: 'e1' },
      partners: [],
      fundings: [{ funderId: ARS_PARTNER, year: 2026, amount: 3000, kind: 'OPERATING', status: 'REQUESTED' }],
      steps: [{ title: 'Repérer les parcours', done: false }],
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/actions/new-id'), { timeout: 10_000 })
  })

  it('shows field errors next to their fields, also in the rows of a list', async () => {
    actionApi(sampleAction(), (req) =>
      req.method === 'POST'
        ? json(
            {
              status: 400,
              title: 'Invalid',
              errors: [
                { field: 'create.input.endDate', message: 'doit être postérieure à la date de début' },
                { field: 'create.input.fundings[0].amount', message: 'doit être positif' },
              ],
            },
            400,
          )
        : undefined,
    )
    await mountAt(`/actions/new?objectiveId=${OBJ11}`, coordinator)
    await fill(screen.getByLabelText('Titre'), 'Marche santé')
    await fireEvent.click(screen.getByRole('button', { name: 'Ajouter un financement' }))
    await fill(screen.getByLabelText('Montant du financement 1 (€)'), '-5')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    const end = screen.getByLabelText('Date de fin')
    expect(end.getAttribute('aria-invalid')).toBe('true')
    expect(description(end)).toContain('doit être postérieure à la date de début')
    const amount = screen.getByLabelText('Montant du financement 1 (€)')
    expect(amount.getAttribute('aria-invalid')).toBe('true')
    expect(description(amount)).toContain('doit être positif')
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('Le formulaire contient des erreurs'))).toBe(true)
    expect(await seriousViolations()).toEqual([])
  })

  it('edits the whole fiche with If-Match', async () => {
    const fetch = actionApi(sampleAction(), (req) => (req.method === 'PUT' ? json(sampleAction({ version: 5, title: 'Sport santé' })) : undefined))
    const { router } = await mountAt(`/actions/${ACTION1}/edit`, coordinator)
    expect((screen.getByLabelText('Titre') as HTMLInputElement).value).toBe('Sport santé sur ordonnance')
    expect((screen.getByLabelText('Montant du financement 2 (€)') as HTMLInputElement).value).toBe('5000')
    await fill(screen.getByLabelText('Titre'), 'Sport santé')
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    const put = requests(fetch).find((r) => r.method === 'PUT')!
    expect(path(put)).toBe(`/api/v1/actions/${ACTION1}`)
    expect(put.headers.get('If-Match')).toBe('"4"')
    const body = await put.json()
    expect(body.title).toBe('Sport santé')
    expect(body.partners).toEqual([{ partnerId: ARS_PARTNER, role: 'FUNDER' }])
    expect(body.steps).toHaveLength(2)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/actions/${ACTION1}`), { timeout: 10_000 })
  })
})
