'use client'
/**
 * The vacancy's "Skills" field: what the extraction proposes from the saved vacancy text (each
 * skill with the words that showed it), next to the skills the recruiter confirmed. The recruiter
 * takes skills over as must-have or nice-to-have, switches levels and removes them; the choice is
 * stored on the vacancy (`skills`, `occupation`) when the vacancy is saved.
 */
import { Button, useDocumentInfo, useField, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { VacancyOccupation, VacancySkill } from '../../../common/match/vacancySkills'
import { copyFor } from './copy'

interface Proposed extends VacancySkill {
  score: number
  evidence: { text: string; label: string; via: string; labelSource?: string }
}

interface ProposalAnswer {
  taxonomy: 'esco' | 'subset'
  proposal: { skills: Proposed[]; occupations: { uri: string; label: string }[] }
}

const row: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: '6px 0', borderBottom: '1px solid var(--theme-elevation-100)' }
const small: React.CSSProperties = { fontSize: 12, opacity: 0.75, overflowWrap: 'anywhere' }

export function VacancySkillsField({ path = 'skills' }: { path?: string }) {
  const { i18n } = useTranslation()
  const c = copyFor(i18n.language)
  const { id } = useDocumentInfo()
  // The vacancy text is read in the content language being edited (the words of the admin follow the admin's language).
  const contentLocale = useLocale()?.code === 'en' ? 'en' : 'nl'
  const { value, setValue } = useField<VacancySkill[] | null>({ path })
  const occupationField = useField<VacancyOccupation | null>({ path: 'occupation' })
  const [answer, setAnswer] = useState<ProposalAnswer | null>(null)
  const [error, setError] = useState('')
  const skills = Array.isArray(value) ? value : []

  useEffect(() => {
    if (!id) return
    let cancelled = false
    fetch(`/api/match/vacancies/${id}?locale=${contentLocale}`, { credentials: 'include' })
      .then(async (res) => {
        const body = (await res.json().catch(() => ({}))) as ProposalAnswer & { error?: string }
        if (cancelled) return
        if (!res.ok) setError(body.error ?? c.failed)
        else setAnswer(body)
      })
      .catch(() => !cancelled && setError(c.failed))
    return () => {
      cancelled = true
    }
  }, [id, contentLocale, c.failed])

  if (!id) return <p style={{ opacity: 0.7 }}>{c.saveFirst}</p>
  const confirmedUris = new Set(skills.map((s) => s.uri))
  const open = (answer?.proposal.skills ?? []).filter((s) => !confirmedUris.has(s.uri))
  const occupation = occupationField.value
  const proposedOccupation = answer?.proposal.occupations[0]

  const set = (next: VacancySkill[]) => setValue(next)
  const add = (skill: Proposed, level: VacancySkill['level']) => set([...skills, { uri: skill.uri, label: skill.label, level }])
  const takeAll = () => {
    set([...skills, ...open.map(({ uri, label, level }) => ({ uri, label, level }))])
    if (!occupation && proposedOccupation) occupationField.setValue({ uri: proposedOccupation.uri, label: proposedOccupation.label })
  }

  return (
    <div className="field-type" style={{ marginBottom: 24 }} data-testid="vacancy-skills">
      <h3 style={{ margin: '8px 0' }}>{c.confirmed}</h3>
      {skills.length === 0 && <p style={{ opacity: 0.7 }}>{c.none}</p>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={c.confirmed}>
        {skills.map((skill) => (
          <li key={skill.uri} style={row} data-testid="confirmed-skill">
            <strong style={{ overflowWrap: 'anywhere' }}>{skill.label}</strong>
            <span style={small}>{skill.level === 'must' ? c.must : c.nice}</span>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => set(skills.map((s) => (s.uri === skill.uri ? { ...s, level: s.level === 'must' ? 'nice' : 'must' } : s)))}>
              {skill.level === 'must' ? c.makeNice : c.makeMust}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => set(skills.filter((s) => s.uri !== skill.uri))} aria-label={`${c.remove}: ${skill.label}`}>
              {c.remove}
            </Button>
          </li>
        ))}
      </ul>
      <p style={{ margin: '12px 0 4px' }}>
        <strong>{c.occupation}:</strong> {occupation?.label ?? '—'}
        {proposedOccupation && proposedOccupation.uri !== occupation?.uri && (
          <>
            {' '}
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => occupationField.setValue({ uri: proposedOccupation.uri, label: proposedOccupation.label })}>
              {c.useOccupation}: {proposedOccupation.label}
            </Button>
          </>
        )}
      </p>
      <h3 style={{ margin: '16px 0 4px' }}>{c.proposal}</h3>
      {!answer && !error && <p>{c.loading}</p>}
      {error && <p role="alert">{error}</p>}
      {answer?.taxonomy === 'subset' && <p style={small}>{c.taxonomySubset}</p>}
      {answer && (
        <>
          <p style={small}>{c.proposalNote}</p>
          {open.length > 0 && (
            <Button buttonStyle="primary" size="small" onClick={takeAll}>
              {c.takeAll}
            </Button>
          )}
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={c.proposal}>
            {open.map((skill) => (
              <li key={skill.uri} style={row} data-testid="proposed-skill">
                <span style={{ overflowWrap: 'anywhere' }}>{skill.label}</span>
                <span style={small}>
                  {c.evidence}: “{skill.evidence.text}” → {skill.evidence.label}
                  {skill.evidence.labelSource === 'werkvloer' ? ` (${c.ownLabel})` : ''}
                </span>
                <Button buttonStyle="secondary" size="small" margin={false} onClick={() => add(skill, 'must')}>
                  {c.addMust}
                </Button>
                <Button buttonStyle="secondary" size="small" margin={false} onClick={() => add(skill, 'nice')}>
                  {c.addNice}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
