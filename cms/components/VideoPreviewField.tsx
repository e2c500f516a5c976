'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Playback = { mp4: string; poster: string; width: number; height: number; durationSeconds: number } | null
type Doc = { playback?: Playback; processing?: { stage?: string; progress?: number; failureReason?: string } }

/** Preview player in the video's edit view, fed by the same renditions the site will show. */
export function VideoPreviewField() {
  const { id } = useDocumentInfo()
  const [doc, setDoc] = useState<Doc | null>(null)
  useEffect(() => {
    if (!id) return
    let stop = false
    const load = async () => {
      const res = await fetch(`/api/videos/${id}?depth=0`, { credentials: 'include' })
      if (!stop && res.ok) setDoc((await res.json()) as Doc)
    }
    void load()
    // While the worker runs, refresh so progress and the finished preview appear without a reload.
    const timer = setInterval(() => void load(), 4000)
    return () => {
      stop = true
      clearInterval(timer)
    }
  }, [id])
  if (!id) return null
  const p = doc?.playback
  return (
    <div style={{ marginBottom: 24 }}>
      {p ? (
        <video data-testid="video-preview" controls preload="metadata" src={p.mp4} poster={p.poster} style={{ maxHeight: 480, maxWidth: '100%', borderRadius: 8, background: '#000' }} />
      ) : (
        <p>
          {doc?.processing?.failureReason
            ? `Processing failed: ${doc.processing.failureReason}`
            : `Processing: ${doc?.processing?.stage ?? 'waiting for the media worker'} ${doc?.processing?.progress ?? 0}%`}
        </p>
      )}
    </div>
  )
}
