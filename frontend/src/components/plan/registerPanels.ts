import { defineAsyncComponent, defineComponent, h, type Component, type PropType } from 'vue'
import type { Action } from '@/api/plan'
import type { Permissions } from '@/api/client'
import { registerActionPanel } from './actionPanels'

const IndicatorsPanel = defineAsyncComponent(() => import('@/components/indicator/IndicatorsPanel.vue'))
const ActionGovernance = defineAsyncComponent(() => import('@/components/governance/ActionGovernance.vue'))
const DocumentsPanel = defineAsyncComponent(() => import('@/components/governance/DocumentsPanel.vue'))

/** Adapts a feature component to the panel props (`action`, `permissions`). */
function panel(name: string, render: (action: Action, permissions: Permissions) => [Component, Record<string, unknown>]) {
  return defineComponent({
    name,
    props: {
      action: { type: Object as PropType<Action>, required: true },
      permissions: { type: Object as PropType<Permissions>, required: true },
    },
    setup: (props) => () => h(...render(props.action, props.permissions)),
  })
}

/** The panels other features add to the action page; called once by main.ts. */
export function registerFeaturePanels(): void {
  registerActionPanel({
    id: 'indicators',
    order: 10,
    // the pilot of the action feeds its values like the coordinators (each indicator's canRecord still applies)
    component: panel('ActionIndicatorsPanel', (a, p) => [IndicatorsPanel, { actionId: a.id, canWrite: p.recordValues }]),
  })
  registerActionPanel({
    id: 'governance',
    order: 20,
    component: panel('ActionGovernancePanel', (a) => [ActionGovernance, { actionId: a.id }]),
  })
  registerActionPanel({
    id: 'documents',
    order: 30,
    // documents are the coordinators'
    component: panel('ActionDocumentsPanel', (a, p) => [DocumentsPanel, { owner: { kind: 'actions', id: a.id }, canWrite: p.write }]),
  })
}
