import { computed, markRaw, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import Keycloak from 'keycloak-js'
import { setAuthProvider, type Me } from '@/api/client'
import { getClientConfig, getMe } from '@/api/contracts'

/** Where to go back after a login (a path, not a token). */
const RETURN_KEY = 'cls.returnTo'

/**
 * Authentication around keycloak-js. Tokens live only in the Keycloak instance's memory
 * (never in localStorage / sessionStorage).
 */
export const useAuthStore = defineStore('auth', () => {
  const keycloak = shallowRef<Keycloak | null>(null)
  const authenticated = ref(false)
  const me = ref<Me | null>(null)
  const ready = ref(false)
  const error = ref<string | null>(null)
  let initPromise: Promise<void> | null = null

  const tokenClaims = computed(() => (authenticated.value ? (keycloak.value?.tokenParsed ?? {}) : {}) as Record<string, unknown>)
  const username = computed(() => me.value?.username ?? (tokenClaims.value.preferred_username as string | undefined) ?? '')
  const name = computed(() => me.value?.name || (tokenClaims.value.name as string | undefined) || username.value)
  const email = computed(() => me.value?.email ?? (tokenClaims.value.email as string | undefined) ?? '')
  const roles = computed<string[]>(() => {
    if (me.value?.roles) return me.value.roles
    const realm = tokenClaims.value.realm_access as { roles?: string[] } | undefined
    return realm?.roles ?? []
  })
  const hasRole = (role: string) => roles.value.includes(role)

  function origin() {
    return window.location.origin
  }

  function rememberPath(path?: string) {
    if (!path || path === '/') return
    try {
      sessionStorage.setItem(RETURN_KEY, path)
    } catch {
      /* ignore */
    }
  }

  async function login(returnTo?: string) {
    rememberPath(returnTo)
    await keycloak.value?.login({ redirectUri: origin() + '/' })
  }

  async function logout() {
    me.value = null
    authenticated.value = false
    await keycloak.value?.logout({ redirectUri: origin() + '/' })
  }

  /** The path saved before the login redirect, read once. */
  function takeReturnPath(): string | null {
    try {
      const p = sessionStorage.getItem(RETURN_KEY)
      sessionStorage.removeItem(RETURN_KEY)
      return p && p.startsWith('/') && !p.startsWith('//') ? p : null
    } catch {
      return null
    }
  }

  async function loadMe() {
    me.value = await getMe()
  }

  function init(): Promise<void> {
    initPromise ??= (async () => {
      try {
        const cfg = await getClientConfig()
        const kc = markRaw(new Keycloak({ url: cfg.authServerUrl, realm: cfg.realm, clientId: cfg.clientId }))
        keycloak.value = kc
        setAuthProvider({
          getKeycloak: () => kc,
          onUnauthorized: () => {
            void login(window.location.pathname + window.location.search)
          },
        })
        kc.onAuthLogout = () => {
          authenticated.value = false
          me.value = null
        }
        // check-sso comes back on '/': remember a deep link so the home page can return to it
        rememberPath(window.location.pathname + window.location.search)
        authenticated.value = await kc.init({
          onLoad: 'check-sso',
          pkceMethod: 'S256',
          checkLoginIframe: false,
          redirectUri: origin() + '/',
        })
        if (authenticated.value) await loadMe()
      } catch (e) {
        console.error('Authentication setup failed', e)
        error.value = e instanceof Error ? e.message : String(e)
      } finally {
        ready.value = true
      }
    })()
    return initPromise
  }

  return { keycloak, authenticated, me, ready, error, username, name, email, roles, hasRole, init, login, logout, loadMe, takeReturnPath }
})
