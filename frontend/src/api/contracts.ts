import { api, unwrap, type ClientConfig, type Contract, type ContractInput, type ContractPage, type ContractStatus, type Me } from './client'

export interface ContractQuery {
  page?: number
  size?: number
  sort?: string
  q?: string
  status?: ContractStatus
}

/** The ETag of a response, or the contract's version as a quoted ETag when the header is not readable. */
function etagOf(response: Response, contract: Contract): string {
  return response.headers.get('ETag') ?? `"${contract.version}"`
}

export async function getClientConfig(): Promise<ClientConfig> {
  return (await unwrap(api.GET('/api/v1/client-config'))).data
}

export async function getMe(): Promise<Me> {
  return (await unwrap(api.GET('/api/v1/me'))).data
}

export async function listContracts(query: ContractQuery): Promise<ContractPage> {
  const q: ContractQuery = { ...query }
  if (!q.q) delete q.q
  if (!q.status) delete q.status
  return (await unwrap(api.GET('/api/v1/contracts', { params: { query: q } }))).data
}

export async function getContract(id: string): Promise<{ contract: Contract; etag: string }> {
  const { data, response } = await unwrap(api.GET('/api/v1/contracts/{id}', { params: { path: { id } } }))
  return { contract: data, etag: etagOf(response, data) }
}

export async function createContract(body: ContractInput): Promise<Contract> {
  return (await unwrap(api.POST('/api/v1/contracts', { body }))).data
}

export async function updateContract(id: string, body: ContractInput, etag: string): Promise<{ contract: Contract; etag: string }> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/contracts/{id}', {
      params: { path: { id } } as never,
      headers: { 'If-Match': etag },
      body,
    }),
  )
  return { contract: data, etag: etagOf(response, data) }
}

export async function deleteContract(id: string, etag: string): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/contracts/{id}', {
      params: { path: { id } } as never,
      headers: { 'If-Match': etag },
    }),
  )
}
