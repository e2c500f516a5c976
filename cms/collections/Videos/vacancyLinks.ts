import type { FilterOptions, PayloadRequest, Validate, Where } from 'payload'

import { isOpenForApplications, startOfDutchDay } from '../../../common/vacancy'
import { idOf } from './values'

/**
 * A video shows on the pages of the vacancies it is linked to, and only open vacancies have a
 * page with videos. The picker therefore offers open vacancies only (the rule of
 * common/vacancy.ts, as a query), and saving refuses a newly linked draft or closed one with a
 * message that says why. Links made while a vacancy was open stay when it closes later: the video
 * must stay editable.
 */
export const openVacanciesOnly: FilterOptions = () => {
  const open: Where = { status: { equals: 'open' } }
  const notPast: Where = { or: [{ validThrough: { exists: false } }, { validThrough: { greater_than_equal: startOfDutchDay().toISOString() } }] }
  return { and: [open, notPast] }
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is string => Boolean(id)) : [])

export const validateVacancyLinks: Validate = async (value, { previousValue, req }) => {
  const before = new Set(ids(previousValue))
  const added = ids(value).filter((id) => !before.has(id))
  if (!added.length) return true
  const { docs } = await req.payload.find({ collection: 'vacancies', where: { id: { in: added } }, limit: added.length, depth: 0, overrideAccess: true, req, locale: req.locale ?? undefined, select: { title: true, status: true, validThrough: true } })
  const found = new Map(docs.map((d) => [String(d.id), d]))
  const refused = added.filter((id) => {
    const vacancy = found.get(id)
    return !vacancy || !isOpenForApplications(vacancy)
  })
  if (!refused.length) return true
  return message(req, refused.map((id) => found.get(id)?.title || id))
}

function message(req: PayloadRequest, titles: string[]): string {
  const list = titles.map((t) => `‘${t}’`).join(', ')
  return req.i18n?.language === 'en'
    ? `Only open vacancies show videos: ${list} is not open (a draft, closed or past its closing date). Link an open vacancy, or publish the vacancy first.`
    : `Alleen open vacatures tonen video’s: ${list} is niet open (concept, gesloten of na de sluitingsdatum). Koppel een open vacature, of zet de vacature eerst open.`
}
