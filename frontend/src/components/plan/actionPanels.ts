import { shallowReactive, type Component } from 'vue'
import type { Action } from '@/api/plan'
import type { Permissions } from '@/api/client'

/**
 * Extra panels of the action page (fiche action), registered by other features (indicators, governance…) so that
 * the page need not know them. A panel's component receives the props `action` and `permissions` (the action's own
 * `permissions`, as the API computed them) and renders its own `<section>` with a heading of level 2.
 *
 *   registerActionPanel({ id: 'indicators', order: 10, component: ActionIndicatorsPanel })
 *
 * Call it once at start-up (e.g. from the feature's module imported by main.ts); registering the same id again
 * replaces the panel.
 */
export interface ActionPanel {
  /** Unique id, also the key of the rendered panel. */
  id: string
  /** Ascending order among the extra panels (default 100); the page shows them after its own sections. */
  order?: number
  component: Component
}

export interface ActionPanelProps {
  action: Action
  permissions: Permissions
}

const panels = shallowReactive<ActionPanel[]>([])

export function registerActionPanel(panel: ActionPanel): void {
  const i = panels.findIndex((p) => p.id === panel.id)
  if (i >= 0) panels.splice(i, 1, panel)
  else panels.push(panel)
}

export function unregisterActionPanel(id: string): void {
  const i = panels.findIndex((p) => p.id === id)
  if (i >= 0) panels.splice(i, 1)
}

/** The registered panels, in order (reactive: a panel registered later appears on an open page). */
export function actionPanels(): ActionPanel[] {
  return [...panels].sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.id.localeCompare(b.id))
}
