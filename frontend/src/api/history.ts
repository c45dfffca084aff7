import { api, unwrap, type Schemas } from './client'

export type HistoryEntry = Schemas['HistoryEntry']
export type HistoryPage = Schemas['PageDtoHistoryEntryDto']
export type HistorySubject = 'action' | 'contract'

/** One page of the audit trail of an action or a contract, newest first. */
export async function getHistory(subject: HistorySubject, id: string, page = 0, size = 20): Promise<HistoryPage> {
  const query = { page, size }
  if (subject === 'action') {
    return (await unwrap(api.GET('/api/v1/actions/{id}/history', { params: { path: { id }, query } }))).data
  }
  return (await unwrap(api.GET('/api/v1/contracts/{id}/history', { params: { path: { id }, query } }))).data
}
