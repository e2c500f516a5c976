import type { ReleaseText } from '../payload-types'

/** The exact words shown to the employee, stored with their consent as proof. */
export function releaseTextAsShown(release: Pick<ReleaseText, 'version' | 'title' | 'body' | 'publishedWhere' | 'retention'>, locale: 'nl' | 'en'): string {
  const where = locale === 'nl' ? 'Waar' : 'Where'
  const howLong = locale === 'nl' ? 'Hoe lang' : 'For how long'
  return [`${release.title} (${release.version})`, release.body, `${where}: ${release.publishedWhere}`, `${howLong}: ${release.retention}`].join('\n\n')
}
