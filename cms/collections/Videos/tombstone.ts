/** Set on the withdrawal's own follow-up writes (blanking the other content language). */
export const TOMBSTONE_CONTEXT = 'withdrawalTombstone'

export const TOMBSTONE_TITLE = { nl: 'Ingetrokken video', en: 'Withdrawn video' } as const

/**
 * What is left of a withdrawn video: a content-free record, so old links answer 410 Gone and the
 * moderation log keeps the proof. No title, name, captions, renditions or original, and no hook
 * test: its variants' wording describes the video too (and, left behind untranslated, their
 * required titles made the follow-up write of the other language fail, before the files went).
 */
export function tombstoneData(locale: string | undefined): Record<string, unknown> {
  return {
    status: 'withdrawn',
    title: TOMBSTONE_TITLE[locale === 'en' ? 'en' : 'nl'],
    hook: null,
    contributorName: '—',
    contributorRole: null,
    department: null,
    location: null,
    skills: [],
    captions: [],
    vacancies: [],
    feedback: null,
    original: null,
    renditions: null,
    publishWhenReady: false,
    publishAt: null,
    editing: { trimStart: null, trimEnd: null, posterTime: null },
    processing: { stage: 'withdrawn', progress: null, failureReason: null, failureReasonNl: null },
    suggestions: [],
    hookTest: { enabled: false, variants: [] },
    hookTestResult: { startedAt: null, endedAt: null, winner: null, reason: null },
  }
}
