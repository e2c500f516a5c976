import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { nobodyField } from '../../access/nobodyField'
import { issueToken } from './hooks/issueToken'
import { sendPersonalInvite } from './hooks/sendPersonalInvite'
import { newLinkEndpoint } from './newLinkEndpoint'
import { showLinkEndpoint } from './showLinkEndpoint'

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
  admin: { useAsTitle: 'label', group: 'Bijdragen', defaultColumns: ['label', 'campaign', 'kind', 'expiresAt', 'revoked'] },
  access: { read: isStaff, create: canCurate, update: canCurate, delete: canCurate },
  hooks: { beforeChange: [issueToken], afterChange: [sendPersonalInvite] },
  endpoints: [showLinkEndpoint, newLinkEndpoint],
  fields: [
    { name: 'label', type: 'text', required: true, admin: { description: 'For you: e.g. "Team sales, QR on the coffee machine" or the colleague’s name.' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true },
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'link',
      options: [
        { value: 'link', label: { en: 'Shareable link and QR code', nl: 'Deelbare link en QR-code' } },
        { value: 'personal', label: { en: 'Personal invite by email', nl: 'Persoonlijke uitnodiging per e-mail' } },
      ],
    },
    {
      name: 'email',
      type: 'email',
      admin: { condition: (_, s) => s?.kind === 'personal' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.kind !== 'personal' || (typeof value === 'string' && value.includes('@')) ? true : 'A personal invite needs an email address.',
    },
    { name: 'locale', type: 'select', defaultValue: 'nl', options: ['nl', 'en'], admin: { description: 'Language of the invite email and first page.' } },
    { name: 'expiresAt', type: 'date', required: true, defaultValue: in30Days, admin: { position: 'sidebar' } },
    { name: 'revoked', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar', description: 'Stops the link working at once.' } },
    { name: 'uses', type: 'number', defaultValue: 0, admin: { position: 'sidebar', readOnly: true } },
    { name: 'tokenHash', type: 'text', index: true, access: { read: nobodyField, update: nobodyField, create: nobodyField }, admin: { hidden: true } },
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
