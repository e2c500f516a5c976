import type { TransitionName } from './lifecycle'

/** The lifecycle's steps as the moderation log shows them (the log stores the step's name). */
export const stepLabels: Record<TransitionName | 'seed' | 'reprocess', { nl: string; en: string }> = {
  submit: { nl: 'Ingestuurd', en: 'Submitted' },
  startProcessing: { nl: 'Verwerking gestart', en: 'Processing started' },
  processed: { nl: 'Verwerkt, klaar voor beoordeling', en: 'Processed, ready for review' },
  publishWhenReady: { nl: 'Verwerkt en meteen gepubliceerd', en: 'Processed and published at once' },
  fail: { nl: 'Verwerking mislukt', en: 'Processing failed' },
  approve: { nl: 'Goedgekeurd', en: 'Approved' },
  unapprove: { nl: 'Goedkeuring teruggedraaid', en: 'Approval undone' },
  publish: { nl: 'Gepubliceerd', en: 'Published' },
  publishScheduled: { nl: 'Op het geplande moment gepubliceerd', en: 'Published at the scheduled time' },
  unpublish: { nl: 'Offline gehaald', en: 'Unpublished' },
  reject: { nl: 'Afgewezen', en: 'Rejected' },
  reopen: { nl: 'Opnieuw in beoordeling', en: 'Back in review' },
  withdraw: { nl: 'Toestemming ingetrokken', en: 'Consent withdrawn' },
  seed: { nl: 'Demo-inhoud aangemaakt', en: 'Demo content created' },
  reprocess: { nl: 'Opnieuw verwerkt (inkorten of stilstaand beeld)', en: 'Re-processed (trim or poster frame)' },
}
