import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'
import { cvsDir } from '../../lib/paths'

/**
 * Candidates' CVs (PDF or DOCX, checked by their bytes before they get here). Stored outside any
 * public directory and served only through Payload's file route, which applies `read` below:
 * recruiters and admins. Created only by the entry endpoint; deleted with their application.
 */
export const Cvs: CollectionConfig = {
  slug: 'cvs',
  labels: { singular: { en: 'CV', nl: 'Cv' }, plural: { en: 'CVs', nl: 'Cv’s' } },
  admin: { group: adminGroups.candidates, defaultColumns: ['filename', 'kind', 'filesize', 'createdAt'] },
  access: { read: canSeeCandidates, create: nobody, update: nobody, delete: canSeeCandidates },
  upload: {
    staticDir: cvsDir,
    mimeTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    crop: false,
    focalPoint: false,
    // Always a download, never rendered in the CMS origin; and never cached by a shared proxy.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [
    { name: 'kind', type: 'select', label: { en: 'File type', nl: 'Bestandstype' }, options: [{ value: 'pdf', label: { en: 'PDF', nl: 'PDF' } }, { value: 'docx', label: { en: 'Word (DOCX)', nl: 'Word (DOCX)' } }], admin: { readOnly: true } },
    { name: 'originalName', type: 'text', label: { en: 'Original file name', nl: 'Oorspronkelijke bestandsnaam' }, admin: { readOnly: true, description: { en: 'The file name on the candidate’s device.', nl: 'De bestandsnaam op het apparaat van de kandidaat.' } } },
  ],
}
