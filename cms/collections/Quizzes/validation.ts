import { say } from '../../lib/say'

type Req = { i18n?: { language?: string } } | undefined

/** 3 to 7 questions (a custom validate replaces Payload's row count check), and skill weights must name a skill of this quiz. */
export function validateQuestions(value: unknown, { data, req }: { data?: Partial<{ skills?: { key?: string }[] | null }>; req?: Req }): true | string {
  const rows = Array.isArray(value) ? value : []
  if (rows.length < 3 || rows.length > 7) return say(req, { nl: `Een quiz heeft 3 tot 7 vragen (deze heeft er ${rows.length}).`, en: `A quiz has 3 to 7 questions (this one has ${rows.length}).` })
  const keys = new Set((data?.skills ?? []).map((s) => s?.key).filter(Boolean))
  for (const [qi, question] of rows.entries()) {
    for (const [oi, option] of ((question as { options?: unknown[] })?.options ?? []).entries()) {
      for (const row of ((option as { skills?: { skill?: string }[] })?.skills ?? [])) {
        if (row?.skill && !keys.has(row.skill))
          return say(req, {
            nl: `Vraag ${qi + 1}, antwoord ${oi + 1}: ‘${row.skill}’ is geen vaardigheid van deze quiz (voeg haar eerst toe onder Vaardigheden).`,
            en: `Question ${qi + 1}, answer ${oi + 1}: “${row.skill}” is not one of this quiz’s skills (add it under Skills first).`,
          })
      }
    }
  }
  return true
}

export function validateSkillKey(value: unknown, { req }: { req?: Req } = {}): true | string {
  return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : say(req, { nl: 'Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld ‘onderhandelen’.', en: 'Use lowercase letters, digits and dashes, for example “onderhandelen”.' })
}
