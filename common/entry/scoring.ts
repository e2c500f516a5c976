/**
 * Quiz and business-case scoring. Pure, and written against the shape both the CMS (Local API)
 * and the site (REST, depth 1) see, so the result page and the stored lead always agree.
 */
import { idOf, ROW_ID } from '../ids'

type Id = string | number
type MaybeDoc<T> = T | Id | null | undefined

export interface QuizDepartmentRef {
  id: Id
  name?: string | null
  slug?: string | null
}

export interface QuizShape {
  id: Id
  title?: string | null
  skills?: { id?: string | null; key: string; label?: string | null; vacancies?: MaybeDoc<{ id: Id }>[] | null }[] | null
  questions?:
    | {
        id?: string | null
        question: string
        options?:
          | {
              id?: string | null
              label: string
              departments?: { department: MaybeDoc<QuizDepartmentRef>; weight?: number | null }[] | null
              skills?: { skill: string; weight?: number | null }[] | null
            }[]
          | null
      }[]
    | null
}

export type Answers = Record<string, string>

export { ROW_ID }

/** `qid:oid,qid:oid` — how answers travel in a hidden field. */
export function serializeAnswers(answers: Answers): string {
  return Object.entries(answers)
    .map(([q, o]) => `${q}:${o}`)
    .join(',')
}

export function parseSerializedAnswers(value: string): Answers | null {
  if (value === '') return {}
  if (value.length > 2000) return null
  const out: Answers = {}
  for (const pair of value.split(',')) {
    const [q, o, ...rest] = pair.split(':')
    if (!q || !o || rest.length || !ROW_ID.test(q) || !ROW_ID.test(o)) return null
    out[q] = o
  }
  return out
}

/** Form fields named `<prefix><rowId>` (radio groups) → answers. Unknown keys are ignored. */
export function answersFromEntries(entries: Iterable<[string, unknown]>, prefix: string): Answers {
  const out: Answers = {}
  for (const [key, value] of entries) {
    if (!key.startsWith(prefix) || typeof value !== 'string') continue
    const q = key.slice(prefix.length)
    if (ROW_ID.test(q) && ROW_ID.test(value)) out[q] = value
  }
  return out
}

export interface QuizResult {
  complete: boolean
  /** Question row ids without a (valid) answer. */
  missing: string[]
  /** Departments by score, highest first; percent of all department points. */
  departments: { id: string; name: string | null; slug: string | null; score: number; percent: number }[]
  skills: { key: string; label: string; score: number }[]
  /** What was asked and answered, in words (stored on the lead for the recruiter). */
  answered: { questionId: string; optionId: string; question: string; answer: string }[]
}

export function scoreQuiz(quiz: QuizShape, answers: Answers): QuizResult {
  const departments = new Map<string, { id: string; name: string | null; slug: string | null; score: number }>()
  const skills = new Map<string, number>()
  const missing: string[] = []
  const answered: QuizResult['answered'] = []
  for (const question of quiz.questions ?? []) {
    const qid = String(question.id ?? '')
    const option = (question.options ?? []).find((o) => String(o.id ?? '') === answers[qid])
    if (!option) {
      missing.push(qid)
      continue
    }
    answered.push({ questionId: qid, optionId: String(option.id), question: question.question, answer: option.label })
    for (const row of option.departments ?? []) {
      const id = idOf(row.department)
      if (!id) continue
      const ref = typeof row.department === 'object' && row.department ? row.department : null
      const entry = departments.get(id) ?? { id, name: ref?.name ?? null, slug: ref?.slug ?? null, score: 0 }
      entry.score += Math.max(0, row.weight ?? 1)
      departments.set(id, entry)
    }
    for (const row of option.skills ?? []) skills.set(row.skill, (skills.get(row.skill) ?? 0) + Math.max(0, row.weight ?? 1))
  }
  const total = [...departments.values()].reduce((sum, d) => sum + d.score, 0)
  const labels = new Map((quiz.skills ?? []).map((s) => [s.key, s.label ?? s.key]))
  return {
    complete: missing.length === 0 && (quiz.questions ?? []).length > 0,
    missing,
    departments: [...departments.values()]
      .filter((d) => d.score > 0)
      .sort((a, b) => b.score - a.score || String(a.name).localeCompare(String(b.name)))
      .map((d) => ({ ...d, percent: total ? Math.round((d.score / total) * 100) : 0 })),
    skills: [...skills.entries()]
      .filter(([key, score]) => score > 0 && labels.has(key))
      .sort((a, b) => b[1] - a[1])
      .map(([key, score]) => ({ key, label: labels.get(key) ?? key, score })),
    answered,
  }
}

