/**
 * The one typed API client. Types come from `schema.d.ts`, generated from the
 * project's `openapi.yaml` (`npm run gen:api`): never hand-write API types.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'

export type Schemas = components['schemas']
export type ClientConfig = Schemas['ClientConfig']
export type Me = Schemas['Me']
export type Contract = Schemas['Contract']
export type ContractInput = Schemas['ContractInput']
export type ContractPage = Schemas['PageDtoContractDto']
export type Territory = Schemas['Territory']
export type Problem = Schemas['Problem']
/** What the caller may do with a contract, an action or a report, as the API's policy computed it. */
export type Permissions = Schemas['Permissions']
export type CoordinatorSeat = Schemas['CoordinatorSeat']
export type ContractKind = NonNullable<ContractInput['kind']>
export type ContractStatus = NonNullable<ContractInput['status']>
export type TerritoryKind = NonNullable<Territory['kind']>

/** The rights of a caller before (or without) the object that carries them: none. */
export const NO_PERMISSIONS: Readonly<Permissions> = Object.freeze({
  write: false,
  editProgress: false,
  recordValues: false,
  addNote: false,
  review: false,
})

export interface FieldError {
  field: string
  message: string
}

/** An error answered by the API, parsed from `application/problem+json` when there is one. */
export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly errors: FieldError[]
  /** Seconds to wait before retrying (`Retry-After`, sent with 429), when the API said. */
  readonly retryAfter?: number

  constructor(init: { status: number; title?: string; detail?: string; errors?: FieldError[]; retryAfter?: number }) {
    super(init.detail || init.title || `HTTP ${init.status}`)
    this.name = 'ApiError'
    this.status = init.status
    this.title = init.title ?? ''
    this.detail = init.detail ?? ''
    this.errors = init.errors ?? []
    this.retryAfter = init.retryAfter
  }
}

/** `Retry-After` in seconds (the API never sends the HTTP-date form). */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')
  return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined
}

/** Builds an ApiError from a failed response and the body openapi-fetch read (JSON or text). */
export function toApiError(response: Response, body: unknown): ApiError {
  if (body && typeof body === 'object') {
    const p = body as Partial<Problem> & { errors?: unknown }
    const errors: FieldError[] = Array.isArray(p.errors)
      ? p.errors
          .filter((e): e is FieldError => !!e && typeof e === 'object' && 'message' in e)
          .map((e) => ({ field: String(e.field ?? ''), message: String(e.message) }))
      : []
    return new ApiError({
      status: typeof p.status === 'number' ? p.status : response.status,
      title: typeof p.title === 'string' ? p.title : response.statusText,
      detail: typeof p.detail === 'string' ? p.detail : '',
      errors,
      retryAfter: retryAfter(response),
    })
  }
  return new ApiError({
    status: response.status,
    title: response.statusText,
    detail: typeof body === 'string' ? body.slice(0, 300) : '',
    retryAfter: retryAfter(response),
  })
}

/** What the API layer needs from Keycloak (a subset of keycloak-js, easy to fake in tests). */
export interface TokenSource {
  authenticated?: boolean
  token?: string
  updateToken(minValidity: number): Promise<boolean>
}

export interface AuthProvider {
  getKeycloak(): TokenSource | null
  /** Called when the API refuses the token even after a refresh: send the user to the login page. */
  onUnauthorized(): void
}

let authProvider: AuthProvider = { getKeycloak: () => null, onUnauthorized: () => {} }

/** Set by the auth store once keycloak-js is initialised. */
export function setAuthProvider(provider: AuthProvider) {
  authProvider = provider
}

/**
 * Central auth middleware: refreshes the token when it expires within 30 s, sets
 * `Authorization: Bearer`, and on a 401 refreshes once and replays the request;
 * if that fails, asks for a new login.
 */
export function authMiddleware(getProvider: () => AuthProvider): Middleware {
  const pending = new Map<string, Request>()
  return {
    async onRequest({ request, id }) {
      const kc = getProvider().getKeycloak()
      if (!kc || !kc.authenticated) return undefined
      try {
        await kc.updateToken(30)
      } catch {
        getProvider().onUnauthorized()
        throw new ApiError({ status: 401, title: 'Unauthorized', detail: 'Session expired' })
      }
      if (kc.token) request.headers.set('Authorization', `Bearer ${kc.token}`)
      pending.set(id, request.clone())
      return request
    },
    async onResponse({ response, id, options }) {
      const original = pending.get(id)
      pending.delete(id)
      if (response.status !== 401) return undefined
      const provider = getProvider()
      const kc = provider.getKeycloak()
      if (!kc || !original) {
        if (kc) provider.onUnauthorized()
        return undefined
      }
      let refreshed = false
      try {
        refreshed = await kc.updateToken(-1)
      } catch {
        refreshed = false
      }
      if (!refreshed || !kc.token) {
        provider.onUnauthorized()
        return undefined
      }
      const retry = new Request(original, { headers: new Headers(original.headers) })
      retry.headers.set('Authorization', `Bearer ${kc.token}`)
      const second = await options.fetch(retry)
      if (second.status === 401) provider.onUnauthorized()
      return second
    },
    onError({ id }) {
      pending.delete(id)
      return undefined
    },
  }
}

export type ApiClient = Client<paths>

export function createApi(opts: { baseUrl?: string; provider?: () => AuthProvider } = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: opts.baseUrl ?? (typeof window !== 'undefined' ? window.location.origin : ''),
    // resolved at call time, so tests can stub the global fetch
    fetch: (input: Request) => globalThis.fetch(input),
  })
  client.use(authMiddleware(opts.provider ?? (() => authProvider)))
  return client
}

export const api = createApi()

type FetchResult<T> = { data?: T; error?: unknown; response: Response }

/** Returns the data of a successful call, or throws an ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call
  if (!response.ok) throw toApiError(response, error)
  return { data: data as T, response }
}
