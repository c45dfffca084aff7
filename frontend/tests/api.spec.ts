import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createApi, toApiError, unwrap, type AuthProvider, type TokenSource } from '@/api/client'
import { json, mockFetch, requests, sampleContract } from './helpers'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import { useApiErrorMessage } from '@/composables/useApiError'

function fakeKeycloak(tokens: string[], refreshOk = true): TokenSource & { calls: number[] } {
  let i = 0
  const kc = {
    authenticated: true,
    token: tokens[0],
    calls: [] as number[],
    async updateToken(min: number) {
      kc.calls.push(min)
      if (!refreshOk) throw new Error('refresh failed')
      if (min < 0) {
        i = Math.min(i + 1, tokens.length - 1)
        kc.token = tokens[i]
        return true
      }
      return false
    },
  }
  return kc
}

function setup(kc: TokenSource | null) {
  const onUnauthorized = vi.fn()
  const provider: AuthProvider = { getKeycloak: () => kc, onUnauthorized }
  const api = createApi({ baseUrl: 'http://localhost', provider: () => provider })
  return { api, onUnauthorized }
}

afterEach(() => vi.unstubAllGlobals())

describe('api auth middleware', () => {
  it('refreshes a token about to expire and sends it as a bearer token', async () => {
    const kc = fakeKeycloak(['tok-1'])
    const { api } = setup(kc)
    const fetch = mockFetch(() => json({ items: [], page: 0, size: 50, totalItems: 0 }))

    const { data } = await unwrap(api.GET('/api/v1/contracts', { params: { query: { q: 'quercy' } } }))

    expect(data.totalItems).toBe(0)
    expect(kc.calls).toEqual([30])
    const [req] = requests(fetch)
    expect(req.headers.get('Authorization')).toBe('Bearer tok-1')
    expect(new URL(req.url).searchParams.get('q')).toBe('quercy')
  })

  it('sends no Authorization header when anonymous', async () => {
    const { api } = setup(null)
    const fetch = mockFetch(() => json({ authServerUrl: 'http://kc', realm: 'cls', clientId: 'cls-spa' }))
    await unwrap(api.GET('/api/v1/client-config'))
    expect(requests(fetch)[0].headers.get('Authorization')).toBeNull()
  })

  it('on 401 refreshes once and replays the request (body included) with the new token', async () => {
    const kc = fakeKeycloak(['old', 'new'])
    const { api, onUnauthorized } = setup(kc)
    const fetch = mockFetch((req) =>
      req.headers.get('Authorization') === 'Bearer new'
        ? json(sampleContract(), 201)
        : json({ title: 'Unauthorized', status: 401 }, 401),
    )
    const input = { ...sampleContract() }
    const { data } = await unwrap(
      api.POST('/api/v1/contracts', {
        body: {
          kind: input.kind,
          name: input.name,
          generation: input.generation,
          status: input.status,
          territory: input.territory,
        },
      }),
    )
    expect(data.name).toBe('CLS 2 du Grand Quercy')
    const reqs = requests(fetch)
    expect(reqs).toHaveLength(2)
    expect(reqs[1].method).toBe('POST')
    expect(JSON.parse(await reqs[1].text()).name).toBe('CLS 2 du Grand Quercy')
    expect(kc.calls).toEqual([30, -1])
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('redirects to login when the refresh fails after a 401', async () => {
    const kc = fakeKeycloak(['old'])
    kc.updateToken = vi.fn(async (min: number) => {
      if (min < 0) throw new Error('session ended')
      return false
    })
    const { api, onUnauthorized } = setup(kc)
    mockFetch(() => json({ title: 'Unauthorized', status: 401 }, 401))
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('redirects to login when the API still answers 401 after a refresh', async () => {
    const kc = fakeKeycloak(['old', 'new'])
    const { api, onUnauthorized } = setup(kc)
    const fetch = mockFetch(() => json({ title: 'Unauthorized', status: 401 }, 401))
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiError)
    expect(requests(fetch)).toHaveLength(2)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })
})

describe('problem parsing', () => {
  it('turns application/problem+json into a typed ApiError', async () => {
    const { api } = setup(null)
    mockFetch(() =>
      json(
        {
          type: 'https://cls.example/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'Le contrat contient 2 erreurs.',
          errors: [
            { field: 'name', message: 'ne doit pas être vide' },
            { field: 'territory.departementCodes[0]', message: 'code inconnu' },
          ],
        },
        400,
      ),
    )
    const err = await unwrap(api.GET('/api/v1/contracts')).catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'Le contrat contient 2 erreurs.',
      errors: [
        { field: 'name', message: 'ne doit pas être vide' },
        { field: 'territory.departementCodes[0]', message: 'code inconnu' },
      ],
    })
  })

  it('copes with a non-JSON error body', () => {
    const err = toApiError(new Response('oops', { status: 502, statusText: 'Bad Gateway' }), 'oops')
    expect(err).toMatchObject({ status: 502, title: 'Bad Gateway', detail: 'oops', errors: [] })
  })
})

describe('too many requests', () => {
  it('keeps the seconds of Retry-After and says them in French', async () => {
    const { api } = setup(null)
    mockFetch(
      () =>
        new Response(JSON.stringify({ type: 'https://cls.example.org/problems/too-many-requests', title: 'Too Many Requests', status: 429, detail: 'More than 1200 requests in 60 s (account limit): retry in 18 s.' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '18', RateLimit: '"account";r=0;t=18' },
        }),
    )
    const err = await unwrap(api.GET('/api/v1/me')).catch((e) => e)
    expect(err).toMatchObject({ status: 429, retryAfter: 18 })
    expect(messageOf(err)).toBe('Trop de requêtes, réessayez dans 18 s.')
  })

  it('without Retry-After asks to retry in a moment', () => {
    const err = toApiError(new Response('', { status: 429, statusText: 'Too Many Requests' }), '')
    expect(err.retryAfter).toBeUndefined()
    expect(messageOf(err)).toBe('Trop de requêtes, réessayez dans un instant.')
  })
})

/** The message the pages show for an error (useApiErrorMessage, French). */
function messageOf(e: unknown): string {
  let message = ''
  mount(
    defineComponent({
      setup() {
        message = useApiErrorMessage()(e)
        return () => null
      },
    }),
    { global: { plugins: [createAppI18n('fr')] } },
  ).unmount()
  return message
}
