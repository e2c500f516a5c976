'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { publishWithoutEnglishWarning, type AllLocalesVideo } from '../collections/Videos/languages'
import { TRANSITIONS, type TransitionName } from '../collections/Videos/lifecycle'
import { nextInQueueQuery, QUEUE_TABS, tabQuery } from '../collections/Videos/reviewQueue'
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
  nl: { status: 'Status', feedback: 'Feedback voor je collega (wordt gemaild)', reference: 'Datum en kenmerk van het schriftelijke verzoek', confirm: 'Bevestigen', cancel: 'Annuleren', none: 'Geen stap die jij hier kunt zetten.', suggestions: (n: number) => `${n} open voorstel(len) van een hiring manager: zie ‘Voorgestelde wijzigingen’.`, failed: 'Dat lukte niet', publishAnyway: 'Toch publiceren', approveAnyway: 'Toch goedkeuren', done: { approve: 'Goedgekeurd.', reject: 'Afgewezen; de feedback is naar je collega gemaild.', publish: 'Gepubliceerd.' } as Record<string, string>, next: 'Volgende in de wachtrij', waiting: (n: number) => `(nog ${n} te beoordelen)`, empty: 'De wachtrij is leeg: er wacht geen video meer op beoordeling.', toQueue: 'Naar de wachtrij' },
  en: { status: 'Status', feedback: 'Feedback for your colleague (mailed to them)', reference: 'Date and reference of the written request', confirm: 'Confirm', cancel: 'Cancel', none: 'No step you can take here.', suggestions: (n: number) => `${n} open suggestion(s) by a hiring manager: see “Suggested edits”.`, failed: 'That did not work', publishAnyway: 'Publish anyway', approveAnyway: 'Approve anyway', done: { approve: 'Approved.', reject: 'Rejected; the feedback was mailed to your colleague.', publish: 'Published.' } as Record<string, string>, next: 'Next in queue', waiting: (n: number) => `(${n} left to review)`, empty: 'The queue is empty: no video is waiting for review.', toQueue: 'To the queue' },
}

type Doc = AllLocalesVideo & { status?: VideoStatus; publishAt?: string | null; suggestions?: { decision?: string }[] }
type Next = { id: string; title: string; left: number } | 'empty'

/** Survives the reload after a review step, so the reloaded page can offer the next video. */
const REVIEWED_KEY = 'werkvloer:reviewed'
const OFFERS_NEXT: TransitionName[] = ['approve', 'reject', 'publish']

function titleOf(value: unknown): string {
  if (typeof value === 'string') return value
  const all = (value ?? {}) as { nl?: string; en?: string }
  return all.nl || all.en || ''
}

/**
 * The review actions of a video: only the lifecycle's steps this user may make from the current
 * status (lifecycle.ts is the same table the server enforces). Reject asks for feedback, an
 * admin's withdrawal for the request's reference; the server checks both again.
 */
export function VideoLifecycleActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl'
  const t = copy[lang]
  const [doc, setDoc] = useState<Doc | null>(null)
  const [asking, setAsking] = useState<TransitionName | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [warning, setWarning] = useState<{ step: TransitionName; text: string } | null>(null)
  const [reviewed, setReviewed] = useState<{ step: string; next: Next } | null>(null)

  useEffect(() => {
    if (!id) return
    // Every language at once: the publish warning needs to know whether English is there.
    void fetch(`/api/videos/${id}?depth=0&locale=all`, { credentials: 'include' }).then(async (r) => (r.ok ? setDoc((await r.json()) as Doc) : undefined))
    let last: { id?: string; step?: string } = {}
    try {
      last = JSON.parse(sessionStorage.getItem(REVIEWED_KEY) ?? '{}') as typeof last
    } catch {
      // nothing usable stored
    }
    if (last.id !== String(id) || !last.step) return
    sessionStorage.removeItem(REVIEWED_KEY)
    const step = last.step
    void fetch(`/api/videos?${nextInQueueQuery(id)}&locale=all`, { credentials: 'include' }).then(async (r) => {
      if (!r.ok) return
      const { docs, totalDocs } = (await r.json()) as { docs: { id: string; title?: unknown }[]; totalDocs: number }
      const next = docs[0]
      setReviewed({ step, next: next ? { id: String(next.id), title: titleOf(next.title) || String(next.id), left: totalDocs } : 'empty' })
    })
  }, [id])
  if (!id || !doc?.status) return null

  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const from = doc.status
  const steps = (Object.entries(TRANSITIONS) as [TransitionName, (typeof TRANSITIONS)[TransitionName]][]).filter(
    ([name, step]) => STEP_LABELS[name] && (step.from as readonly (VideoStatus | null)[]).includes(from) && (step.by as readonly string[]).some((who) => roles.includes(who)),
  )
  const openSuggestions = (doc.suggestions ?? []).filter((s) => s.decision === 'open').length

  // Going live without English shows Dutch on /en/: say so first (approve too, when a publish time is set).
  const confirmLanguage = (name: TransitionName) => {
    const goesLive = name === 'publish' || (name === 'approve' && Boolean(doc.publishAt))
    const text = goesLive ? publishWithoutEnglishWarning(doc, lang) : null
    if (text) setWarning({ step: name, text })
    else void run(name)
  }

  const run = async (name: TransitionName) => {
    setWarning(null)
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
    if (OFFERS_NEXT.includes(name)) sessionStorage.setItem(REVIEWED_KEY, JSON.stringify({ id: String(id), step: name }))
    // The whole form shows the new state (status, log, publishedAt) only after a reload.
    window.location.reload()
  }

  return (
    <div style={{ marginBottom: 24 }} data-testid="lifecycle-actions">
      <p style={{ margin: '0 0 8px' }}>
        {t.status}: <strong data-testid="lifecycle-status">{videoStatusLabels[from][lang]}</strong>
      </p>
      {reviewed && (
        <div role="status" data-testid="next-in-queue" style={{ margin: '0 0 12px', padding: 12, borderRadius: 4, background: 'var(--theme-success-100)' }}>
          <p style={{ margin: '0 0 6px' }}>{t.done[reviewed.step]}</p>
          {reviewed.next === 'empty' ? (
            <p style={{ margin: 0 }}>
              {t.empty} <a href={`${adminRoute}/collections/videos?${tabQuery(QUEUE_TABS[0]!)}`}>{t.toQueue}</a>
            </p>
          ) : (
            <p style={{ margin: 0 }}>
              <a href={`${adminRoute}/collections/videos/${encodeURIComponent(reviewed.next.id)}`}>
                {t.next}: {reviewed.next.title} →
              </a>{' '}
              {t.waiting(reviewed.next.left)}
            </p>
          )}
        </div>
      )}
      {openSuggestions > 0 && <p role="status">{t.suggestions(openSuggestions)}</p>}
      {steps.length === 0 && <p style={{ opacity: 0.7 }}>{t.none}</p>}
      {warning ? (
        <div role="alertdialog" aria-labelledby="publish-warning-text" data-testid="publish-warning">
          <p id="publish-warning-text" style={{ margin: '0 0 8px' }}>
            {warning.text}
          </p>
          <Button buttonStyle="primary" disabled={busy} onClick={() => void run(warning.step)}>
            {warning.step === 'approve' ? t.approveAnyway : t.publishAnyway}
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setWarning(null)}>
            {t.cancel}
          </Button>
        </div>
      ) : asking ? (
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
            <Button key={name} buttonStyle={name === 'publish' || name === 'approve' ? 'primary' : 'secondary'} disabled={busy} onClick={() => (name === 'reject' || name === 'withdraw' ? setAsking(name) : confirmLanguage(name))}>
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
