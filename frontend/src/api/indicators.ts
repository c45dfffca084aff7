/** Indicators of actions and their values (measurements). */
import { api, unwrap, type Schemas } from './client'

export type Indicator = Schemas['Indicator']
export type Measurement = Schemas['Measurement']
export type MeasurementInput = Schemas['MeasurementInput']
export type IndicatorDue = Schemas['IndicatorDue']
export type BatchLine = Schemas['MeasurementBatchLine']
export type BatchResult = Schemas['MeasurementBatchResult']
export type TrackStatus = Indicator['trackStatus']

export async function listActionIndicators(actionId: string): Promise<Indicator[]> {
  const { data } = await unwrap(api.GET('/api/v1/actions/{id}/indicators', { params: { path: { id: actionId } } }))
  return Array.isArray(data) ? data : []
}

export async function listMeasurements(indicatorId: string): Promise<Measurement[]> {
  const { data } = await unwrap(api.GET('/api/v1/indicators/{id}/measurements', { params: { path: { id: indicatorId } } }))
  return Array.isArray(data) ? data : []
}

export async function recordMeasurement(indicatorId: string, body: MeasurementInput): Promise<Measurement> {
  return (await unwrap(api.POST('/api/v1/indicators/{id}/measurements', { params: { path: { id: indicatorId } } as never, body })))
    .data
}

export async function listDue(withinDays = 0): Promise<IndicatorDue[]> {
  const { data } = await unwrap(api.GET('/api/v1/me/indicators-due', { params: { query: { size: 200, withinDays } } }))
  return data?.items ?? []
}

export async function saveBatch(measurements: BatchLine[]): Promise<BatchResult> {
  return (await unwrap(api.POST('/api/v1/measurements/batch', { body: { measurements } }))).data
}
