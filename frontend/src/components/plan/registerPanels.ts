import { defineAsyncComponent, defineComponent, h, type PropType } from 'vue'
import type { Action } from '@/api/plan'
import type { ActionPermissions } from '@/composables/usePlanLabels'
import { registerActionPanel } from './actionPanels'

const IndicatorsPanel = defineAsyncComponent(() => import('@/components/indicator/IndicatorsPanel.vue'))

/** The panels other features add to the action page; imported once by main.ts. */
export function registerFeaturePanels(): void {
  registerActionPanel({
    id: 'indicators',
    order: 10,
    component: defineComponent({
      name: 'ActionIndicatorsPanel',
      props: {
        action: { type: Object as PropType<Action>, required: true },
        permissions: { type: Object as PropType<ActionPermissions>, required: true },
      },
      // the pilot of the action feeds its values like the coordinators
      setup: (props) => () => h(IndicatorsPanel, { actionId: props.action.id, canWrite: props.permissions.editProgress }),
    }),
  })
}
