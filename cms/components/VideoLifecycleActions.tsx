'use client'
import { Button, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { TRANSITIONS, type TransitionName } from '../collections/Videos/lifecycle'
import { videoStatusLabels, type VideoStatus } from '../collections/Videos/statuses'

type Lang = 'nl' | 'en'

/** The buttons people press instead of picking a raw status (which offers system states too). */
const STEP_LABELS: Partial<Record<TransitionName, { nl: string; en: string }>> = {
  approve: { nl: 'Goedkeuren', en: 'Approve' },
  publish: { nl: 'Publiceren', en: 'Publish' },
  unapprove: { nl: 'Terug naar beoordeling', en: 'Back to review' },
  unpublish: { nl: 'Offline halen', en: 'Unpublish' },
  reject: { nl: 'Afwijzen met feedback', en: 'Reject with feedback' },
  reopen: { nl: 'Opnieuw beoordelen', en: 'Reconsider' },
  withdraw: { nl: 'Intrekken op schriftelijk verzoek', en: 'Withdraw on written request' },
}

const copy = {
  nl: { status: 'Status', feedback: 'Feedback voor je collega (wordt gemaild)', reference: 'Datum en kenmerk van het schriftelijke verzoek', confirm: 'Bevestigen', cancel: 'Annuleren', none: 'Geen stap die jij hier kunt zetten.', suggestions: (n: number) => `${n} open voorstel(len) van een hiring manager: zie ‘Voorgestelde wijzigingen’.`, failed: 'Dat lukte niet' },
  en: { status: 'Status', feedback: 'Feedback for your colleague (mailed to them)', reference: 'Date and reference of the written request', confirm: 'Confirm', cancel: 'Cancel', none: 'No step you can take here.', suggestions: (n: number) => `${n} open suggestion(s) by a hiring manager: see “Suggested edits”.`, failed: 'That did not work' },
}

type Doc = { status?: VideoStatus; suggestions?: { decision?: string }[] }

/**
 * The review actions of a video: only the lifecycle's steps this user may make from the current
 * status (lifecycle.ts is the same table the server enforces). Reject asks for feedback, an
 * admin's withdrawal for the request's reference; the server checks both again.
 */
export function VideoLifecycleActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl'
  const t = copy[lang]
  const [doc, setDoc] = useState<Doc | null>(null)
  const [asking, setAsking] = useState<TransitionName | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id) return
    void fetch(`/api/videos/${id}?depth=0`, { credentials: 'include' }).then(async (r) => (r.ok ? setDoc((await r.json()) as Doc) : undefined))
  }, [id])
  if (!id || !doc?.status) return null

  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const from = doc.status
  const steps = (Object.entries(TRANSITIONS) as [TransitionName, (typeof TRANSITIONS)[TransitionName]][]).filter(
    ([name, step]) => STEP_LABELS[name] && (step.from as readonly (VideoStatus | null)[]).includes(from) && (step.by as readonly string[]).some((who) => roles.includes(who)),
  )
  const openSuggestions = (doc.suggestions ?? []).filter((s) => s.decision === 'open').length

  const run = async (name: TransitionName) => {
    const step = TRANSITIONS[name]
    const data: Record<string, unknown> = { status: step.to }
    if (name === 'reject') data.feedback = text
    if (name === 'withdraw') data.withdrawalReference = text
    setBusy(true)
    setError('')
    // No ?locale: a step is not per language, and the default locale is where the required fields live.
    const res = await fetch(`/api/videos/${id}`, { method: 'PATCH', credentials: 'include', headers: { 'Content-Type': 'application/json', 'Accept-Language': lang }, body: JSON.stringify(data) })
    setBusy(false)
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      setError(body.errors?.[0]?.message ?? `${t.failed} (${res.status})`)
      return
    }
    // The whole form shows the new state (status, log, publishedAt) only after a reload.
    window.location.reload()
  }

  return (
    <div style={{ marginBottom: 24 }} data-testid="lifecycle-actions">
      <p style={{ margin: '0 0 8px' }}>
        {t.status}: <strong data-testid="lifecycle-status">{videoStatusLabels[from][lang]}</strong>
      </p>
      {openSuggestions > 0 && <p role="status">{t.suggestions(openSuggestions)}</p>}
      {steps.length === 0 && <p style={{ opacity: 0.7 }}>{t.none}</p>}
      {asking ? (
        <div>
          <label style={{ display: 'block' }}>
            {asking === 'reject' ? t.feedback : t.reference}
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} style={{ width: '100%' }} />
          </label>
          <Button buttonStyle="primary" disabled={busy || !text.trim()} onClick={() => void run(asking)}>
            {t.confirm}
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setAsking(null)}>
            {t.cancel}
          </Button>
        </div>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {steps.map(([name]) => (
            <Button key={name} buttonStyle={name === 'publish' || name === 'approve' ? 'primary' : 'secondary'} disabled={busy} onClick={() => (name === 'reject' || name === 'withdraw' ? setAsking(name) : void run(name))}>
              {STEP_LABELS[name]![lang]}
            </Button>
          ))}
        </div>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
