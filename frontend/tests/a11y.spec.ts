import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fireEvent, screen } from '@testing-library/dom'
import axe from 'axe-core'
import { cleanup, coordinator, json, mockFetch, mountAt, sampleContract } from './helpers'

afterEach(cleanup)

/** axe-core in jsdom (no layout, so colour contrast is left to the browser end-to-end test). */
async function seriousViolations() {
  const results = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  })
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}

describe('accessibility (axe-core)', () => {
  it('list page', async () => {
    mockFetch(() => json({ items: [sampleContract()], page: 0, size: 20, totalItems: 1 }))
    await mountAt('/contracts', coordinator)
    expect(await seriousViolations()).toEqual([])
  })

  it('form page showing field errors', async () => {
    mockFetch(() =>
      json({ title: 'Bad Request', status: 400, detail: 'Invalide', errors: [{ field: 'name', message: 'obligatoire' }] }, 400),
    )
    await mountAt('/contracts/new', coordinator)
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await flushPromises()
    expect(await seriousViolations()).toEqual([])
  })

  it('detail page', async () => {
    mockFetch(() => json(sampleContract(), 200, { ETag: '"3"' }))
    await mountAt(`/contracts/${sampleContract().id}`, coordinator)
    expect(await seriousViolations()).toEqual([])
  })
})
