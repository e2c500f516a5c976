/**
 * /admin/insights — the Insights view (issue 11), a server component: it checks the role on the
 * server (cms/access/canSeeInsights.ts; anyone else gets a refusal, anonymous visitors the
 * login), reads the rollups through cms/insights/dashboard.ts (never raw events) and draws its
 * charts as plain SVG. Nothing here reaches the internet; no chart library.
 */
import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { DAY_PATTERN } from '../../common/insights/day'
import { canSeeInsights } from '../access/canSeeInsights'
import { insightsFor } from '../insights/endpoints'
import { cachedRollups, defaultPeriod, insightsData, type Counts, type Line } from '../insights/dashboard'
import { insightsCopy, type InsightsCopy, type Lang } from './insightsCopy'

// One closed-day cache per Payload instance (cms/insights/dashboard.ts).
const caches = new WeakMap<object, ReturnType<typeof cachedRollups>>()

const STAGES = ['video_impression', 'video_play', 'video_progress_50', 'entry_start', 'submissions'] as const
type Stage = (typeof STAGES)[number]

const value = (c: Counts, stage: Stage | string) => (stage === 'submissions' ? (c.submission_lead ?? 0) + (c.submission_application ?? 0) : (c[stage] ?? 0))

function fmtDay(day: string, lang: Lang) {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`))
}

const pct = (part: number, whole: number, lang: Lang) => (whole > 0 ? `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format((part / whole) * 100)} %` : '–')

function Change({ now, before, lang }: { now: number; before: number; lang: Lang }) {
  if (before === 0 && now === 0) return <span style={{ color: 'var(--theme-elevation-500)' }}>±0</span>
  if (before === 0) return <span style={{ color: 'var(--theme-success-600, #1a7f37)' }}>{lang === 'en' ? 'new' : 'nieuw'}</span>
  const change = ((now - before) / before) * 100
  const text = `${change > 0 ? '+' : ''}${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 0 }).format(change)} %`
  return <span style={{ color: change >= 0 ? 'var(--theme-success-600, #1a7f37)' : 'var(--theme-error-600, #b42318)' }}>{text}</span>
}

/** The funnel as horizontal bars: this period solid, the previous one as an outline. */
function FunnelChart({ now, before, c, lang }: { now: Counts; before: Counts; c: InsightsCopy; lang: Lang }) {
  const max = Math.max(1, ...STAGES.map((s) => Math.max(value(now, s), value(before, s))))
  const rowH = 34
  const labelW = 230
  const barW = 420
  return (
    <svg role="img" aria-labelledby="insights-funnel-title" viewBox={`0 0 ${labelW + barW + 150} ${STAGES.length * rowH + 10}`} style={{ width: '100%', maxWidth: 820, height: 'auto' }}>
      <title id="insights-funnel-title">{c.funnel}</title>
      {STAGES.map((s, i) => {
        const y = i * rowH + 5
        const w = (value(now, s) / max) * barW
        const wb = (value(before, s) / max) * barW
        const first = value(now, STAGES[0])
        return (
          <g key={s} data-testid={`funnel-${s}`}>
            <text x={0} y={y + 20} fontSize="13" fill="currentColor">
              {c.stages[s]}
            </text>
            <rect x={labelW} y={y + 4} width={Math.max(w, 1)} height={22} rx={3} fill="#2f6f9f" />
            <rect x={labelW} y={y + 4} width={Math.max(wb, 1)} height={22} rx={3} fill="none" stroke="#c2410c" strokeDasharray="4 3" />
            <text x={labelW + barW + 8} y={y + 20} fontSize="13" fill="currentColor">
              {value(now, s)} {i > 0 ? `(${pct(value(now, s), first, lang)})` : ''}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** A row's five stages as a tiny bar chart. */
function Spark({ counts }: { counts: Counts }) {
  const max = Math.max(1, ...STAGES.map((s) => value(counts, s)))
  return (
    <svg aria-hidden="true" width="80" height="20" viewBox="0 0 80 20">
      {STAGES.map((s, i) => {
        const h = (value(counts, s) / max) * 18
        return <rect key={s} x={i * 16 + 1} y={19 - h} width={12} height={Math.max(h, 0.5)} fill="#2f6f9f" />
      })}
    </svg>
  )
}

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'right' as const, whiteSpace: 'nowrap' as const }
const head = { ...cell, fontWeight: 600, borderBottom: '2px solid var(--theme-elevation-200)' }

function Table({ id, title, first, rows, columns, lang, c }: { id: string; title: string; first: string; rows: Line[]; columns: { label: string; stage: string; rateOf?: string }[]; lang: Lang; c: InsightsCopy }) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id} style={{ marginBlock: '2rem', overflowX: 'auto' }}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p>{c.nothing}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...head, textAlign: 'left' }}>
                {first}
              </th>
              {columns.map((col) => (
                <th key={col.label} scope="col" style={head}>
                  {col.label}
                </th>
              ))}
              <th scope="col" style={head}>
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{c.funnel}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows
              .sort((a, b) => value(b.now, columns[0]!.stage) - value(a.now, columns[0]!.stage))
              .map((row) => (
                <tr key={row.key} data-testid={`${id}-row`} data-key={row.key}>
                  <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400, whiteSpace: 'normal' }}>
                    {row.label}
                  </th>
                  {columns.map((col) => (
                    <td key={col.label} style={cell} data-stage={col.stage}>
                      <strong data-testid="now">{value(row.now, col.stage)}</strong>
                      {col.rateOf ? <span style={{ color: 'var(--theme-elevation-600)' }}> ({pct(value(row.now, col.stage), value(row.now, col.rateOf), lang)})</span> : null}
                      <br />
                      <small>
                        {value(row.before, col.stage)} · <Change now={value(row.now, col.stage)} before={value(row.before, col.stage)} lang={lang} />
                      </small>
                    </td>
                  ))}
                  <td style={cell}>
                    <Spark counts={row.now} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

export async function InsightsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const lang: Lang = req.i18n?.language === 'en' ? 'en' : 'nl'
  const c = insightsCopy[lang]
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Finsights')
  const template = (children: React.ReactNode) => (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!canSeeInsights(req.user)) {
    return template(
      <div data-testid="insights-denied">
        <h1>{c.title}</h1>
        <p role="alert">{c.noAccess}</p>
      </div>,
    )
  }

  const asked = { from: String(searchParams?.from ?? ''), to: String(searchParams?.to ?? '') }
  const valid = DAY_PATTERN.test(asked.from) && DAY_PATTERN.test(asked.to) && asked.from <= asked.to
  const period = valid ? asked : defaultPeriod()
  const { store } = insightsFor(req.payload)
  let cache = caches.get(req.payload)
  if (!cache) caches.set(req.payload, (cache = cachedRollups(store)))
  const data = await insightsData(req.payload, { queryRollups: cache.queryRollups, querySessions: store.querySessions }, period, lang)
  const presets = [7, 28, 90].map((n) => {
    const p = defaultPeriod()
    const from = new Date(Date.parse(`${p.to}T00:00:00Z`) - (n - 1) * 86_400_000).toISOString().slice(0, 10)
    return { n, href: `/admin/insights?from=${from}&to=${p.to}` }
  })

  return template(
    <div data-testid="insights-view" style={{ paddingBlock: '1.5rem' }}>
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      {!valid && (asked.from || asked.to) ? <p role="status">{c.badPeriod}</p> : null}
      <form method="get" action="/admin/insights" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end', marginBlock: '1rem' }}>
        <label>
          {c.from}
          <br />
          <input type="date" name="from" defaultValue={period.from} required />
        </label>
        <label>
          {c.to}
          <br />
          <input type="date" name="to" defaultValue={period.to} required />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          {c.show}
        </button>
        {presets.map((p) => (
          <a key={p.n} href={p.href}>
            {c.last(p.n)}
          </a>
        ))}
      </form>
      <p data-testid="insights-period">
        {c.period}: {fmtDay(data.period.from, lang)} – {fmtDay(data.period.to, lang)}, {c.comparedWith(fmtDay(data.previous.from, lang), fmtDay(data.previous.to, lang))}
      </p>

      <section aria-labelledby="funnel-title" data-testid="insights-funnel">
        <h2 id="funnel-title">{c.funnel}</h2>
        <FunnelChart now={data.totals.now} before={data.totals.before} c={c} lang={lang} />
        <ul style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap', listStyle: 'none', padding: 0 }}>
          {STAGES.map((s) => (
            <li key={s} data-testid={`total-${s}`}>
              {c.stages[s]}: <strong data-testid="now">{value(data.totals.now, s)}</strong> ({c.before}: {value(data.totals.before, s)}, <Change now={value(data.totals.now, s)} before={value(data.totals.before, s)} lang={lang} />)
            </li>
          ))}
        </ul>
      </section>

      <Table
        id="insights-videos"
        title={c.perVideo}
        first={c.video}
        rows={data.videos}
        lang={lang}
        c={c}
        columns={[
          { label: c.stages.video_impression, stage: 'video_impression' },
          { label: c.stages.video_play, stage: 'video_play', rateOf: 'video_impression' },
          { label: c.stages.video_progress_50, stage: 'video_progress_50', rateOf: 'video_play' },
          { label: c.stages.entry_start, stage: 'entry_start', rateOf: 'video_impression' },
          { label: c.stages.submissions, stage: 'submissions', rateOf: 'video_impression' },
        ]}
      />
      <Table
        id="insights-entry-points"
        title={c.perEntry}
        first={c.entryPoint}
        rows={data.entryPoints.map((l) => ({ ...l, label: c.entryPoints[l.key] ?? l.label }))}
        lang={lang}
        c={c}
        columns={[
          { label: c.views, stage: 'entry_view' },
          { label: c.starts, stage: 'entry_start', rateOf: 'entry_view' },
          { label: c.submissions, stage: 'submissions', rateOf: 'entry_start' },
        ]}
      />
      <Table
        id="insights-vacancies"
        title={c.perVacancy}
        first={c.vacancy}
        rows={data.vacancies}
        lang={lang}
        c={c}
        columns={[
          { label: c.pageViews, stage: 'page_view' },
          { label: c.stages.video_play, stage: 'video_play' },
          { label: c.starts, stage: 'entry_start', rateOf: 'page_view' },
          { label: c.submissions, stage: 'submissions', rateOf: 'page_view' },
        ]}
      />
      <Table
        id="insights-departments"
        title={c.perDepartment}
        first={c.department}
        rows={data.departments}
        lang={lang}
        c={c}
        columns={[
          { label: c.pageViews, stage: 'page_view' },
          { label: c.starts, stage: 'entry_start', rateOf: 'page_view' },
          { label: c.submissions, stage: 'submissions', rateOf: 'page_view' },
        ]}
      />
      <Table
        id="insights-sources"
        title={c.perSource}
        first={c.source}
        rows={data.sources.map((l) => ({ ...l, now: { ...l.now, sessions: l.sessions.now, converted: l.sessions.convertedNow }, before: { ...l.before, sessions: l.sessions.before, converted: l.sessions.convertedBefore } }))}
        lang={lang}
        c={c}
        columns={[
          { label: c.sessions, stage: 'sessions' },
          { label: c.converted, stage: 'converted', rateOf: 'sessions' },
          { label: c.stages.video_play, stage: 'video_play' },
          { label: c.stages.submissions, stage: 'submissions' },
        ]}
      />
      <Table
        id="insights-share-links"
        title={c.perShareLink}
        first={c.shareLink}
        rows={data.shareLinks.map((l) => ({ ...l, label: l.revoked ? `${l.label} (${c.shareEnded})` : l.label }))}
        lang={lang}
        c={c}
        columns={[
          { label: c.shareVisits, stage: 'share_visit' },
          { label: c.stages.video_play, stage: 'video_play', rateOf: 'share_visit' },
          { label: c.stages.submissions, stage: 'submissions', rateOf: 'share_visit' },
        ]}
      />
      <section aria-labelledby="without-video-title" data-testid="insights-without-video" style={{ marginBlock: '2rem' }}>
        <h2 id="without-video-title">{c.withoutVideo}</h2>
        {data.vacanciesWithoutVideo.length === 0 ? (
          <p>{c.allHaveVideo}</p>
        ) : (
          <ul>
            {data.vacanciesWithoutVideo.map((v) => (
              <li key={v.id}>
                <a href={`/admin/collections/vacancies/${encodeURIComponent(v.id)}`}>{v.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>,
  )
}
