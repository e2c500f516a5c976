/**
 * The review queue's views of the video list, shared by the list's tabs and the "next in queue"
 * link in the edit view. The queue itself is `ready` (Te beoordelen), oldest first: whoever waited
 * longest is next.
 */
import type { VideoStatus } from './statuses'

export type QueueTab = { key: 'review' | 'planned' | 'published' | 'all'; status: VideoStatus | null; label: { nl: string; en: string } }

export const QUEUE_TABS: QueueTab[] = [
  { key: 'review', status: 'ready', label: { nl: 'Te beoordelen', en: 'To review' } },
  { key: 'planned', status: 'approved', label: { nl: 'Gepland', en: 'Scheduled' } },
  { key: 'published', status: 'published', label: { nl: 'Gepubliceerd', en: 'Published' } },
  { key: 'all', status: null, label: { nl: 'Alles', en: 'All' } },
]

export const QUEUE_STATUS: VideoStatus = 'ready'
export const QUEUE_SORT = 'createdAt'

/** The list URL's query for a tab. "All" carries an explicit page so it is not sent back to the queue. */
export function tabQuery(tab: QueueTab): string {
  return tab.status ? `where%5Bstatus%5D%5Bequals%5D=${tab.status}&page=1` : 'page=1'
}

type SearchParams = Record<string, string | string[] | undefined>

/** Which tab the list's current query is, or null when it is filtered some other way. */
export function activeTab(searchParams: SearchParams): QueueTab['key'] | null {
  const keys = Object.keys(searchParams).filter((k) => k.startsWith('where'))
  if (keys.length === 0) return 'all'
  if (keys.length === 1 && keys[0] === 'where[status][equals]') {
    const status = searchParams['where[status][equals]']
    return QUEUE_TABS.find((t) => t.status !== null && t.status === status)?.key ?? null
  }
  return null
}

/** A bare list URL (the navigation link) opens on the queue; any query means the user chose. */
export function opensOnQueue(searchParams: SearchParams): boolean {
  return Object.keys(searchParams).length === 0
}

/** REST query for the next video waiting for review, other than the one just reviewed. */
export function nextInQueueQuery(afterId: string | number): string {
  const id = encodeURIComponent(String(afterId))
  return `where%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=${QUEUE_STATUS}&where%5Band%5D%5B1%5D%5Bid%5D%5Bnot_equals%5D=${id}&sort=${QUEUE_SORT}&limit=1&depth=0`
}
