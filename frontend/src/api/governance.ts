/** Governance: committees, meetings, decisions, documents and calendars of a contract. */
import { api, unwrap, type Schemas } from './client'

export type Committee = Schemas['Committee']
export type CommitteeInput = Schemas['CommitteeInput']
export type CommitteeKind = Committee['kind']
export type Meeting = Schemas['Meeting']
export type MeetingInput = Schemas['MeetingInput']
export type MeetingPatch = Schemas['MeetingPatch']
export type MeetingStatus = Meeting['status']
export type AgendaItem = Schemas['AgendaItem']
export type AgendaItemInput = Schemas['AgendaItemInput']
export type Invitee = Schemas['Invitee']
export type AttendanceStatus = Invitee['status']
export type Decision = Schemas['Decision']
export type DecisionInput = Schemas['DecisionInput']
export type DecisionStatus = Decision['status']
export type GovDocument = Schemas['Document']
export type ContactRef = Schemas['ContactRef']
export type Partner = Schemas['Partner']
export type Contact = Schemas['Contact']

export const COMMITTEE_KINDS = ['COPIL', 'COTECH', 'WORKING_GROUP', 'PLENARY', 'MANAGEMENT_DIALOGUE'] as const
export const MEETING_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const
export const ATTENDANCE_STATUSES = ['INVITED', 'PRESENT', 'EXCUSED', 'ABSENT'] as const
export const DECISION_STATUSES = ['OPEN', 'DONE', 'DROPPED'] as const

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })
const MERGE = { 'Content-Type': 'application/merge-patch+json' }

export async function listCommittees(contractId: string): Promise<Committee[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/contracts/{id}/committees', { params: { path: { id: contractId }, query: { size: 200 } } }),
  )
  return data.items ?? []
}

export async function createCommittee(contractId: string, body: CommitteeInput): Promise<Committee> {
  return (await unwrap(api.POST('/api/v1/contracts/{id}/committees', { params: { path: { id: contractId } }, body }))).data
}

export async function getCommittee(id: string): Promise<Committee> {
  return (await unwrap(api.GET('/api/v1/committees/{id}', { params: { path: { id } } }))).data
}

export async function updateCommittee(c: Committee, body: CommitteeInput): Promise<Committee> {
  return (await unwrap(api.PUT('/api/v1/committees/{id}', { params: { path: { id: c.id } } as never, headers: ifMatch(c.version), body })))
    .data
}

export async function listMeetings(committeeId: string): Promise<Meeting[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/committees/{id}/meetings', { params: { path: { id: committeeId }, query: { size: 200 } } }),
  )
  return data.items ?? []
}

export async function listContractMeetings(contractId: string, from?: string, size = 200): Promise<Meeting[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/contracts/{id}/meetings', { params: { path: { id: contractId }, query: { from, size } } }),
  )
  return data.items ?? []
}

export async function createMeeting(committeeId: string, body: MeetingInput): Promise<Meeting> {
  return (await unwrap(api.POST('/api/v1/committees/{id}/meetings', { params: { path: { id: committeeId } }, body }))).data
}

export async function getMeeting(id: string): Promise<Meeting> {
  return (await unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }))).data
}

/** A JSON merge patch of a meeting (agenda, invitees, minutes, status…). */
export async function patchMeeting(m: Meeting, patch: MeetingPatch): Promise<Meeting> {
  return (
    await unwrap(
      api.PATCH('/api/v1/meetings/{id}', {
        params: { path: { id: m.id } } as never,
        headers: { ...ifMatch(m.version), ...MERGE },
        body: patch,
      }),
    )
  ).data
}

export async function setAttendance(m: Meeting, entries: { contactId: string; status: AttendanceStatus }[]): Promise<Meeting> {
  return (
    await unwrap(
      api.PUT('/api/v1/meetings/{id}/attendance', { params: { path: { id: m.id } } as never, headers: ifMatch(m.version), body: entries }),
    )
  ).data
}

