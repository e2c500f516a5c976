'use client'
import type { TextareaFieldClientComponent } from 'payload'
import { Button, useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { addCueAt, formatTimestamp, importCaptionFile, nudgeCue, parseVtt, removeCue, serialiseVtt, setCueText, type Cue } from '../collections/Videos/cues'

const copy = {
  nl: {
    label: 'Ondertitels',
    add: (t: string) => `Ondertitel toevoegen bij afspeelpositie (${t})`,
    import: 'Bestand importeren (.vtt of .srt)',
    start: 'Begin',
    end: 'Einde',
    text: 'Tekst',
    earlier: '0,1 s eerder',
    later: '0,1 s later',
    play: 'Afspelen vanaf hier',
    remove: 'Verwijderen',
    none: 'Nog geen ondertitels. Speel de video af en voeg er een toe bij de afspeelpositie, of importeer een bestand.',
    raw: 'WebVTT-tekst bewerken',
    imported: (n: number) => `${n} ondertitel(s) geïmporteerd.`,
    cue: (i: number) => `Ondertitel ${i}`,
  },
  en: {
    label: 'Captions',
    add: (t: string) => `Add caption at playhead (${t})`,
    import: 'Import file (.vtt or .srt)',
    start: 'Start',
    end: 'End',
    text: 'Text',
    earlier: '0.1 s earlier',
    later: '0.1 s later',
    play: 'Play from here',
    remove: 'Remove',
    none: 'No captions yet. Play the video and add one at the playhead, or import a file.',
    raw: 'Edit WebVTT text',
    imported: (n: number) => `${n} caption(s) imported.`,
    cue: (i: number) => `Caption ${i}`,
  },
}

/** The edit view's preview player (VideoPreviewField), whose playhead the editor follows. */
const previewVideo = () => document.querySelector<HTMLVideoElement>('video[data-testid="video-preview"]')

/**
 * A cue editor for a caption track beside the preview player: add a cue at the playhead, edit its
 * text, nudge start and end by 0.1 s, import a .vtt or .srt file (read and converted in the
 * browser). Everything is written back to the track's WebVTT text, which stays the stored value
 * and is still checked by validateWebVtt on save; the raw text remains editable below.
 */
export const CaptionCueEditor: TextareaFieldClientComponent = ({ path }) => {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const t = copy[lang]
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const [cues, setCues] = useState<Cue[]>(() => parseVtt(value ?? ''))
  const written = useRef<string | undefined>(value)
  const [playhead, setPlayhead] = useState(0)
  const [notice, setNotice] = useState('')
  const [focus, setFocus] = useState<number | null>(null)
  const textRefs = useRef<(HTMLTextAreaElement | null)[]>([])

  // Edits of the raw text (or a form reset) come back into the list; our own writes do not.
  useEffect(() => {
    if (value !== written.current) {
      written.current = value
      setCues(parseVtt(value ?? ''))
    }
  }, [value])
  useEffect(() => {
    const timer = setInterval(() => setPlayhead(previewVideo()?.currentTime ?? 0), 250)
    return () => clearInterval(timer)
  }, [])
  useEffect(() => {
    if (focus !== null) textRefs.current[focus]?.focus()
  }, [focus])

  const write = (next: Cue[]) => {
    setCues(next)
    const text = serialiseVtt(next)
    written.current = text
    setValue(text)
  }

  const onImport = async (file: File | undefined) => {
    if (!file) return
    const result = importCaptionFile(file.name, await file.text())
    if (!result.ok) return setNotice(result.message[lang])
    write(result.cues)
    setNotice(t.imported(result.cues.length))
  }

  const inputId = `${path.replace(/\W/g, '-')}-import`
  const small = { padding: '2px 6px', fontSize: 12 }
  return (
    <div className="field-type" style={{ marginBottom: 16 }} data-testid="caption-cue-editor">
      <p style={{ fontWeight: 600, margin: '0 0 8px' }}>{t.label}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Button
          buttonStyle="secondary"
          onClick={() => {
            const video = previewVideo()
            const { cues: next, index } = addCueAt(cues, playhead, video && Number.isFinite(video.duration) ? video.duration : undefined)
            write(next)
            setFocus(index)
          }}
        >
          {t.add(formatTimestamp(playhead).slice(3, 10))}
        </Button>
        <label htmlFor={inputId} style={{ cursor: 'pointer', textDecoration: 'underline' }}>
          {t.import}
        </label>
        <input id={inputId} type="file" accept=".vtt,.srt,text/vtt" onChange={(e) => void onImport(e.currentTarget.files?.[0])} style={{ maxWidth: 220 }} />
      </div>
      {notice && <p role="status">{notice}</p>}
      {cues.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{t.none}</p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
          {cues.map((cue, i) => (
            <li key={`${i}-${cue.start}`} aria-label={t.cue(i + 1)} data-testid="caption-cue" style={{ display: 'grid', gridTemplateColumns: 'auto auto 1fr auto', gap: 8, alignItems: 'start', padding: '6px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
              {(['start', 'end'] as const).map((edge) => (
                <div key={edge} style={{ whiteSpace: 'nowrap' }}>
                  <div style={{ fontSize: 12, opacity: 0.7 }}>{edge === 'start' ? t.start : t.end}</div>
                  <button type="button" style={small} aria-label={`${edge === 'start' ? t.start : t.end} ${t.earlier}`} onClick={() => write(nudgeCue(cues, i, edge, -0.1))}>
                    −
                  </button>{' '}
                  <code data-testid={`cue-${edge}`}>{formatTimestamp(cue[edge]).slice(3)}</code>{' '}
                  <button type="button" style={small} aria-label={`${edge === 'start' ? t.start : t.end} ${t.later}`} onClick={() => write(nudgeCue(cues, i, edge, 0.1))}>
                    +
                  </button>
                </div>
              ))}
              <label>
                <span style={{ fontSize: 12, opacity: 0.7 }}>{t.text}</span>
                <textarea
                  ref={(el) => {
                    textRefs.current[i] = el
                  }}
                  rows={2}
                  value={cue.text}
                  onChange={(e) => write(setCueText(cues, i, e.currentTarget.value))}
                  style={{ display: 'block', width: '100%' }}
                />
              </label>
              <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                <button
                  type="button"
                  style={small}
                  onClick={() => {
                    const video = previewVideo()
                    if (video) {
                      video.currentTime = cue.start
                      void video.play().catch(() => undefined)
                    }
                  }}
                >
                  {t.play}
                </button>
                <button type="button" style={small} onClick={() => write(removeCue(cues, i))}>
                  {t.remove}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>{t.raw}</summary>
        <textarea aria-label={t.raw} rows={8} value={value ?? ''} onChange={(e) => setValue(e.currentTarget.value)} style={{ width: '100%', fontFamily: 'monospace' }} />
      </details>
      {showError && errorMessage && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {errorMessage}
        </p>
      )}
    </div>
  )
}
