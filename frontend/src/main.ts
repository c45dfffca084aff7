import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import App from './App.vue'
import { createAppRouter } from './router'
import { i18n } from './i18n'
import { primeVueOptions } from './theme'
import { useAuthStore } from './stores/auth'
import { registerFeaturePanels } from './components/plan/registerPanels'
import './styles/theme.css'
import './styles/plan.css'

registerFeaturePanels()

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(PrimeVue, primeVueOptions)
app.use(ConfirmationService)

// <html lang> and the document title follow the language and the page
watch(
  i18n.global.locale,
  (l) => {
    document.documentElement.lang = l
  },
  { immediate: true },
)

async function start() {
  // keycloak-js must read the login callback before the router looks at the URL
  await useAuthStore(pinia).init()

  const router = createAppRouter()
  router.afterEach((to) => {
    const key = typeof to.meta.title === 'string' ? to.meta.title : 'app.name'
    const page = i18n.global.t(key)
    const name = i18n.global.t('app.name')
    document.title = page === name ? name : `${page} – ${name}`
  })
  app.use(router)
  await router.isReady()
  app.mount('#app')
}

void start()
