/**
 * uploaded (submitted) → processing → ready (in review) → approved → published, or rejected;
 * failed when the media worker could not make a web version; withdrawn when the employee took
 * back their consent (the document stays as a tombstone so old links answer 410 Gone).
 */
export const VIDEO_STATUSES = ['uploaded', 'processing', 'ready', 'failed', 'approved', 'published', 'rejected', 'withdrawn'] as const
export type VideoStatus = (typeof VIDEO_STATUSES)[number]

export const videoStatusLabels: Record<VideoStatus, { en: string; nl: string }> = {
  uploaded: { en: 'Submitted', nl: 'Ingestuurd' },
  processing: { en: 'Processing', nl: 'Wordt verwerkt' },
  ready: { en: 'In review', nl: 'Te beoordelen' },
  failed: { en: 'Processing failed', nl: 'Verwerking mislukt' },
  approved: { en: 'Approved', nl: 'Goedgekeurd' },
  published: { en: 'Published', nl: 'Gepubliceerd' },
  rejected: { en: 'Rejected', nl: 'Afgewezen' },
  withdrawn: { en: 'Consent withdrawn', nl: 'Toestemming ingetrokken' },
}

/** Statuses only comms (or admins) may move a video into. */
export const CURATOR_ONLY_STATUSES: VideoStatus[] = ['approved', 'published', 'rejected']
