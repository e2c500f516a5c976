'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * Invite links are shown once: only a hash of the token is stored. "Make a new link" replaces the
 * token, so this is also how a leaked link is switched off.
 */
export function InviteLinkField() {
  const { id } = useDocumentInfo()
  const [result, setResult] = useState<{ link: string; qrSvg: string } | null>(null)
  const [error, setError] = useState('')
  if (!id) return <p style={{ opacity: 0.7 }}>Save the invite to make its link and QR code.</p>
  const make = async () => {
    setError('')
    const res = await fetch(`/api/invites/${id}/new-link`, { method: 'POST', credentials: 'include' })
    if (!res.ok) {
      setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? 'Could not make a link.')
      return
    }
    setResult((await res.json()) as { link: string; qrSvg: string })
  }
  return (
    <div style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" onClick={() => void make()}>
        {result ? 'Make another new link (the one below stops working)' : 'Make a new link and QR code (an older link stops working)'}
      </Button>
      {error && <p role="alert">{error}</p>}
      {result && (
        <div>
          <p>Copy it now: it is not shown again.</p>
          <input readOnly value={result.link} onFocus={(e) => e.currentTarget.select()} style={{ width: '100%', fontFamily: 'monospace' }} aria-label="Invite link" />
          <img alt="QR code for the invite link" width={200} height={200} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(result.qrSvg)}`} />
        </div>
      )}
    </div>
  )
}
