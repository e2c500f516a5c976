import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ROLES, roleLabels } from '../../access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgiveLoginFailures, throttleLogin } from './hooks/throttleLogin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', nl: 'Gebruiker' }, plural: { en: 'Users', nl: 'Gebruikers' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: adminGroups.administration },
  auth: {
    // Short sessions: these accounts can publish to the public site.
    tokenExpiration: 60 * 60 * 8,
    // No account lockout: it let anyone lock any staff member out, and its message told which
    // addresses exist. Failed logins are throttled per client address + account instead
    // (hooks/throttleLogin.ts, cms/lib/loginThrottle.ts).
    maxLoginAttempts: 0,
  },
  hooks: { beforeChange: [firstUserIsAdmin], beforeOperation: [throttleLogin], afterLogin: [forgiveLoginFailures] },
  access: {
    // Only admins manage users; the first admin is created through Payload's first-user screen.
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user && Array.isArray(user.roles) && user.roles.length > 0),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', nl: 'Naam' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      label: { en: 'Roles', nl: 'Rollen' },
      admin: { description: { en: 'What this person may do. Only admins change roles.', nl: 'Wat deze persoon mag. Alleen beheerders wijzigen rollen.' } },
      // No default role: nobody becomes admin by omission. The very first account is the admin
      // (see firstUserIsAdmin), because somebody must be able to manage the others.
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      // People must not promote themselves.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      // Payload keeps the admin's display language in a cookie, per browser; mails need to know it
      // without one, so people set it here once. Unset means Dutch.
      name: 'language',
      type: 'select',
      label: { nl: 'Taal van je e-mails', en: 'Language of your mails' },
      options: [
        { value: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
        { value: 'en', label: { nl: 'Engels', en: 'English' } },
      ],
      admin: {
        description: {
          nl: 'In deze taal krijg je meldingen over nieuwe sollicitaties en leads, met de vacaturetitel in die taal. Leeg: Nederlands.',
          en: 'Notifications about new applications and leads reach you in this language, with the vacancy title in it. Empty: Dutch.',
        },
      },
    },
  ],
}