/**
 * Vacancies ranked for a quiz result: their department's points plus the points of every quiz
 * skill that lists the vacancy. Vacancies scoring nothing are left out.
 */
export function rankVacancies<V extends { id: Id; department?: MaybeDoc<{ id: Id }> }>(quiz: QuizShape, result: QuizResult, vacancies: V[]): { vacancy: V; score: number }[] {
  const departmentScore = new Map(result.departments.map((d) => [d.id, d.score]))
  const skillScore = new Map(result.skills.map((s) => [s.key, s.score]))
  const skillVacancies = (quiz.skills ?? []).map((s) => ({ key: s.key, ids: new Set((s.vacancies ?? []).map(idOf).filter((id): id is string => id !== undefined)) }))
  return vacancies
    .map((vacancy, index) => {
      const id = String(vacancy.id)
      const department = idOf(vacancy.department)
      let score = department ? (departmentScore.get(department) ?? 0) : 0
      for (const s of skillVacancies) if (s.ids.has(id)) score += skillScore.get(s.key) ?? 0
      return { vacancy, score, index }
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ vacancy, score }) => ({ vacancy, score }))
}

// ---------------------------------------------------------------------------------------------
// Business cases

export interface CaseShape {
  id: Id
  title?: string | null
  steps?:
    | {
        id?: string | null
        situation: string
        question: string
        choices?: { id?: string | null; label: string; feedback: string; points: number }[] | null
      }[]
    | null
  outcomes?: { minPercent: number; title: string; text?: string | null }[] | null
}

export interface CaseResult {
  complete: boolean
  missing: string[]
  steps: { stepId: string; choiceId: string; situation: string; question: string; choice: string; feedback: string; points: number; maxPoints: number }[]
  points: number
  maxPoints: number
  percent: number
  outcome: { title: string; text: string | null } | null
}

export function scoreCase(businessCase: CaseShape, choices: Answers): CaseResult {
  const missing: string[] = []
  const steps: CaseResult['steps'] = []
  let points = 0
  let maxPoints = 0
  for (const step of businessCase.steps ?? []) {
    const sid = String(step.id ?? '')
    const options = step.choices ?? []
    const best = Math.max(0, ...options.map((c) => c.points))
    maxPoints += best
    const choice = options.find((c) => String(c.id ?? '') === choices[sid])
    if (!choice) {
      missing.push(sid)
      continue
    }
    points += choice.points
    steps.push({ stepId: sid, choiceId: String(choice.id), situation: step.situation, question: step.question, choice: choice.label, feedback: choice.feedback, points: choice.points, maxPoints: best })
  }
  const percent = maxPoints ? Math.round((points / maxPoints) * 100) : 0
  const outcome = [...(businessCase.outcomes ?? [])].sort((a, b) => b.minPercent - a.minPercent).find((o) => percent >= o.minPercent) ?? null
  return {
    complete: missing.length === 0 && (businessCase.steps ?? []).length > 0,
    missing,
    steps,
    points,
    maxPoints,
    percent,
    outcome: outcome ? { title: outcome.title, text: outcome.text ?? null } : null,
  }
}
