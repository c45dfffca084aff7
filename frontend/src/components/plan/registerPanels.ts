import { defineAsyncComponent, defineComponent, h, type Component, type PropType } from 'vue'
import type { Action } from '@/api/plan'
import type { ActionPermissions } from '@/composables/usePlanLabels'
import { registerActionPanel } from './actionPanels'

const IndicatorsPanel = defineAsyncComponent(() => import('@/components/indicator/IndicatorsPanel.vue'))
const ActionGovernance = defineAsyncComponent(() => import('@/components/governance/ActionGovernance.vue'))

/** Adapts a feature component to the panel props (`action`, `permissions`). */
function panel(name: string, render: (action: Action, permissions: ActionPermissions) => [Component, Record<string, unknown>]) {
  return defineComponent({
    name,
    props: {
      action: { type: Object as PropType<Action>, required: true },
      permissions: { type: Object as PropType<ActionPermissions>, required: true },
    },
    setup: (props) => () => h(...render(props.action, props.permissions)),
  })
}

/** The panels other features add to the action page; called once by main.ts. */
export function registerFeaturePanels(): void {
  registerActionPanel({
    id: 'indicators',
    order: 10,
    // the pilot of the action feeds its values like the coordinators
    component: panel('ActionIndicatorsPanel', (a, p) => [IndicatorsPanel, { actionId: a.id, canWrite: p.editProgress }]),
  })
  registerActionPanel({
    id: 'governance',
    order: 20,
    component: panel('ActionGovernancePanel', (a) => [ActionGovernance, { actionId: a.id }]),
  })
}
