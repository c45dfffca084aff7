import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'

/** A human message for any error thrown by the API layer. */
export function useApiErrorMessage() {
  const { t } = useI18n()
  return (e: unknown): string => {
    if (e instanceof ApiError && e.status === 429) {
      return e.retryAfter !== undefined ? t('errors.tooManyRequests', { seconds: e.retryAfter }) : t('errors.tooManyRequestsLater')
    }
    if (e instanceof ApiError) return e.detail || e.title || t('errors.generic', { status: e.status })
    return t('errors.network')
  }
}
