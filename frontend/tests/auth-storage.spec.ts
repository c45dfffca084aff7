import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAuthStore } from '@/stores/auth'
import { json, mockFetch, requests } from './helpers'

const { FakeKeycloak, created, ACCESS, REFRESH, ID } = vi.hoisted(() => {
  const ACCESS = 'access.token.secret'
  const REFRESH = 'refresh.token.secret'
  const ID = 'id.token.secret'
  const created: { initOptions?: Record<string, unknown> }[] = []
  class FakeKeycloak {
    authenticated = false
    token?: string
    refreshToken?: string
    idToken?: string
    tokenParsed?: Record<string, unknown>
    initOptions?: Record<string, unknown>
    onAuthLogout?: () => void
    constructor(public config: Record<string, unknown>) {
      created.push(this)
    }
    async init(options: Record<string, unknown>) {
      this.initOptions = options
      this.authenticated = true
      this.token = ACCESS
      this.refreshToken = REFRESH
      this.idToken = ID
      this.tokenParsed = { preferred_username: 'pilot', realm_access: { roles: ['pilot'] } }
      return true
    }
    async updateToken() {
      this.token = ACCESS + '.refreshed'
      return true
    }
    async login() {}
    async logout() {
      this.authenticated = false
      this.token = undefined
    }
  }
  return { FakeKeycloak, created, ACCESS, REFRESH, ID }
})

vi.mock('keycloak-js', () => ({ default: FakeKeycloak }))

/** Every value written to web storage or cookies during the test. */
function written(spy: ReturnType<typeof vi.spyOn>): string[] {
  return spy.mock.calls.map((c: unknown[]) => `${String(c[0])}=${String(c[1])}`)
}

describe('the SPA keeps tokens in memory only', () => {
  beforeEach(() => {
    localStorage.clear()
    sessionStorage.clear()
    created.length = 0
    setActivePinia(createPinia())
    window.history.replaceState(null, '', '/contracts/42?tab=plan')
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    window.history.replaceState(null, '', '/')
  })

  it('never writes a token to localStorage, sessionStorage or cookies', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const cookie = vi.spyOn(document, 'cookie', 'set')
    const fetch = mockFetch((req) => {
      if (req.url.endsWith('/api/v1/client-config')) {
        return json({ authServerUrl: 'http://localhost:8180', realm: 'cls', clientId: 'cls-spa' })
      }
      return json({ subject: 'sub-pilot', username: 'pilot', name: 'Paul Pilote', roles: ['pilot'], scope: { regionCodes: [], departementCodes: [] } })
    })

    const auth = useAuthStore()
    await auth.init()
    expect(auth.authenticated).toBe(true)
    expect(auth.me?.username).toBe('pilot')
    // the token is used, from memory
    expect(requests(fetch).some((r) => r.headers.get('Authorization')?.startsWith(`Bearer ${ACCESS}`))).toBe(true)
    // nothing restores a token from storage into keycloak-js
    expect(created[0].initOptions).not.toHaveProperty('token')
    expect(created[0].initOptions).not.toHaveProperty('refreshToken')

    await auth.login('/contracts/42')
    await auth.logout()

    const values = [...written(setItem), ...cookie.mock.calls.map((c) => String(c[0]))]
    for (const secret of [ACCESS, REFRESH, ID]) {
      expect(values.join('\n')).not.toContain(secret)
    }
    expect(localStorage.length).toBe(0)
    // the only thing kept across the login redirect is where to come back to: a path
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!
      expect(key).toBe('cls.returnTo')
      expect(sessionStorage.getItem(key)).toMatch(/^\/[^/]/)
    }
  })
})
