'use client'
import { Banner, useAuth, useFormFields, useTranslation } from '@payloadcms/ui'

import { hasRole } from '../access/roles'

/**
 * Hiring managers' saves do not change the video: applyLifecycle keeps them as suggestions for
 * comms (suggestions.ts). Payload still says "saved", so this says what really happened.
 */
export function SuggestionNotice() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const open = useFormFields(([fields]) => Object.entries(fields).filter(([path, state]) => /^suggestions\.\d+\.decision$/.test(path) && state?.value === 'open').length)
  const curator = hasRole(user as never, 'admin', 'comms')
  if (curator || !hasRole(user as never, 'hiring-manager')) return null
  const en = i18n.language === 'en'
  return (
    <div data-suggestion-notice="" role="status" style={{ marginBottom: 'var(--base)' }}>
      <Banner type={open ? 'success' : 'info'}>
        {open
          ? en
            ? `Saved as a suggestion; comms decides. Open suggestions: ${open}.`
            : `Opgeslagen als voorstel; communicatie beslist. Openstaande voorstellen: ${open}.`
          : en
            ? 'Your changes do not go live: saving stores them as a suggestion, and comms decides.'
            : 'Je wijzigingen gaan niet direct live: opslaan bewaart ze als voorstel, en communicatie beslist.'}
      </Banner>
    </div>
  )
}
