import { describe, expect, it } from 'vitest'
import { actionPanels } from '@/components/plan/actionPanels'
import { registerFeaturePanels } from '@/components/plan/registerPanels'

describe('feature panels of the action page', () => {
  it('shows indicators, then meetings and decisions, then documents', () => {
    registerFeaturePanels()
    expect(actionPanels().map((p) => p.id)).toEqual(['indicators', 'governance', 'documents'])
  })
})
