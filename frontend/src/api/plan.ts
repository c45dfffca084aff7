/** The plan of a contract: axes, objectives, fiches actions, their notes; the partners directory. */
import { api, unwrap, type Schemas } from './client'

export type Plan = Schemas['Plan']
export type PlanAxis = Schemas['PlanAxis']
export type PlanObjective = Schemas['PlanObjective']
export type ActionSummary = Schemas['ActionSummary']
export type Axis = Schemas['Axis']
export type Objective = Schemas['Objective']
export type AxisInput = Schemas['AxisInput']
export type Action = Schemas['Action']
export type ActionInput = Schemas['ActionInput']
/** A JSON merge patch of an action: any subset of its fields, null clears an optional one. */
export type ActionPatch = Schemas['ActionPatch']
export type ActionPage = Schemas['PageDtoActionDto']
export type ActionStatus = Schemas['ActionStatus']
export type ActionTheme = Schemas['ActionTheme']
export type Priority = Schemas['Priority']
export type Note = Schemas['Note']
export type Partner = Schemas['Partner']
export type PartnerInput = Schemas['PartnerInput']
export type PartnerPage = Schemas['PageDtoPartnerDto']
export type PartnerType = Schemas['PartnerType']
export type PartnerRole = Schemas['PartnerRole']
export type Contact = Schemas['Contact']
export type ContactInput = Schemas['ContactInput']
export type FundingKind = Schemas['FundingKind']
export type FundingStatus = Schemas['FundingStatus']

/** An ETag from a version, as the API sends it. */
export const etagOf = (version: number) => `"${version}"`
const ifMatch = (version: number) => ({ 'If-Match': etagOf(version) })

// ---------------------------------------------------------------- plan tree

export async function getPlan(contractId: string): Promise<Plan> {
  return (await unwrap(api.GET('/api/v1/contracts/{id}/plan', { params: { path: { id: contractId } } }))).data
}

export async function createAxis(contractId: string, body: AxisInput): Promise<Axis> {
  return (await unwrap(api.POST('/api/v1/contracts/{id}/axes', { params: { path: { id: contractId } }, body }))).data
}

export async function updateAxis(id: string, version: number, body: AxisInput): Promise<Axis> {
  return (await unwrap(api.PUT('/api/v1/axes/{id}', { params: { path: { id } } as never, headers: ifMatch(version), body }))).data
}

export async function deleteAxis(id: string, version: number, cascade = false): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/axes/{id}', {
      params: { path: { id }, query: cascade ? { cascade: true } : {} } as never,
      headers: ifMatch(version),
    }),
  )
}

export async function createObjective(axisId: string, body: AxisInput): Promise<Objective> {
  return (await unwrap(api.POST('/api/v1/axes/{id}/objectives', { params: { path: { id: axisId } }, body }))).data
}

export async function getObjective(id: string): Promise<Objective> {
  return (await unwrap(api.GET('/api/v1/objectives/{id}', { params: { path: { id } } }))).data
}

export async function updateObjective(id: string, version: number, body: AxisInput): Promise<Objective> {
  return (await unwrap(api.PUT('/api/v1/objectives/{id}', { params: { path: { id } } as never, headers: ifMatch(version), body }))).data
}

export async function deleteObjective(id: string, version: number, cascade = false): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/objectives/{id}', {
      params: { path: { id }, query: cascade ? { cascade: true } : {} } as never,
      headers: ifMatch(version),
    }),
  )
}

// ---------------------------------------------------------------- actions

export interface ActionQuery {
  contractId?: string
  axisId?: string
  objectiveId?: string
  status?: ActionStatus
  theme?: ActionTheme
  pilotPartnerId?: string
  /** Pilots, supports or funds. */
  partnerId?: string
  late?: boolean
  q?: string
  page?: number
  size?: number
  sort?: string
}

export async function listActions(query: ActionQuery): Promise<ActionPage> {
  const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '' && v !== null))
  return (await unwrap(api.GET('/api/v1/actions', { params: { query: q } }))).data
}

