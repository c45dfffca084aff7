import { afterEach, describe, expect, it } from 'vitest'
import { screen } from '@testing-library/dom'
import fr from '@/i18n/fr.json'
import en from '@/i18n/en.json'
import { cleanup, ars, json, mockFetch, mountAt } from './helpers'
import { CONTRACT, SLOW } from './planFixtures'

afterEach(cleanup)

function keys(o: unknown, prefix = ''): string[] {
  if (!o || typeof o !== 'object') return [prefix]
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('plan and partners labels', () => {
  it('exist in French and English alike', () => {
    for (const ns of ['plan', 'partners'] as const) {
      expect(keys((en as Record<string, unknown>)[ns]).sort()).toEqual(keys((fr as Record<string, unknown>)[ns]).sort())
    }
  })

  it('name every enumeration value the API lists', () => {
    expect(Object.keys(fr.plan.status)).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'ABANDONED'])
    expect(Object.keys(fr.plan.theme)).toHaveLength(16)
    expect(Object.keys(fr.partners.type)).toHaveLength(13)
  })
})

describe('contract page', SLOW, () => {
  it('links the plan and the actions table of the contract', async () => {
    mockFetch((req) => (new URL(req.url).pathname.endsWith('/amendments') ? json([]) : json(CONTRACT, 200, { ETag: '"3"' })))
    await mountAt(`/contracts/${CONTRACT.id}`, ars)
    const nav = screen.getByRole('navigation', { name: 'Plan du contrat' })
    expect(nav.querySelector('a[href$="/plan"]')?.textContent).toBe("Plan d'actions")
    expect(screen.getByRole('link', { name: "Plan d'actions" }).getAttribute('href')).toBe(`/contracts/${CONTRACT.id}/plan`)
    expect(screen.getByRole('link', { name: 'Tableau des actions' }).getAttribute('href')).toBe(`/contracts/${CONTRACT.id}/actions`)
  })
})
