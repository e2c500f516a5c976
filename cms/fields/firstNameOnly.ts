import type { Field, FieldHook } from 'payload'

import { publicName } from '../../common/contribute/names'

/**
 * "Show only my first name": the colleague's own choice on the consent step, copied onto the
 * video or story it covers. Nobody changes it afterwards (the consent was given on these terms):
 * only server code sets it, at creation.
 */
export const firstNameOnlyField: Field = {
  name: 'firstNameOnly',
  type: 'checkbox',
  defaultValue: false,
  label: { nl: 'Alleen voornaam tonen', en: 'First name only' },
  access: { create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: {
      nl: 'De keuze van de collega bij de toestemming: de site toont alleen de voornaam.',
      en: 'The colleague’s choice when giving consent: the site shows the first name only.',
    },
  },
}

/**
 * On the name field: a reader without an account (the career site, anyone on the REST API) gets
 * only the first name when the colleague chose so, so the surname never leaves the CMS for them.
 * Staff see the full name, with the choice beside it. Server code (overrideAccess: the worker,
 * the lifecycle hooks) reads the full name too: it may write a document back, and must never
 * store the shortened name in its place.
 */
export const publicNameOnRead: FieldHook = ({ value, siblingData, req, overrideAccess }) =>
  req.user || overrideAccess !== false || typeof value !== 'string' ? value : publicName(value, (siblingData as { firstNameOnly?: boolean } | undefined)?.firstNameOnly)
