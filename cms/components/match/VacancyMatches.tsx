'use client'
/**
 * The ranked, explained talent base for a vacancy, and the recruiter's tweaks: drop a skill (and
 * put it back), switch must-have/nice-to-have, a distance limit, hours that must fit, languages.
 * Every change asks the CMS again (the engine re-ranks the in-memory profiles; each search is
 * audited) and the count updates. Tweaks here are not saved on the vacancy; the Skills field is.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

import { copyFor } from './copy'

type Level = 'must' | 'nice'
interface Skill {
  uri: string
  label: string
  level: Level
}
interface Result {
  id: string
  score: number
  name?: string
  kind: 'cv' | 'lead'
  ref: { collection: 'applications' | 'leads'; id: string } | null
  why: {
    skills: { score: number; matched: { uri: string; label: string; level: Level; how: 'exact' | 'synonym' | 'related' | 'company'; evidence: string; via?: { label: string } }[]; missing: { uri: string; label: string; level: Level }[] }
    title: { score: number; candidate?: string; vacancy?: string }
    location: { score: number; city?: string; distanceKm?: number }
    hours: { score: number; candidate?: { min: number; max: number } }
    reasons: ('skills-and-title' | 'skills-not-title' | 'title-not-skills' | 'partial-skills')[]
  }
}
interface Answer {
  taxonomy: 'esco' | 'subset'
  query: { skills: Skill[] }
  total: number
  results: Result[]
}

const chip = (active: boolean): React.CSSProperties => ({
  border: '1px solid var(--theme-elevation-400)',
  borderRadius: 14,
  padding: '2px 10px',
  margin: '0 6px 6px 0',
  background: active ? 'var(--theme-elevation-100)' : 'transparent',
  color: 'inherit',
  cursor: 'pointer',
  font: 'inherit',
  fontSize: 13,
  overflowWrap: 'anywhere',
  textAlign: 'left',
})
const pct = (x: number) => `${Math.round(x * 100)}%`

export function VacancyMatches({ vacancyId, language, contentLocale }: { vacancyId: string; language: 'nl' | 'en'; contentLocale: 'nl' | 'en' }) {
  const c = copyFor(language)
  const [skills, setSkills] = useState<Skill[] | null>(null)
  const [dropped, setDropped] = useState<Skill[]>([])
  const [distance, setDistance] = useState<number | null>(null)
  const [requireHours, setRequireHours] = useState(false)
  const [languages, setLanguages] = useState<string[]>([])
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const request = useRef(0)

  const run = useCallback(
    async (body: Record<string, unknown>) => {
      const mine = ++request.current
      setBusy(true)
      try {
        const res = await fetch(`/api/match/vacancies/${vacancyId}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, locale: contentLocale }) })
        const data = (await res.json().catch(() => ({}))) as Answer & { error?: string }
        if (mine !== request.current) return
        if (!res.ok) return setError(data.error ?? c.failed)
        setError('')
        setAnswer(data)
        setSkills((current) => current ?? data.query.skills)
      } catch {
        if (mine === request.current) setError(c.failed)
      } finally {
        if (mine === request.current) setBusy(false)
      }
    },
    [vacancyId, contentLocale, c.failed],
  )

  // First search: the vacancy's confirmed skills (or the proposal); then every tweak.
  useEffect(() => {
    void run(skills ? { skills, maxDistanceKm: distance, requireHours, languages } : {})
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [skills, distance, requireHours, languages])

  const drop = (skill: Skill) => {
    setSkills((s) => (s ?? []).filter((x) => x.uri !== skill.uri))
    setDropped((d) => [...d, skill])
  }
  const putBack = (skill: Skill) => {
    setDropped((d) => d.filter((x) => x.uri !== skill.uri))
    setSkills((s) => [...(s ?? []), skill])
  }
  const toggleLevel = (skill: Skill) => setSkills((s) => (s ?? []).map((x) => (x.uri === skill.uri ? { ...x, level: x.level === 'must' ? 'nice' : 'must' } : x)))
  const toggleLanguage = (code: string) => setLanguages((l) => (l.includes(code) ? l.filter((x) => x !== code) : [...l, code]))

  return (
    <div data-testid="vacancy-matches" aria-busy={busy}>
      <p style={{ maxWidth: 720 }}>{c.matchesIntro}</p>
      {answer?.taxonomy === 'subset' && <p style={{ fontSize: 12, opacity: 0.75 }}>{c.taxonomySubset}</p>}
      <section aria-label={c.searchWith} style={{ margin: '12px 0' }}>
        <h3 style={{ margin: '8px 0' }}>{c.searchWith}</h3>
        <div>
          {(skills ?? []).map((skill) => (
            <span key={skill.uri} style={{ display: 'inline-flex', alignItems: 'center', marginRight: 6 }} data-testid="query-skill">
              <button type="button" style={chip(true)} onClick={() => toggleLevel(skill)} title={skill.level === 'must' ? c.makeNice : c.makeMust}>
                {skill.label} · {skill.level === 'must' ? c.must : c.nice}
              </button>
              <button type="button" style={chip(false)} onClick={() => drop(skill)} aria-label={`${c.drop}: ${skill.label}`}>
                ×
              </button>
            </span>
          ))}
        </div>
        {dropped.length > 0 && (
          <div>
            <span style={{ fontSize: 12, opacity: 0.75 }}>{c.dropped}: </span>
            {dropped.map((skill) => (
              <button key={skill.uri} type="button" style={{ ...chip(false), textDecoration: 'line-through' }} onClick={() => putBack(skill)}>
                {skill.label}
              </button>
            ))}
          </div>
        )}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', marginTop: 8 }}>
          <label>
            {c.distance}{' '}
            <select value={distance ?? ''} onChange={(e) => setDistance(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{c.anyDistance}</option>
              {[10, 25, 50, 100].map((km) => (
                <option key={km} value={km}>
                  {c.withinKm(km)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={requireHours} onChange={(e) => setRequireHours(e.target.checked)} /> {c.requireHours}
          </label>
          <span>
            {c.languages}:{' '}
            <label>
              <input type="checkbox" checked={languages.includes('nl')} onChange={() => toggleLanguage('nl')} /> {c.dutch}
            </label>{' '}
            <label>
              <input type="checkbox" checked={languages.includes('en')} onChange={() => toggleLanguage('en')} /> {c.english}
            </label>
          </span>
        </div>
      </section>
      {error && <p role="alert">{error}</p>}
      {answer && (
        <p aria-live="polite" style={{ fontWeight: 600 }} data-testid="match-count">
          {c.count(answer.total)}
        </p>
      )}
      {answer && answer.results.length === 0 && <p>{c.noMatches}</p>}
      <ol style={{ paddingLeft: 20 }} aria-label={c.matchesTitle}>
        {(answer?.results ?? []).map((r) => (
          <li key={r.id} style={{ margin: '0 0 16px', borderBottom: '1px solid var(--theme-elevation-100)', paddingBottom: 12 }} data-testid="match-result">
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
              <strong style={{ overflowWrap: 'anywhere' }}>{r.name ?? r.id}</strong>
              <span style={{ fontSize: 12, opacity: 0.75 }}>{c.kind[r.kind]}</span>
              <span>
                {c.score} {pct(r.score)}
              </span>
              {r.why.reasons.map((reason) => (
                <span key={reason} style={{ ...chip(true), cursor: 'default' }} data-testid="match-reason">
                  {c.reasons[reason]}
                </span>
              ))}
              {r.ref && <a href={`/admin/collections/${r.ref.collection}/${r.ref.id}`}>{c.open}</a>}
            </div>
            <div style={{ fontSize: 14 }}>
              <div>
                <strong>{c.skillsFit}</strong> {pct(r.why.skills.score)}:{' '}
                {r.why.skills.matched.map((m) => (
                  <span key={m.uri} style={{ marginRight: 10, overflowWrap: 'anywhere' }} data-testid="matched-skill">
                    ✓ {m.label} ({m.level === 'must' ? c.must : c.nice}, {c.how[m.how]}
                    {m.via ? `: ${m.via.label}` : ''}) “{m.evidence}”
                  </span>
                ))}
              </div>
              {r.why.skills.missing.length > 0 && (
                <div>
                  {c.missing}: {r.why.skills.missing.map((m) => `${m.label} (${m.level === 'must' ? c.must : c.nice})`).join(', ')}
                </div>
              )}
              <div>
                <strong>{c.titleFit}</strong> {pct(r.why.title.score)}
                {r.why.title.candidate ? ` — ${r.why.title.candidate}` : ''} · <strong>{c.location}</strong> {r.why.location.city ?? c.unknown}
                {r.why.location.distanceKm !== undefined ? ` (${c.km(r.why.location.distanceKm)})` : ''} · <strong>{c.hours}</strong>{' '}
                {r.why.hours.candidate ? c.hoursPerWeek(r.why.hours.candidate.min, r.why.hours.candidate.max) : c.unknown}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  )
}
