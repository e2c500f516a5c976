import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { nobodyField } from '../../access/nobodyField'
import { issueToken } from './hooks/issueToken'
import { sendPersonalInvite } from './hooks/sendPersonalInvite'
import { newLinkEndpoint } from './newLinkEndpoint'
import { showLinkEndpoint } from './showLinkEndpoint'
import { say } from '../../lib/say'

const in30Days = () => new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString()

/**
 * Invitations to contribute. The token is random and looked up by its hash. A shareable link also
 * keeps a sealed (encrypted) copy, so comms can show and reprint the same link and QR code
 * (showLinkEndpoint); a personal invite is mailed and never shown. "New link" replaces the token.
 * Expiry and revocation are checked on every use.
 */
export const Invites: CollectionConfig = {
  slug: 'invites',
  labels: { singular: { en: 'Invite', nl: 'Uitnodiging' }, plural: { en: 'Invites', nl: 'Uitnodigingen' } },
  admin: { useAsTitle: 'label', group: adminGroups.contributions, defaultColumns: ['label', 'campaign', 'kind', 'expiresAt', 'revoked'] },
  access: { read: isStaff, create: canCurate, update: canCurate, delete: canCurate },
  hooks: { beforeChange: [issueToken], afterChange: [sendPersonalInvite] },
  endpoints: [showLinkEndpoint, newLinkEndpoint],
  fields: [
    { name: 'label', type: 'text', required: true, label: { en: 'Name', nl: 'Naam' }, admin: { description: { en: 'For you: e.g. "Team sales, QR on the coffee machine" or the colleague’s name.', nl: 'Voor jezelf: bijvoorbeeld ‘Team sales, QR bij de koffieautomaat’ of de naam van de collega.' } } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, label: { en: 'Campaign', nl: 'Campagne' } },
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'link',
      label: { en: 'Kind', nl: 'Soort' },
      options: [
        { value: 'link', label: { en: 'Shareable link and QR code', nl: 'Deelbare link en QR-code' } },
        { value: 'personal', label: { en: 'Personal invite by email', nl: 'Persoonlijke uitnodiging per e-mail' } },
      ],
    },
    {
      name: 'email',
      type: 'email',
      label: { en: 'Email', nl: 'E-mail' },
      admin: { condition: (_, s) => s?.kind === 'personal' },
      validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req?: { i18n?: { language?: string } } }) =>
        siblingData.kind !== 'personal' || (typeof value === 'string' && value.includes('@')) ? true : say(req, { nl: 'Een persoonlijke uitnodiging heeft een e-mailadres nodig.', en: 'A personal invite needs an email address.' }),
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'nl',
      label: { en: 'Language', nl: 'Taal' },
      options: [
        { value: 'nl', label: { en: 'Dutch', nl: 'Nederlands' } },
        { value: 'en', label: { en: 'English', nl: 'Engels' } },
      ],
      admin: { description: { en: 'Language of the invite email and first page.', nl: 'Taal van de uitnodigingsmail en de eerste pagina.' } },
    },
    { name: 'expiresAt', type: 'date', required: true, defaultValue: in30Days, label: { en: 'Expires at', nl: 'Verloopt op' }, admin: { position: 'sidebar' } },
    { name: 'revoked', type: 'checkbox', defaultValue: false, label: { en: 'Revoked', nl: 'Ingetrokken' }, admin: { position: 'sidebar', description: { en: 'Stops the link working at once.', nl: 'De link werkt meteen niet meer.' } } },
    { name: 'uses', type: 'number', defaultValue: 0, label: { en: 'Times used', nl: 'Keren gebruikt' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'tokenHash', type: 'text', index: true, label: { en: 'Link (hash)', nl: 'Link (hash)' }, access: { read: nobodyField, update: nobodyField, create: nobodyField }, admin: { hidden: true } },
    // AES-256-GCM copy of a shareable link's token (cms/lib/sealedToken.ts): hidden from every API
    // response and unreadable, unwritable and unqueryable through REST and GraphQL; only the
    // GET /api/invites/:id/link endpoint opens it, for comms and admins.
    { name: 'tokenSealed', type: 'text', hidden: true, access: { read: nobodyField, update: nobodyField, create: nobodyField } },
    {
      name: 'linkTools',
      type: 'ui',
      label: { en: 'Link and QR code', nl: 'Link en QR-code' },
      admin: { components: { Field: '/components/InviteLinkField#InviteLinkField' } },
    },
  ],
}
