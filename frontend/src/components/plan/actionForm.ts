import type { FieldError } from '@/api/client'
import type { Action, ActionInput, ActionPatch } from '@/api/plan'
import { LINK_KEYS } from '@/composables/usePlanLabels'

/** The fiche action as its forms edit it (text as typed; converted by `actionInput`). */
export function emptyActionForm() {
  return {
    objectiveId: '',
    code: '',
    title: '',
    rationale: '',
    goals: '',
    description: '',
    targetPublic: '',
    themes: [] as string[],
    communeCodes: '',
    priorityNeighbourhoods: '',
    startDate: '',
    endDate: '',
    status: 'NOT_STARTED',
    progress: '0',
    priority: '',
    links: Object.fromEntries(LINK_KEYS.map((k) => [k, ''])) as Record<(typeof LINK_KEYS)[number], string>,
    evaluationNotes: '',
    pilotPartnerId: '',
    pilotContactId: '',
    partners: [] as PartnerRow[],
    fundings: [] as FundingRow[],
    steps: [] as { title: string; dueDate: string; done: boolean }[],
  }
}
export type ActionForm = ReturnType<typeof emptyActionForm>
export interface PartnerRow {
  partnerId: string
  role: string
}
export interface FundingRow {
  funderId: string
  year: string
  amount: string
  kind: string
  status: string
}

export function fillActionForm(form: ActionForm, a: Action) {
  form.objectiveId = a.objectiveId
  form.code = a.codeSet ? a.code : ''
  form.title = a.title
  form.rationale = a.rationale ?? ''
  form.goals = a.goals ?? ''
  form.description = a.description ?? ''
  form.targetPublic = a.targetPublic ?? ''
  form.themes = [...a.themes]
  form.communeCodes = a.communeCodes.join(', ')
  form.priorityNeighbourhoods = a.priorityNeighbourhoods.join('; ')
  form.startDate = a.startDate ?? ''
  form.endDate = a.endDate ?? ''
  form.status = a.status
  form.progress = String(a.progress)
  form.priority = a.priority ?? ''
  for (const k of LINK_KEYS) form.links[k] = a.links?.[k] ?? ''
  form.evaluationNotes = a.evaluationNotes ?? ''
  form.pilotPartnerId = a.pilot?.partnerId ?? ''
  form.pilotContactId = a.pilot?.contactId ?? ''
  form.partners = a.partners.map((p) => ({ partnerId: p.partnerId, role: p.role }))
  form.fundings = a.fundings.map((f) => ({ funderId: f.funderId, year: String(f.year), amount: String(f.amount), kind: f.kind, status: f.status }))
  form.steps = a.steps.map((s) => ({ title: s.title, dueDate: s.dueDate ?? '', done: s.done }))
}

const split = (v: string, sep: RegExp) =>
  v
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean)
/** A number, or the text as typed so the API names the field. */
const num = (v: string) => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : (v as unknown as number))
const orUndef = (v: string) => (v.trim() ? v.trim() : undefined)

export function actionInput(form: ActionForm): ActionInput {
  const links = Object.fromEntries(LINK_KEYS.map((k) => [k, orUndef(form.links[k])]).filter(([, v]) => v))
  return {
    objectiveId: form.objectiveId,
    code: orUndef(form.code),
    title: form.title.trim(),
    rationale: orUndef(form.rationale),
    goals: orUndef(form.goals),
    description: orUndef(form.description),
    targetPublic: orUndef(form.targetPublic),
    themes: form.themes as ActionInput['themes'],
    communeCodes: split(form.communeCodes, /[\s,;]+/),
    priorityNeighbourhoods: split(form.priorityNeighbourhoods, /;/),
    startDate: form.startDate || undefined,
    endDate: form.endDate || undefined,
    status: form.status as ActionInput['status'],
    progress: num(form.progress),
    priority: (form.priority || undefined) as ActionInput['priority'],
    links,
    evaluationNotes: orUndef(form.evaluationNotes),
    pilot: form.pilotPartnerId ? { partnerId: form.pilotPartnerId, contactId: form.pilotContactId || undefined } : undefined,
    partners: form.partners.map((p) => ({ partnerId: p.partnerId, role: p.role as never })),
    fundings: form.fundings.map((f) => ({
      funderId: f.funderId,
      year: num(f.year),
      amount: num(f.amount),
      kind: f.kind as never,
      status: f.status as never,
    })),
    steps: form.steps.map((s) => ({ title: s.title.trim(), dueDate: s.dueDate || undefined, done: s.done })),
  }
}

/** The editable sections of a fiche action and the fields each one sends. */
export const ACTION_SECTIONS = {
  identity: ['title', 'code', 'priority', 'themes'],
  rationale: ['rationale'],
  goals: ['goals'],
  description: ['description'],
  public: ['targetPublic', 'communeCodes', 'priorityNeighbourhoods'],
  calendar: ['startDate', 'endDate'],
  pilot: ['pilot'],
  partners: ['partners'],
  fundings: ['fundings'],
  links: ['links'],
  evaluation: ['evaluationNotes'],
} as const satisfies Record<string, readonly (keyof ActionInput)[]>
export type ActionSectionId = keyof typeof ACTION_SECTIONS

/**
 * The JSON merge patch of one section: only its fields, an emptied field as `null` (so the API clears it). Nested
 * objects merge, so every link key and the pilot's contact are always sent.
 */
export function sectionPatch(form: ActionForm, section: ActionSectionId): ActionPatch {
  const input = actionInput(form) as unknown as Record<string, unknown>
  const patch: Record<string, unknown> = {}
  for (const key of ACTION_SECTIONS[section]) {
    if (key === 'links') patch.links = Object.fromEntries(LINK_KEYS.map((k) => [k, form.links[k].trim() || null]))
    else if (key === 'pilot') patch.pilot = form.pilotPartnerId ? { partnerId: form.pilotPartnerId, contactId: form.pilotContactId || null } : null
    else patch[key] = input[key] === undefined ? null : input[key]
  }
  return patch as ActionPatch
}

/** Splits errors of list rows (`fundings[1].amount`, keyed `fundings.1.amount`) from the others. */
export function splitRowErrors(errors: FieldError[]) {
  const rows: Record<string, string> = {}
  const rest: FieldError[] = []
  for (const e of errors) {
    const m = /(?:^|\.)(partners|fundings|steps)\[(\d+)\]\.?(\w*)$/.exec(e.field)
    if (m) {
      const key = `${m[1]}.${m[2]}.${m[3] || 'row'}`
      rows[key] = rows[key] ? `${rows[key]} ${e.message}` : e.message
    } else rest.push(e)
  }
  return { rows, rest }
}
