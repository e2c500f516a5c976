'use client'
import { useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { formatTimestamp } from '../collections/Videos/cues'
import { storyboardTiles, tileKept, type StoryboardTile } from '../collections/Videos/storyboard'

type Target = 'trimStart' | 'trimEnd' | 'posterTime'

const copy = {
  nl: {
    heading: 'Kies op de beeldstrook',
    targets: { trimStart: 'Begin bij', trimEnd: 'Eindig bij', posterTime: 'Stilstaand beeld' } as Record<Target, string>,
    pick: 'Klik een beeld om dit in te stellen:',
    playhead: 'Afspeelpositie gebruiken',
    clear: 'Wissen',
    none: 'De beeldstrook verschijnt zodra de mediaverwerker klaar is.',
    tile: (t: string) => `Beeld op ${t}`,
  },
  en: {
    heading: 'Choose on the storyboard',
    targets: { trimStart: 'Start at', trimEnd: 'End at', posterTime: 'Poster frame' } as Record<Target, string>,
    pick: 'Click a frame to set:',
    playhead: 'Use playhead',
    clear: 'Clear',
    none: 'The storyboard appears once the media worker has finished.',
    tile: (t: string) => `Frame at ${t}`,
  },
}

const short = (s: number) => formatTimestamp(s).slice(3, 10)

/**
 * Trim start, trim end and poster frame chosen on the worker's storyboard sprite (or at the
 * preview player's playhead) instead of typing seconds. It writes the same number fields below,
 * so the lifecycle's rules for who may change them and the re-cut apply unchanged.
 */
export function TrimPosterScrubber() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const t = copy[lang]
  const fields = {
    trimStart: useField<number | null>({ path: 'editing.trimStart' }),
    trimEnd: useField<number | null>({ path: 'editing.trimEnd' }),
    posterTime: useField<number | null>({ path: 'editing.posterTime' }),
  }
  const [target, setTarget] = useState<Target>('posterTime')
  const [tiles, setTiles] = useState<StoryboardTile[]>([])

  useEffect(() => {
    if (!id) return
    void (async () => {
      const res = await fetch(`/api/videos/${id}?depth=0`, { credentials: 'include' })
      if (!res.ok) return
      const vttUrl = ((await res.json()) as { playback?: { storyboardVtt?: string } | null }).playback?.storyboardVtt
      if (!vttUrl) return
      const vtt = await fetch(vttUrl, { credentials: 'include' })
      if (vtt.ok) setTiles(storyboardTiles(await vtt.text(), vttUrl))
    })()
  }, [id])

  const set = (seconds: number | null) => {
    fields[target].setValue(seconds === null ? null : Math.round(seconds * 10) / 10)
    const video = document.querySelector<HTMLVideoElement>('video[data-testid="video-preview"]')
    if (video && seconds !== null) video.currentTime = seconds
  }
  const trimStart = fields.trimStart.value
  const trimEnd = fields.trimEnd.value
  const poster = fields.posterTime.value

  if (!id) return null
  return (
    <div style={{ marginBottom: 16 }} data-testid="trim-poster-scrubber">
      <p style={{ fontWeight: 600, margin: '0 0 4px' }}>{t.heading}</p>
      {tiles.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{t.none}</p>
      ) : (
        <>
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 8px', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
            <legend style={{ padding: 0 }}>{t.pick}</legend>
            {(Object.keys(t.targets) as Target[]).map((key) => (
              <label key={key} style={{ whiteSpace: 'nowrap' }}>
                <input type="radio" name="scrubber-target" checked={target === key} onChange={() => setTarget(key)} /> {t.targets[key]}
                {fields[key].value != null && ` (${short(fields[key].value!)})`}
              </label>
            ))}
            <button type="button" onClick={() => set(document.querySelector<HTMLVideoElement>('video[data-testid="video-preview"]')?.currentTime ?? 0)}>
              {t.playhead}
            </button>
            <button type="button" onClick={() => set(null)}>
              {t.clear}
            </button>
          </fieldset>
          <div style={{ display: 'flex', gap: 2, overflowX: 'auto', paddingBottom: 4 }}>
            {tiles.map((tile) => {
              const kept = tileKept(tile, trimStart, trimEnd)
              const isPoster = poster != null && poster >= tile.start && poster < tile.end
              return (
                <button
                  key={tile.start}
                  type="button"
                  aria-label={t.tile(short(tile.start))}
                  aria-pressed={isPoster}
                  title={short(tile.start)}
                  onClick={() => set(tile.start)}
                  style={{
                    flex: '0 0 auto',
                    // Native tile size: the sprite is shown as the worker cut it.
                    width: tile.width,
                    height: tile.height,
                    padding: 0,
                    border: isPoster ? '3px solid var(--theme-success-500)' : '1px solid var(--theme-elevation-150)',
                    backgroundImage: `url(${tile.sprite})`,
                    backgroundPosition: `-${tile.x}px -${tile.y}px`,
                    backgroundRepeat: 'no-repeat',
                    // Cut away by the trim: dimmed.
                    opacity: kept ? 1 : 0.3,
                    cursor: 'pointer',
                  }}
                />
              )
            })}
          </div>
        </>
      )}
    </div>
  )
}