export async function previewMarkdown(markdown: string): Promise<string> {
  return (await unwrap(api.POST('/api/v1/markdown/preview', { body: { markdown } }))).data.html
}

export async function listMeetingDecisions(meetingId: string): Promise<Decision[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/meetings/{id}/decisions', { params: { path: { id: meetingId }, query: { size: 200 } } }),
  )
  return data.items ?? []
}

export async function listContractDecisions(contractId: string, status?: DecisionStatus): Promise<Decision[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/contracts/{id}/decisions', { params: { path: { id: contractId }, query: { status, size: 200 } } }),
  )
  return data.items ?? []
}

export async function createDecision(meetingId: string, body: DecisionInput): Promise<Decision> {
  return (await unwrap(api.POST('/api/v1/meetings/{id}/decisions', { params: { path: { id: meetingId } }, body }))).data
}

export async function setDecisionStatus(d: Decision, status: DecisionStatus): Promise<Decision> {
  return (
    await unwrap(
      api.PATCH('/api/v1/decisions/{id}', {
        params: { path: { id: d.id } } as never,
        headers: { ...ifMatch(d.version), ...MERGE },
        body: { status },
      }),
    )
  ).data
}

export async function actionMeetings(actionId: string): Promise<Meeting[]> {
  return (await unwrap(api.GET('/api/v1/actions/{id}/meetings', { params: { path: { id: actionId } } }))).data
}

export async function actionDecisions(actionId: string): Promise<Decision[]> {
  return (await unwrap(api.GET('/api/v1/actions/{id}/decisions', { params: { path: { id: actionId } } }))).data
}

// --- directory (to pick members and invitees)

export async function listPartners(): Promise<Partner[]> {
  const { data } = await unwrap(api.GET('/api/v1/partners', { params: { query: { size: 200, sort: 'name' } } }))
  return data.items ?? []
}

export async function listContacts(partnerId: string): Promise<Contact[]> {
  const { data } = await unwrap(api.GET('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } } }))
  return Array.isArray(data) ? data : []
}

// --- documents

export type DocumentOwner = { kind: 'contracts' | 'meetings' | 'actions'; id: string }

export async function listDocuments(owner: DocumentOwner): Promise<GovDocument[]> {
  const { data } = await unwrap(api.GET(`/api/v1/${owner.kind}/{id}/documents` as '/api/v1/contracts/{id}/documents', {
    params: { path: { id: owner.id } },
  }))
  return Array.isArray(data) ? data : []
}

type UploadPath = '/api/v1/contracts/{id}/documents'

export async function uploadDocument(owner: DocumentOwner, file: File, title?: string): Promise<GovDocument> {
  const form = new FormData()
  form.append('file', file, file.name)
  if (title) form.append('title', title)
  const path = `/api/v1/${owner.kind}/{id}/documents` as UploadPath
  return (await unwrap(api.POST(path, { params: { path: { id: owner.id } }, body: form as never }))).data
}

export async function downloadDocument(doc: GovDocument): Promise<Blob> {
  const { data } = await unwrap(
    api.GET('/api/v1/documents/{id}/content', { params: { path: { id: doc.id } }, parseAs: 'blob' }),
  )
  return data as unknown as Blob
}

export async function deleteDocument(doc: GovDocument): Promise<void> {
  await unwrap(api.DELETE('/api/v1/documents/{id}', { params: { path: { id: doc.id } } as never, headers: ifMatch(doc.version) }))
}

/** The iCalendar file of a meeting or of a contract's feed. */
export async function calendarFile(kind: 'meeting' | 'contract', id: string): Promise<Blob> {
  const call =
    kind === 'meeting'
      ? api.GET('/api/v1/meetings/{id}.ics', { params: { path: { id } }, parseAs: 'blob' })
      : api.GET('/api/v1/contracts/{id}/calendar.ics', { params: { path: { id } }, parseAs: 'blob' })
  return (await unwrap(call as Promise<{ data?: unknown; error?: unknown; response: Response }>)).data as Blob
}

/** Offers a blob to the browser as a file to save. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
