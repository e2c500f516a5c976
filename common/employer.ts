/**
 * Who the employer is, for everything that speaks in its name: the career site's header and
 * footer, and the sender of every mail the CMS sends (MAIL_FROM_NAME overrides it there).
 * A real installation changes this one line.
 */
export const employer = {
  name: 'Noordhaven Logistiek',
} as const
