import type { Field, FieldHook } from 'payload'

const serverOnly = { create: () => false, update: () => false }

/**
 * The first moment the vacancy was open: a job alert is only for a vacancy that opened after the
 * lead asked for alerts, and never for a draft. Computed here on every save, so nobody sets it by hand.
 */
const stampOpened: FieldHook = ({ originalDoc, siblingData, value }) => {
  const earlier = (originalDoc as { openedAt?: string | null } | undefined)?.openedAt
  if (earlier) return earlier
  return siblingData.status === 'open' ? new Date().toISOString() : (value ?? null)
}

/** Hidden bookkeeping of the job-alert run (cms/alerts/jobAlerts.ts). */
export const vacancyAlertFields: Field[] = [
  {
    name: 'openedAt',
    type: 'date',
    index: true,
    access: serverOnly,
    label: { en: 'First opened', nl: 'Eerst geopend' },
    hooks: { beforeChange: [stampOpened] },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'jobAlertsMatchedAt',
    type: 'date',
    index: true,
    access: serverOnly,
    label: { en: 'Job alerts prepared', nl: 'Vacaturemeldingen voorbereid' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: { en: 'When matching talent-pool leads who asked for job alerts were selected for this vacancy (once).', nl: 'Wanneer passende leads die vacaturemeldingen wilden voor deze vacature zijn geselecteerd (eenmalig).' } },
  },
]
