import { createI18n } from 'vue-i18n'
import fr from './fr.json'
import en from './en.json'

export type Locale = 'fr' | 'en'
export const LOCALES: Locale[] = ['fr', 'en']
const STORAGE_KEY = 'cls.locale'

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (saved === 'fr' || saved === 'en') return saved
  } catch {
    /* storage unavailable */
  }
  return 'fr'
}

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'fr',
    messages: { fr, en },
  })
}

export const i18n = createAppI18n()

/** Switches the UI language, remembers the choice and updates <html lang>. */
export function setLocale(locale: Locale, target = i18n) {
  target.global.locale.value = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    /* ignore */
  }
  document.documentElement.lang = locale
}
