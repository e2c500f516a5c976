'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { CONTENT_LANGS, describeMissing, languageCompleteness, type AllLocalesVideo } from '../collections/Videos/languages'

const copy = {
  nl: { heading: 'Talen (opgeslagen versie)', complete: 'compleet', missing: 'ontbreekt', names: { nl: 'Nederlands', en: 'Engels' }, hint: 'Zonder Engelse tekst toont de Engelse site (/en/) deze video in het Nederlands.' },
  en: { heading: 'Languages (saved version)', complete: 'complete', missing: 'missing', names: { nl: 'Dutch', en: 'English' }, hint: 'Without English text the English site (/en/) shows this video in Dutch.' },
}

/** In the edit view's sidebar: per language whether title, hook and captions are there (as saved). */
export function VideoLanguagesField() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { i18n } = useTranslation()
  const reader = i18n.language === 'en' ? 'en' : 'nl'
  const t = copy[reader]
  const [doc, setDoc] = useState<AllLocalesVideo | null>(null)
  useEffect(() => {
    if (!id) return
    void fetch(`/api/videos/${id}?depth=0&locale=all`, { credentials: 'include' }).then(async (r) => (r.ok ? setDoc((await r.json()) as AllLocalesVideo) : undefined))
  }, [id, lastUpdateTime])
  if (!id || !doc) return null
  const missing = languageCompleteness(doc)
  return (
    <div style={{ marginBottom: 24 }} data-testid="video-languages-field">
      <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{t.heading}</p>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {CONTENT_LANGS.map((lang) => (
          <li key={lang} data-lang={lang} data-complete={missing[lang].length === 0}>
            {t.names[lang]}: {missing[lang].length === 0 ? `✓ ${t.complete}` : `${t.missing} ${describeMissing(missing[lang], lang, reader)}`}
          </li>
        ))}
      </ul>
      {missing.en.length > 0 && <p style={{ margin: '4px 0 0', opacity: 0.8 }}>{t.hint}</p>}
    </div>
  )
}
