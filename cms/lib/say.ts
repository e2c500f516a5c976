/**
 * A message in the language of the admin user who sees it (Payload passes the request to
 * validators and hooks); Dutch when nobody's language is known, like the admin's fallback.
 */
export function say(req: { i18n?: { language?: string } } | undefined | null, text: { nl: string; en: string }): string {
  return req?.i18n?.language === 'en' ? text.en : text.nl
}
