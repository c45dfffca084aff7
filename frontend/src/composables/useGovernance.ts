import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Contract } from '@/api/client'
import { getContract } from '@/api/contracts'

/** The Europe/Paris offset (e.g. +01:00) in force at a local Paris date-time "YYYY-MM-DDTHH:mm". */
function parisOffsetAt(local: string): string {
  const [d, t] = local.split('T')
  const [y, mo, da] = d.split('-').map(Number)
  const [h, mi] = (t ?? '00:00').split(':').map(Number)
  const asUtc = Date.UTC(y, mo - 1, da, h, mi)
  // What Paris shows at that instant, read back as if it were UTC: the difference is the offset
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(asUtc))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  const minutes = Math.round((shown - asUtc) / 60000)
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** "2025-12-11T14:00" typed in a datetime-local field, read as Paris time → "2025-12-11T14:00:00+01:00". */
export function parisLocalToOffset(local: string): string {
  if (!local) return ''
  const base = local.length === 16 ? `${local}:00` : local.slice(0, 19)
  return `${base}${parisOffsetAt(local)}`
}

/** An ISO date-time with offset → the Paris local value of a datetime-local field. */
export function offsetToParisLocal(iso: string | null | undefined): string {
  if (!iso) return ''
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`
}

/** Loads a contract and tells whether the caller may write its governance: the contract's `permissions.write`. */
export function useContractAccess(contractId: Ref<string | undefined>) {
  const contract = ref<Contract | null>(null)
  const canWrite = computed(() => contract.value?.permissions.write ?? false)
  async function loadContract() {
    if (!contractId.value) return
    contract.value = (await getContract(contractId.value)).contract
  }
  return { contract, canWrite, loadContract }
}

export function useGovernanceLabels() {
  const { t } = useI18n()
  return {
    kindLabel: (k?: string | null) => (k ? t(`governance.kind.${k}`) : ''),
    meetingStatusLabel: (s?: string | null) => (s ? t(`governance.status.${s}`) : ''),
    attendanceLabel: (s?: string | null) => (s ? t(`governance.attendance.${s}`) : ''),
    decisionStatusLabel: (s?: string | null) => (s ? t(`governance.decisions.${s}`) : ''),
    personName: (c?: { firstName: string; lastName: string } | null) => (c ? `${c.firstName} ${c.lastName}` : ''),
  }
}
