import { describe, expect, it } from 'vitest'
import { mapFieldErrors, normalizeField } from '@/composables/useFieldErrors'
import { formatDate } from '@/composables/useLabels'

describe('field error mapping', () => {
  const fields = ['name', 'endDate', 'territory.name', 'territory.regionCode', 'territory.departementCodes']
  it('drops list indexes', () => {
    expect(normalizeField('territory.departementCodes[0]')).toBe('territory.departementCodes')
  })
  it('maps dotted paths, with or without a prefix, to the longest field', () => {
    const r = mapFieldErrors(
      [
        { field: 'territory.departementCodes[1]', message: 'a' },
        { field: 'create.input.territory.name', message: 'b' },
        { field: 'name', message: 'c' },
        { field: 'unknownThing', message: 'd' },
      ],
      fields,
    )
    expect(r.byField).toEqual({ 'territory.departementCodes': ['a'], 'territory.name': ['b'], name: ['c'] })
    expect(r.unmatched).toEqual([{ field: 'unknownThing', message: 'd' }])
  })
})

describe('dates', () => {
  it('shows ISO dates in French format without time-zone shift', () => {
    expect(formatDate('2029-12-31')).toBe('31/12/2029')
    expect(formatDate('2025-01-01', 'en')).toBe('01/01/2025')
    expect(formatDate(undefined)).toBe('')
  })
})
