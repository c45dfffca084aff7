import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { planRoutes } from './planRoutes'

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/pages/HomePage.vue'),
    meta: { title: 'app.name' },
    beforeEnter: async () => {
      const auth = useAuthStore()
      await auth.init()
      if (auth.authenticated) return auth.takeReturnPath() ?? { name: 'contracts' }
      return true
    },
  },
  {
    path: '/contracts',
    name: 'contracts',
    component: () => import('@/pages/ContractListPage.vue'),
    meta: { requiresAuth: true, title: 'list.title' },
  },
  {
    path: '/contracts/new',
    name: 'contract-new',
    component: () => import('@/pages/ContractFormPage.vue'),
    meta: { requiresAuth: true, title: 'form.createTitle' },
  },
  {
    path: '/contracts/:id',
    name: 'contract',
    component: () => import('@/pages/ContractDetailPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'list.title' },
  },
  {
    path: '/ars/overview',
    name: 'ars-overview',
    component: () => import('@/pages/ArsOverviewPage.vue'),
    meta: { requiresAuth: true, title: 'reporting.overview.title' },
  },
  {
    path: '/ars/reports',
    name: 'ars-reviews',
    component: () => import('@/pages/reporting/ArsReviewsPage.vue'),
    meta: { requiresAuth: true, title: 'reporting.reviews.title' },
  },
  {
    path: '/contracts/:id/import',
    name: 'contract-import',
    component: () => import('@/pages/reporting/PlanImportPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'reporting.workbook.title' },
  },
  {
    path: '/contracts/:id/reports',
    name: 'contract-reports',
    component: () => import('@/pages/reporting/ReportsPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'reporting.reports.title' },
  },
  {
    path: '/reports/:reportId',
    name: 'report',
    component: () => import('@/pages/reporting/ReportPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'reporting.reports.title' },
  },
  {
    path: '/contracts/:id/dashboard',
    name: 'contract-dashboard',
    component: () => import('@/pages/ContractDashboardPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'reporting.title' },
  },
  {
    path: '/contracts/:id/edit',
    name: 'contract-edit',
    component: () => import('@/pages/ContractFormPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'form.editTitle' },
  },
  ...planRoutes,
  {
    path: '/me/indicators',
    name: 'my-indicators',
    component: () => import('@/pages/MyIndicatorsPage.vue'),
    meta: { requiresAuth: true, title: 'indicators.due.title' },
  },
  {
    path: '/indicators/actions/:actionId',
    name: 'action-indicators',
    component: () => import('@/pages/ActionIndicatorsPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'indicators.pageTitle' },
  },
  {
    path: '/contracts/:id/governance',
    name: 'contract-governance',
    component: () => import('@/pages/governance/GovernancePage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'governance.title' },
  },
  {
    path: '/contracts/:id/decisions',
    name: 'contract-decisions',
    component: () => import('@/pages/governance/DecisionsBoardPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'governance.board.title' },
  },
  {
    path: '/committees/:id',
    name: 'committee',
    component: () => import('@/pages/governance/CommitteePage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'governance.committees.title' },
  },
  {
    path: '/meetings/:id',
    name: 'meeting',
    component: () => import('@/pages/governance/MeetingPage.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'governance.meetings.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { title: 'app.notFoundTitle' },
  },
]

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes })
  router.beforeEach(async (to) => {
    if (!to.meta.requiresAuth) return true
    const auth = useAuthStore()
    await auth.init()
    if (auth.authenticated) return true
    if (auth.keycloak) {
      await auth.login(to.fullPath)
      return false
    }
    // no identity provider reachable: show the home page and its error message
    return { name: 'home' }
  })
  return router
}
