import { computed, ref } from 'vue'
import type { FieldError } from '@/api/client'

/** Removes list indexes: `territory.departementCodes[0]` → `territory.departementCodes`. */
export function normalizeField(path: string): string {
  return path.replace(/\[\d+\]/g, '')
}

/**
 * Maps API validation errors (dotted paths) onto the form's fields. A path may carry a
 * prefix (e.g. `create.input.territory.regionCode`): the longest known field it ends with wins.
 */
export function mapFieldErrors(errors: FieldError[], fields: readonly string[]) {
  const byField: Record<string, string[]> = {}
  const unmatched: FieldError[] = []
  const sorted = [...fields].sort((a, b) => b.length - a.length)
  for (const e of errors) {
    const path = normalizeField(e.field)
    const key = sorted.find((f) => path === f || path.endsWith(`.${f}`))
    if (key) (byField[key] ??= []).push(e.message)
    else unmatched.push(e)
  }
  return { byField, unmatched }
}

export function useFieldErrors(fields: readonly string[]) {
  const byField = ref<Record<string, string[]>>({})
  const unmatched = ref<FieldError[]>([])
  return {
    byField,
    unmatched,
    hasErrors: computed(() => Object.keys(byField.value).length > 0 || unmatched.value.length > 0),
    set(errors: FieldError[]) {
      const r = mapFieldErrors(errors, fields)
      byField.value = r.byField
      unmatched.value = r.unmatched
    },
    clear() {
      byField.value = {}
      unmatched.value = []
    },
    messageOf: (field: string) => (byField.value[field] ?? []).join(' '),
  }
}
