/**
 * What a page says about itself to the measurement beacon (components/insights/beacon.ts): the
 * same for every visitor, so it may sit in cached HTML. BaseLayout writes it as data-* on <body>.
 */
import type { PAGE_TYPES, SUBMISSION_KINDS } from '../../common/insights/events'

export type PageType = (typeof PAGE_TYPES)[number]

export interface PageMeasure {
  pageType?: PageType
  vacancy?: string | null
  department?: string | null
  /** A result page that is itself the submission (quiz or business case result). */
  submission?: Extract<(typeof SUBMISSION_KINDS)[number], 'quiz_result' | 'business_case_result'>
  /** The entry point the page's form belongs to (quiz, business case, lead, apply pages). */
  entryPoint?: 'quiz' | 'business_case' | 'lead' | 'apply'
  /** The employee share link this page was opened through (its public code; pages/gedeeld). */
  shareLink?: string
}

const TYPES: [RegExp, PageType][] = [
  [/^\/(en\/?)?$/, 'home'],
  [/^\/(vacatures|en\/vacancies)\/?$/, 'vacancies'],
  [/^\/(vacatures|en\/vacancies)\/[^/]+\/(solliciteren|apply)$/, 'entry'],
  [/^\/(vacatures|en\/vacancies)\/[^/]+$/, 'vacancy'],
  [/^\/(afdelingen|en\/departments)\//, 'department'],
  [/^\/(video|en\/videos|gedeeld|en\/shared)\//, 'video'],
  [/^\/(verhalen|en\/stories)\//, 'story'],
  [/^\/(quiz|praktijkcase|op-de-hoogte|en\/quiz|en\/business-case|en\/keep-me-posted)(\/|$)/, 'entry'],
  [/^\/(zo-meten-we|en\/how-we-measure)$/, 'privacy'],
]

export function pageTypeOf(pathname: string): PageType {
  return TYPES.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'other'
}
