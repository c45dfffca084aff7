import { api, unwrap, type Schemas } from './client'

export type Dashboard = Schemas['Dashboard']
export type ActionStatus = Schemas['ActionStatus']

export async function getDashboard(id: string): Promise<Dashboard> {
  return (await unwrap(api.GET('/api/v1/contracts/{id}/dashboard', { params: { path: { id } } }))).data
}

export type ArsOverviewRow = Schemas['ArsOverviewRow']

export async function getArsOverview(): Promise<ArsOverviewRow[]> {
  return (await unwrap(api.GET('/api/v1/ars/contracts/overview'))).data
}
