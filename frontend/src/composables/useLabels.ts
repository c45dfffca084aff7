import { useI18n } from 'vue-i18n'
import type { Contract } from '@/api/client'

export const CONTRACT_KINDS = ['CLS', 'CLSM'] as const
export const CONTRACT_STATUSES = ['PREFIGURATION', 'ELABORATION', 'SIGNED', 'ENDED'] as const
export const TERRITORY_KINDS = ['PETR', 'PAYS', 'EPCI', 'COMMUNE', 'OTHER'] as const

function intlLocale(locale: string) {
  return locale === 'en' ? 'en-GB' : 'fr-FR'
}

/** Formats an ISO date (YYYY-MM-DD) without any time-zone shift: 15/01/2025 in French. */
export function formatDate(iso: string | null | undefined, locale = 'fr'): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'short', timeZone: 'UTC' }).format(d)
}

/** Formats an ISO date-time in Europe/Paris. */
export function formatDateTime(iso: string | null | undefined, locale = 'fr'): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(d)
}

/** Labels for enumerations, dates and periods, in the current language. */
export function useLabels() {
  const { t, locale } = useI18n()
  return {
    kindLabel: (k?: string | null) => (k ? t(`contract.kind.${k}`) : ''),
    statusLabel: (s?: string | null) => (s ? t(`contract.status.${s}`) : ''),
    territoryKindLabel: (k?: string | null) => (k ? t(`contract.territoryKind.${k}`) : ''),
    roleLabel: (r: string) => {
      const key = `roles.${r}`
      const label = t(key)
      return label === key ? r : label
    },
    date: (iso?: string | null) => formatDate(iso, locale.value),
    dateTime: (iso?: string | null) => formatDateTime(iso, locale.value),
    period: (c: Pick<Contract, 'startDate' | 'endDate'>) => {
      const start = formatDate(c.startDate, locale.value)
      const end = formatDate(c.endDate, locale.value)
      if (start && end) return t('contract.periodFromTo', { start, end })
      if (start) return t('contract.periodFrom', { start })
      if (end) return t('contract.periodTo', { end })
      return ''
    },
  }
}
