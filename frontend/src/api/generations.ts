/** Amendments (avenants) of a contract and the copy of a plan from another contract. */
import { api, unwrap, type Schemas } from './client'

export type Amendment = Schemas['Amendment']
export type AmendmentInput = Schemas['AmendmentInput']
export type Plan = Schemas['Plan']

export async function listAmendments(contractId: string): Promise<Amendment[]> {
  const { data } = await unwrap(api.GET('/api/v1/contracts/{id}/amendments', { params: { path: { id: contractId } } }))
  return Array.isArray(data) ? data : []
}

export async function createAmendment(contractId: string, body: AmendmentInput): Promise<Amendment> {
  return (await unwrap(api.POST('/api/v1/contracts/{id}/amendments', { params: { path: { id: contractId } }, body }))).data
}

export async function deleteAmendment(amendment: Amendment): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/amendments/{id}', {
      params: { path: { id: amendment.id } } as never,
      headers: { 'If-Match': `"${amendment.version}"` },
    }),
  )
}

/** Starts the plan of `contractId` as a copy of the plan of `sourceId` (usually its predecessor). */
export async function copyPlan(contractId: string, sourceId: string): Promise<Plan> {
  return (
    await unwrap(
      api.POST('/api/v1/contracts/{id}/plan/copy-from/{sourceId}', { params: { path: { id: contractId, sourceId } } }),
    )
  ).data
}
