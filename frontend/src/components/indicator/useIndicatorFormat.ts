import { useI18n } from 'vue-i18n'
import type { Indicator } from '@/api/indicators'

/** Numbers, shares and labels of indicators in the current language. */
export function useIndicatorFormat() {
  const { t, locale } = useI18n()
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'fr-FR')
  return {
    number: (v?: number | null) => (v === null || v === undefined ? '–' : new Intl.NumberFormat(tag()).format(v)),
    percent: (v?: number | null) =>
      v === null || v === undefined ? '–' : new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits: 0 }).format(v),
    withUnit: (v: number | null | undefined, i: Pick<Indicator, 'unit'>) =>
      v === null || v === undefined ? '–' : `${new Intl.NumberFormat(tag()).format(v)}${i.unit ? ` ${i.unit}` : ''}`,
    statusLabel: (s: Indicator['trackStatus']) => t(`indicators.status.${s}`),
  }
}
