export const VIDEO_STATUSES = ['uploaded', 'processing', 'ready', 'failed', 'published'] as const
export type VideoStatus = (typeof VIDEO_STATUSES)[number]
