/**
 * Group commit for measurement events. Requests add their events and wait; the buffer writes
 * everything that arrived within `maxDelayMs` (or as soon as `maxEvents` are waiting) in one
 * transaction and then answers all of them. An event is only acknowledged once it is on disk, so
 * stopping the CMS can never lose an acknowledged event: at worst the site's call fails and it
 * may send again. `close()` (on SIGTERM/SIGINT) writes what is waiting at once.
 *
 * 50 ms: the site's relay already gathers a few milliseconds of beacons into each request
 * (site/lib/insights/beacon-relay.ts), so at thousands of events a second a write still holds a few
 * hundred; a longer wait only keeps more requests (and the site's, waiting on them) open.
 */
import type { EventStore, StoredEvent } from '../database/eventStore'

interface Waiting {
  events: readonly StoredEvent[]
  resolve: () => void
  reject: (error: unknown) => void
}

export function createEventBuffer(store: Pick<EventStore, 'appendBatch'>, opts: { maxEvents?: number; maxDelayMs?: number } = {}) {
  const maxEvents = opts.maxEvents ?? 2000
  const maxDelayMs = opts.maxDelayMs ?? 50
  let waiting: Waiting[] = []
  let size = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  let writing: Promise<void> = Promise.resolve()
  let closed = false

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    if (waiting.length === 0) return writing
    const batch = waiting
    waiting = []
    size = 0
    // One write at a time: SQLite has one writer anyway, and the order of batches is kept.
    writing = writing.then(async () => {
      try {
        await store.appendBatch(batch.flatMap((w) => w.events))
        for (const w of batch) w.resolve()
      } catch (error) {
        for (const w of batch) w.reject(error)
      }
    })
    return writing
  }

  return {
    /** Resolves once the events are stored; rejects if their batch could not be written. */
    add(events: readonly StoredEvent[]): Promise<void> {
      if (closed) return Promise.reject(Object.assign(new Error('The event buffer is closed'), { code: 'buffer-closed' }))
      if (events.length === 0) return Promise.resolve()
      const done = new Promise<void>((resolve, reject) => waiting.push({ events, resolve, reject }))
      size += events.length
      if (size >= maxEvents) void flush()
      else if (!timer) timer = setTimeout(() => void flush(), maxDelayMs)
      return done
    },
    flush,
    /** Writes what is waiting and takes nothing more. */
    async close(): Promise<void> {
      closed = true
      await flush()
    },
    get pending() {
      return size
    },
  }
}
