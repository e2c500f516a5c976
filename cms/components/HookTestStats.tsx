'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Variant = { id: string; trials: number; successes: number; rate: number | null; interval: { low: number; high: number }; probabilityBest: number }
type Stats = { state: 'off' | 'running' | 'paused' | 'ended'; goal?: 'play' | 'entry_start'; winner?: string | null; reason?: string | null; startedAt?: string; variants: Variant[] }

const copy = {
  nl: {
    caption: 'Cijfers sinds de start van de test',
    variant: 'Variant', shown: 'Vertoningen', goal: { play: 'Afgespeeld', entry_start: 'Instap gestart' }, rate: 'Percentage', interval: '95 %-interval', best: 'Kans de beste',
    off: 'Nog geen test gestart. Vul 2 of 3 varianten in, zet ‘Test loopt’ aan en sla op.',
    running: 'De test loopt. Hij stopt zelf bij 95 % zekerheid (en minstens 100 vertoningen per variant) of na het aantal weken.',
    paused: 'De test staat stil (uitgezet, of de video is niet gepubliceerd).',
    ended: (w: string, why: string) => `Beëindigd: variant ${w} won (${why === 'time' ? 'tijd om' : '95 % zeker'}) en is nu de titel en het haakje.`,
    failed: 'De cijfers konden niet worden geladen.',
  },
  en: {
    caption: 'Figures since the test started',
    variant: 'Variant', shown: 'Impressions', goal: { play: 'Played', entry_start: 'Entry started' }, rate: 'Rate', interval: '95 % interval', best: 'Chance best',
    off: 'No test started yet. Fill in 2 or 3 variants, tick “Test running” and save.',
    running: 'The test is running. It stops itself at 95 % certainty (with at least 100 impressions per variant) or after its weeks.',
    paused: 'The test is paused (switched off, or the video is not published).',
    ended: (w: string, why: string) => `Ended: variant ${w} won (${why === 'time' ? 'time up' : '95 % sure'}) and is now the title and hook.`,
    failed: 'The figures could not be loaded.',
  },
}

const pct = (x: number | null, lang: string) => (x === null ? '–' : `${(x * 100).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 })} %`)

/** Each variant's rate with its credible interval and chance of being best (cms/insights/hookTests.ts). */
export function HookTestStats() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const t = copy[lang]
  const [stats, setStats] = useState<Stats | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!id) return
    void fetch(`/api/insights/hook-tests/${id}`, { credentials: 'include' })
      .then(async (r) => (r.ok ? setStats((await r.json()) as Stats) : setFailed(true)))
      .catch(() => setFailed(true))
  }, [id])
  if (!id) return null
  if (failed) return <p role="status">{t.failed}</p>
  if (!stats) return null
  if (stats.state === 'off') return <p className="field-description">{t.off}</p>
  const max = Math.max(0.0001, ...stats.variants.map((v) => v.interval.high))
  return (
    <div className="hook-test-stats" style={{ marginBottom: 'var(--base)' }}>
      <p role="status">{stats.state === 'ended' ? t.ended(stats.winner ?? '?', stats.reason ?? '') : t[stats.state]}</p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'start' }}>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.variant}</th>
            <th scope="col">{t.shown}</th>
            <th scope="col">{t.goal[stats.goal ?? 'play']}</th>
            <th scope="col">{t.rate}</th>
            <th scope="col">{t.interval}</th>
            <th scope="col">{t.best}</th>
          </tr>
        </thead>
        <tbody>
          {stats.variants.map((v) => (
            <tr key={v.id} data-variant={v.id}>
              <th scope="row">{v.id}</th>
              <td>{v.trials.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL')}</td>
              <td>{v.successes.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL')}</td>
              <td>{pct(v.rate, lang)}</td>
              <td>
                {/* The interval as a bar: where the rate probably lies. */}
                <svg width="120" height="12" role="img" aria-label={`${pct(v.interval.low, lang)} – ${pct(v.interval.high, lang)}`}>
                  <rect x={(v.interval.low / max) * 120} y="3" width={Math.max(2, ((v.interval.high - v.interval.low) / max) * 120)} height="6" fill="currentColor" opacity="0.5" />
                </svg>{' '}
                {pct(v.interval.low, lang)} – {pct(v.interval.high, lang)}
              </td>
              <td>{pct(v.probabilityBest, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