export async function getAction(id: string): Promise<Action> {
  return (await unwrap(api.GET('/api/v1/actions/{id}', { params: { path: { id } } }))).data
}

export async function createAction(body: ActionInput): Promise<Action> {
  return (await unwrap(api.POST('/api/v1/actions', { body }))).data
}

export async function updateAction(id: string, version: number, body: ActionInput): Promise<Action> {
  return (await unwrap(api.PUT('/api/v1/actions/{id}', { params: { path: { id } } as never, headers: ifMatch(version), body }))).data
}

/** A JSON merge patch (the pilot changes status, progress and steps this way). */
export async function patchAction(id: string, version: number, patch: ActionPatch): Promise<Action> {
  return (
    await unwrap(
      api.PATCH('/api/v1/actions/{id}', {
        params: { path: { id } } as never,
        headers: { ...ifMatch(version), 'Content-Type': 'application/merge-patch+json' },
        body: patch,
        bodySerializer: (b: unknown) => JSON.stringify(b),
      }),
    )
  ).data
}

export async function deleteAction(id: string, version: number): Promise<void> {
  await unwrap(api.DELETE('/api/v1/actions/{id}', { params: { path: { id } } as never, headers: ifMatch(version) }))
}

export async function listNotes(actionId: string): Promise<Note[]> {
  const { data } = await unwrap(api.GET('/api/v1/actions/{id}/notes', { params: { path: { id: actionId } } }))
  return Array.isArray(data) ? data : []
}

export async function addNote(actionId: string, text: string): Promise<Note> {
  return (await unwrap(api.POST('/api/v1/actions/{id}/notes', { params: { path: { id: actionId } }, body: { text } }))).data
}

// ---------------------------------------------------------------- partners

export interface PartnerQuery {
  q?: string
  type?: PartnerType
  page?: number
  size?: number
  sort?: string
}

export async function listPartners(query: PartnerQuery): Promise<PartnerPage> {
  const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''))
  return (await unwrap(api.GET('/api/v1/partners', { params: { query: q } }))).data
}

export async function getPartner(id: string): Promise<Partner> {
  return (await unwrap(api.GET('/api/v1/partners/{id}', { params: { path: { id } } }))).data
}

export async function createPartner(body: PartnerInput): Promise<Partner> {
  return (await unwrap(api.POST('/api/v1/partners', { body }))).data
}

export async function updatePartner(id: string, version: number, body: PartnerInput): Promise<Partner> {
  return (await unwrap(api.PUT('/api/v1/partners/{id}', { params: { path: { id } } as never, headers: ifMatch(version), body }))).data
}

export async function deletePartner(partner: Partner, cascade = false): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/partners/{id}', {
      params: { path: { id: partner.id }, query: cascade ? { cascade: true } : {} } as never,
      headers: ifMatch(partner.version),
    }),
  )
}

export async function listContacts(partnerId: string): Promise<Contact[]> {
  const { data } = await unwrap(api.GET('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } } }))
  return Array.isArray(data) ? data : []
}

export async function createContact(partnerId: string, body: ContactInput): Promise<Contact> {
  return (await unwrap(api.POST('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } }, body }))).data
}

export async function deleteContact(contact: Contact): Promise<void> {
  await unwrap(api.DELETE('/api/v1/contacts/{id}', { params: { path: { id: contact.id } } as never, headers: ifMatch(contact.version) }))
}

/** Everything held on a contact (GDPR right of access), as the JSON file the server sends. */
export async function exportContact(contact: Contact): Promise<Blob> {
  const { data } = await unwrap(api.GET('/api/v1/contacts/{id}/export', { params: { path: { id: contact.id } }, parseAs: 'blob' }))
  return data as unknown as Blob
}

/** Pseudonymises a contact for good (GDPR right to erasure): it stays referenced as "Contact effacé". */
export async function eraseContact(contact: Contact): Promise<Contact> {
  return (await unwrap(api.POST('/api/v1/contacts/{id}/erase', { params: { path: { id: contact.id } } as never, headers: ifMatch(contact.version) }))).data
}
