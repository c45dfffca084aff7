import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ConfirmDialog from 'primevue/confirmdialog'
import { vi } from 'vitest'
import { createAppI18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import type { Contract, Permissions } from '@/api/client'
import ContractListPage from '@/pages/ContractListPage.vue'
import ContractFormPage from '@/pages/ContractFormPage.vue'
import ContractDetailPage from '@/pages/ContractDetailPage.vue'
import { planRoutes } from '@/router/planRoutes'
import GovernancePage from '@/pages/governance/GovernancePage.vue'
import DecisionsBoardPage from '@/pages/governance/DecisionsBoardPage.vue'
import CommitteePage from '@/pages/governance/CommitteePage.vue'
import MeetingPage from '@/pages/governance/MeetingPage.vue'

export interface User {
  roles: string[]
  email?: string
}

export const coordinator: User = { roles: ['coordinator'], email: 'coord@quercy.fr' }
export const ars: User = { roles: ['ars'], email: 'dd46@ars.sante.fr' }

/**
 * A permissions block as the API's policy computes it: every right false unless given. The SPA shows what the block
 * says, whatever the caller's roles and email; these mocks stand in for the server's answer to each caller.
 */
export function perms(granted: Partial<Permissions> = {}): Permissions {
  return { write: false, editProgress: false, recordValues: false, addNote: false, review: false, ...granted }
}
/** Nothing but reading. */
export const READ_ONLY = perms()
/** A contract or an action, for a caller holding one of the contract's coordinator seats. */
export const COORDINATOR_RIGHTS = perms({ write: true, editProgress: true, recordValues: true, addNote: true })
/** An action, for its pilot. */
export const PILOT_RIGHTS = perms({ editProgress: true, recordValues: true, addNote: true })
/** A contract, for an ARS officer covering it (notes and reviews). */
export const ARS_CONTRACT_RIGHTS = perms({ addNote: true, review: true })
/** An action, for an ARS officer covering its contract (notes only). */
export const ARS_ACTION_RIGHTS = perms({ addNote: true })

/** The demo contract as its coordinator (coord@quercy.fr, whose seat is linked) reads it. */
export function sampleContract(over: Partial<Contract> = {}): Contract {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    version: 3,
    kind: 'CLS',
    name: 'CLS 2 du Grand Quercy',
    generation: 2,
    status: 'SIGNED',
    signedOn: '2025-01-15',
    startDate: '2025-01-01',
    endDate: '2029-12-31',
    territory: {
      name: 'PETR Grand Quercy',
      kind: 'PETR',
      regionCode: '76',
      departementCodes: ['46'],
      communeCodes: ['46042'],
      population: 93928,
    },
    coordinators: ['coord@quercy.fr'],
    coordinatorSeats: [{ email: 'coord@quercy.fr', linked: true, linkedAt: '2025-01-02T09:00:00Z' }],
    successors: [],
    createdAt: '2025-01-02T09:00:00Z',
    createdBy: 'coord',
    updatedAt: '2025-02-03T10:30:00Z',
    updatedBy: 'coord',
    permissions: COORDINATOR_RIGHTS,
    ...over,
  }
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } })
}

export type Handler = (req: Request) => Response | Promise<Response>

/** Replaces the global fetch; returns the mock so tests can look at the requests. */
export function mockFetch(handler: Handler) {
  const fn = vi.fn(async (input: Request) => handler(input))
  vi.stubGlobal('fetch', fn)
  return fn
}

export function requests(fn: ReturnType<typeof mockFetch>): Request[] {
  return fn.mock.calls.map((c) => c[0] as Request)
}

const mounted: { unmount(): void }[] = []

/** Unmounts what mountAt mounted and empties the document (run after each test). */
export function cleanup() {
  while (mounted.length) mounted.pop()!.unmount()
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
}

/** Mounts the pages behind a memory router, signed in as `user`, in French. */
export async function mountAt(path: string, user: User) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.authenticated = true
  auth.me = {
    subject: 'sub-1',
    username: user.email?.split('@')[0] ?? 'user',
    name: 'Test User',
    email: user.email,
    roles: user.roles,
    scope: { regionCodes: ['76'], departementCodes: ['46'] },
  }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/contracts', name: 'contracts', component: ContractListPage },
      { path: '/contracts/new', name: 'contract-new', component: ContractFormPage },
      { path: '/contracts/:id', name: 'contract', component: ContractDetailPage, props: true },
      { path: '/contracts/:id/edit', name: 'contract-edit', component: ContractFormPage, props: true },
      ...planRoutes,
      { path: '/contracts/:id/governance', name: 'contract-governance', component: GovernancePage, props: true },
      { path: '/contracts/:id/decisions', name: 'contract-decisions', component: DecisionsBoardPage, props: true },
      { path: '/committees/:id', name: 'committee', component: CommitteePage, props: true },
      { path: '/meetings/:id', name: 'meeting', component: MeetingPage, props: true },
    ],
  })
  await router.push(path)
  await router.isReady()
  const Root = defineComponent({ render: () => [h(RouterView), h(ConfirmDialog)] })
  const wrapper = mount(Root, {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAppI18n('fr'), PrimeVue, ConfirmationService] },
  })
  mounted.push(wrapper)
  await flushPromises()
  return { wrapper, router }
}

/** The text of the elements an element's aria-describedby points to. */
export function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ')
}

/** Types a value into an input or picks an option of a select, as v-model listens to. */
export async function fill(el: HTMLElement, value: string) {
  ;(el as HTMLInputElement).value = value
  el.dispatchEvent(new Event('input', { bubbles: true }))
  el.dispatchEvent(new Event('change', { bubbles: true }))
  await flushPromises()
}
