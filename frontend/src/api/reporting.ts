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

export type Report = Schemas['Report']
export type ReportInput = Schemas['ReportInput']
export type ReportStatus = Schemas['ReportStatus']
export type Plan = Schemas['Plan']

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })

export async function listReports(contractId: string): Promise<Report[]> {
  const { data } = await unwrap(api.GET('/api/v1/contracts/{id}/reports', { params: { path: { id: contractId } } }))
  return Array.isArray(data) ? data : []
}

export async function createReport(contractId: string, body: ReportInput): Promise<Report> {
  return (await unwrap(api.POST('/api/v1/contracts/{id}/reports', { params: { path: { id: contractId } }, body }))).data
}

export async function getReport(id: string): Promise<Report> {
  return (await unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id } } }))).data
}

export async function saveReport(r: Report, body: ReportInput): Promise<Report> {
  return (await unwrap(api.PUT('/api/v1/reports/{id}', { params: { path: { id: r.id } } as never, headers: ifMatch(r.version), body }))).data
}

export async function submitReport(r: Report): Promise<Report> {
  return (await unwrap(api.POST('/api/v1/reports/{id}/submit', { params: { path: { id: r.id } } as never, headers: ifMatch(r.version) }))).data
}

export async function reviewReport(r: Report, comment: string): Promise<Report> {
  return (
    await unwrap(api.POST('/api/v1/reports/{id}/review', { params: { path: { id: r.id } } as never, headers: ifMatch(r.version), body: { comment } }))
  ).data
}

type BlobCall = Promise<{ data?: unknown; error?: unknown; response: Response }>

/** The report as a PDF or XLSX file, fetched with the bearer token. */
export async function reportFile(id: string, format: 'pdf' | 'xlsx'): Promise<Blob> {
  const call =
    format === 'pdf'
      ? api.GET('/api/v1/reports/{id}/report.pdf', { params: { path: { id } }, parseAs: 'blob' })
      : api.GET('/api/v1/reports/{id}/report.xlsx', { params: { path: { id } }, parseAs: 'blob' })
  return (await unwrap(call as BlobCall)).data as Blob
}

/** The plan of a contract as an Excel workbook (the import template). */
export async function planWorkbook(contractId: string): Promise<Blob> {
  const call = api.GET('/api/v1/contracts/{id}/plan.xlsx', { params: { path: { id: contractId } }, parseAs: 'blob' })
  return (await unwrap(call as BlobCall)).data as Blob
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Imports a plan workbook into a contract without a plan (all or nothing). */
export async function importPlanWorkbook(contractId: string, file: Blob): Promise<Plan> {
  return (
    await unwrap(
      api.POST('/api/v1/contracts/{id}/plan.xlsx', {
        params: { path: { id: contractId } },
        body: file as never,
        bodySerializer: (b: unknown) => b as Blob,
        headers: { 'Content-Type': XLSX_TYPE },
      }),
    )
  ).data
}

/** Splits a workbook cell reference such as `actions!K2` into sheet, column and row. */
export function parseCell(field: string): { sheet: string; column: string; row: string } {
  const m = /^(.+)!([A-Z]+)(\d+)$/.exec(field)
  if (m) return { sheet: m[1], column: m[2], row: m[3] }
  const s = /^(.+)!(.*)$/.exec(field)
  if (s) return { sheet: s[1], column: s[2], row: '' }
  return { sheet: field, column: '', row: '' }
}

export async function deleteReport(r: Report): Promise<void> {
  await unwrap(api.DELETE('/api/v1/reports/{id}', { params: { path: { id: r.id } } as never, headers: ifMatch(r.version) }))
}
