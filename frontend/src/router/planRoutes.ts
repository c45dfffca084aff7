import type { RouteRecordRaw } from 'vue-router'

/** The plan of a contract, fiches actions and the partners directory. */
export const planRoutes: RouteRecordRaw[] = [
  {
    path: '/contracts/:id/plan',
    name: 'contract-plan',
    component: () => import('@/pages/plan/PlanPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'plan.tree.pageTitle' },
  },
  {
    path: '/contracts/:id/actions',
    name: 'contract-actions',
    component: () => import('@/pages/plan/ActionsPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'plan.table.pageTitle' },
  },
  {
    path: '/actions/new',
    name: 'action-new',
    component: () => import('@/pages/plan/ActionFormPage.vue'),
    meta: { requiresAuth: true, title: 'plan.form.createTitle' },
  },
  {
    path: '/actions/:id',
    name: 'action',
    component: () => import('@/pages/plan/ActionPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'plan.action.pageTitle' },
  },
  {
    path: '/actions/:id/edit',
    name: 'action-edit',
    component: () => import('@/pages/plan/ActionFormPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'plan.form.editTitle' },
  },
  {
    path: '/partners',
    name: 'partners',
    component: () => import('@/pages/plan/PartnerListPage.vue'),
    meta: { requiresAuth: true, title: 'partners.title' },
  },
  {
    path: '/partners/:id',
    name: 'partner',
    component: () => import('@/pages/plan/PartnerPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'partners.pageTitle' },
  },
]
