import type { DefaultServerCellComponentProps } from 'payload'

import { CONTENT_LANGS, describeMissing, languageCompleteness } from '../collections/Videos/languages'
import { videoAllLocales } from './videoAllLocales'

/** The list's "Languages" column: NL ✓ / EN – per language, what is missing in the tooltip and for screen readers. */
export async function VideoLanguagesCell(props: DefaultServerCellComponentProps) {
  const { rowData, payload, i18n } = props
  // Payload also renders a ui field's Cell in the edit view (no row there): nothing to show.
  if (!rowData) return null
  const reader = i18n?.language === 'en' ? 'en' : 'nl'
  const all = await videoAllLocales(payload, String(rowData.id))
  if (!all) return null
  const missing = languageCompleteness({ ...all, captions: (rowData as { captions?: never }).captions ?? all.captions })
  return (
    <span data-testid="video-languages" style={{ display: 'inline-flex', gap: 6, whiteSpace: 'nowrap' }}>
      {CONTENT_LANGS.map((lang) => {
        const complete = missing[lang].length === 0
        const text = complete
          ? reader === 'nl' ? `${lang.toUpperCase()}: compleet` : `${lang.toUpperCase()}: complete`
          : `${lang.toUpperCase()}: ${reader === 'nl' ? 'ontbreekt' : 'missing'} ${describeMissing(missing[lang], lang, reader)}`
        return (
          <span key={lang} title={text} data-lang={lang} data-complete={complete} style={{ padding: '1px 6px', borderRadius: 4, fontSize: 12, border: '1px solid var(--theme-elevation-250)', opacity: complete ? 1 : 0.6 }}>
            <span aria-hidden="true">{lang.toUpperCase()} {complete ? '✓' : '–'}</span>
            <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>{text}</span>
          </span>
        )
      })}
    </span>
  )
}
