'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Shown = { link: string; qrSvg: string; revoked?: boolean; expiresAt?: string }

const copy = {
  nl: {
    save: 'Sla de uitnodiging op om de link en QR-code te maken.',
    linkLabel: 'Uitnodigingslink',
    qrAlt: 'QR-code van de uitnodigingslink',
    copy: 'Link kopiëren',
    copied: 'Gekopieerd',
    print: 'QR-code afdrukken',
    newLink: 'Nieuwe link maken…',
    confirmNew: 'Een nieuwe link maakt de huidige link en elke afgedrukte QR-code ongeldig. Doe dit alleen als de link in verkeerde handen is gekomen. Doorgaan?',
    confirm: 'Ja, nieuwe link maken',
    cancel: 'Annuleren',
    personal: 'Een persoonlijke uitnodiging is per e-mail verstuurd; de link wordt niet opnieuw getoond.',
    personalNew: 'Nieuwe link maken (de gemailde link werkt dan niet meer)',
    shownOnce: 'Kopieer hem nu: een persoonlijke link wordt niet opnieuw getoond.',
    revoked: 'Deze uitnodiging is ingetrokken: de link werkt niet. Zet ‘Ingetrokken’ uit om hem weer te laten werken.',
    expired: 'Deze uitnodiging is verlopen: de link werkt niet. Zet de vervaldatum later om hem weer te laten werken.',
    failed: 'Dat lukte niet.',
    printTitle: 'Doe mee: maak een video over je werk',
    printScan: 'Scan de QR-code met je telefoon, of open deze link:',
  },
  en: {
    save: 'Save the invite to make its link and QR code.',
    linkLabel: 'Invite link',
    qrAlt: 'QR code of the invite link',
    copy: 'Copy link',
    copied: 'Copied',
    print: 'Print QR code',
    newLink: 'Make a new link…',
    confirmNew: 'A new link switches off the current link and every printed QR code. Only do this if the link got into the wrong hands. Continue?',
    confirm: 'Yes, make a new link',
    cancel: 'Cancel',
    personal: 'A personal invite was sent by email; its link is not shown again.',
    personalNew: 'Make a new link (the mailed link stops working)',
    shownOnce: 'Copy it now: a personal link is not shown again.',
    revoked: 'This invite is revoked: the link does not work. Untick “Revoked” to make it work again.',
    expired: 'This invite has expired: the link does not work. Move the expiry date to make it work again.',
    failed: 'That did not work.',
    printTitle: 'Join in: make a video about your work',
    printScan: 'Scan the QR code with your phone, or open this link:',
  },
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The invite's link and QR code. A shareable link is shown again every time (the server keeps a
 * sealed copy), with copy and print, so a reprinted poster carries the same working link. "New
 * link" is a separate, confirmed action: it switches the old link and every printed copy off.
 */
export function InviteLinkField() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const t = copy[lang]
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const label = useFormFields(([fields]) => fields.label?.value)
  const inviteLocale = useFormFields(([fields]) => fields.locale?.value)
  const [shown, setShown] = useState<Shown | null>(null)
  const [notice, setNotice] = useState('')
  const [error, setError] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [copied, setCopied] = useState(false)
  const [onceOnly, setOnceOnly] = useState(false)
  const headers = { 'Accept-Language': lang }

  const load = useCallback(async () => {
    if (!id || kind === 'personal') return
    const res = await fetch(`/api/invites/${id}/link`, { credentials: 'include', headers: { 'Accept-Language': lang } })
    const body = (await res.json().catch(() => ({}))) as Shown & { error?: string }
    if (res.ok) setShown(body)
    else setNotice(body.error ?? t.failed)
  }, [id, kind, lang, t.failed])
  useEffect(() => void load(), [load])

  if (!id) return <p style={{ opacity: 0.7 }}>{t.save}</p>

  const makeNew = async () => {
    setError('')
    setConfirming(false)
    const res = await fetch(`/api/invites/${id}/new-link`, { method: 'POST', credentials: 'include', headers })
    const body = (await res.json().catch(() => ({}))) as Shown & { error?: string; kept?: boolean }
    if (!res.ok) return setError(body.error ?? t.failed)
    setNotice('')
    setOnceOnly(body.kept === false)
    setShown({ link: body.link, qrSvg: body.qrSvg })
  }

  const print = () => {
    if (!shown) return
    const printLang = inviteLocale === 'en' ? 'en' : 'nl'
    const p = copy[printLang]
    const w = window.open('', '_blank')
    if (!w) return
    w.document.write(
      `<!doctype html><html lang="${printLang}"><head><meta charset="utf-8"><title>${escapeHtml(String(label ?? p.printTitle))}</title>` +
        '<style>body{font-family:system-ui,sans-serif;text-align:center;margin:2cm}svg{width:12cm;height:12cm}p{font-size:14pt}code{font-size:10pt;word-break:break-all}</style></head>' +
        `<body><h1>${escapeHtml(p.printTitle)}</h1><div data-testid="printed-qr">${shown.qrSvg}</div><p>${escapeHtml(p.printScan)}</p><p><code>${escapeHtml(shown.link)}</code></p></body></html>`,
    )
    w.document.close()
    w.focus()
    w.print()
  }

  const status = shown?.revoked ? t.revoked : shown?.expiresAt && new Date(shown.expiresAt).getTime() < Date.now() ? t.expired : ''

  return (
    <div style={{ marginBottom: 24 }} data-testid="invite-link">
      {kind === 'personal' && !shown && <p>{t.personal}</p>}
      {notice && !shown && <p role="status">{notice}</p>}
      {shown && (
        <div>
          {status && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {status}
            </p>
          )}
          {onceOnly && <p>{t.shownOnce}</p>}
          <label style={{ display: 'block', marginBottom: 8 }}>
            {t.linkLabel}
            <input readOnly value={shown.link} onFocus={(e) => e.currentTarget.select()} style={{ display: 'block', width: '100%', fontFamily: 'monospace' }} />
          </label>
          <img alt={t.qrAlt} width={200} height={200} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(shown.qrSvg)}`} />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <Button
              buttonStyle="secondary"
              onClick={() =>
                void navigator.clipboard?.writeText(shown.link).then(
                  () => setCopied(true),
                  () => undefined,
                )
              }
            >
              {copied ? t.copied : t.copy}
            </Button>
            <Button buttonStyle="primary" onClick={print}>
              {t.print}
            </Button>
          </div>
        </div>
      )}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="new-link-warning" style={{ marginTop: 12 }}>
          <p id="new-link-warning">{t.confirmNew}</p>
          <Button buttonStyle="primary" onClick={() => void makeNew()}>
            {t.confirm}
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setConfirming(false)}>
            {t.cancel}
          </Button>
        </div>
      ) : (
        <Button buttonStyle="secondary" onClick={() => setConfirming(true)}>
          {kind === 'personal' ? t.personalNew : t.newLink}
        </Button>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
