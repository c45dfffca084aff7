import { useI18n } from 'vue-i18n'
import type { ActionStatus, ActionTheme, FundingKind, FundingStatus, PartnerRole, PartnerType, Priority } from '@/api/plan'

export const ACTION_STATUSES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'ABANDONED']
export const ACTION_THEMES: ActionTheme[] = [
  'PREVENTION', 'ACCESS_TO_CARE', 'MENTAL_HEALTH', 'ELDERLY', 'YOUTH', 'NUTRITION', 'PHYSICAL_ACTIVITY', 'SCREENS',
  'ADDICTIONS', 'ENVIRONMENTAL_HEALTH', 'TELEMEDICINE', 'COORDINATION', 'SEXUAL_HEALTH', 'DISABILITY', 'PRECARITY', 'OTHER',
]
export const PRIORITIES: Priority[] = ['LOW', 'MEDIUM', 'HIGH']
export const PARTNER_TYPES: PartnerType[] = [
  'LOCAL_AUTHORITY', 'ARS', 'CPAM', 'DEPARTEMENT', 'HOSPITAL', 'MSP', 'CPTS', 'ASSOCIATION', 'EDUCATION', 'MSA',
  'SOCIAL_LANDLORD', 'EPSM', 'OTHER',
]
export const PARTNER_ROLES: PartnerRole[] = ['CO_PILOT', 'CONTRIBUTOR', 'FUNDER']
export const FUNDING_KINDS: FundingKind[] = ['OPERATING', 'INVESTMENT']
export const FUNDING_STATUSES: FundingStatus[] = ['REQUESTED', 'GRANTED', 'PAID']
export const LINK_KEYS = ['contratDeVille', 'clsm', 'ptsm', 'cpts', 'ctg', 'prs'] as const

/** Labels of the plan's enumerations and euro amounts, in the current language. */
export function usePlanLabels() {
  const { t, locale } = useI18n()
  const intl = () => (locale.value === 'en' ? 'en-GB' : 'fr-FR')
  return {
    actionStatus: (s?: string | null) => (s ? t(`plan.status.${s}`) : ''),
    theme: (s?: string | null) => (s ? t(`plan.theme.${s}`) : ''),
    priority: (s?: string | null) => (s ? t(`plan.priority.${s}`) : ''),
    partnerType: (s?: string | null) => (s ? t(`partners.type.${s}`) : ''),
    partnerRole: (s?: string | null) => (s ? t(`plan.role.${s}`) : ''),
    fundingKind: (s?: string | null) => (s ? t(`plan.fundingKind.${s}`) : ''),
    fundingStatus: (s?: string | null) => (s ? t(`plan.fundingStatus.${s}`) : ''),
    euros: (n?: number | null) =>
      new Intl.NumberFormat(intl(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(Number(n ?? 0)),
  }
}
