/**
 * Each Payload instance's event store, visitor hasher and group-commit buffer (tests start
 * several in one process). A module of its own, importing nothing that reads the environment at
 * import time (cms/lib/paths), so data code — share links, withdrawal — may use it freely.
 */
import type { Payload } from 'payload'

import { createEventStore, type EventStore } from '../database/eventStore'
import { createEventBuffer } from './buffer'
import { createVisitorHasher } from './visitorHash'

type Buffer = ReturnType<typeof createEventBuffer>
type Hasher = ReturnType<typeof createVisitorHasher>

const perPayload = new WeakMap<Payload, { store: EventStore; hasher: Hasher; buffer: Buffer }>()
export function insightsFor(payload: Payload) {
  let found = perPayload.get(payload)
  if (!found) {
    const store = createEventStore(payload)
    found = { store, hasher: createVisitorHasher(store), buffer: createEventBuffer(store) }
    perPayload.set(payload, found)
    const buffer = found.buffer
    // A clean stop writes what is waiting, so the requests waiting on it get their answer. A
    // listener of our own would keep Node from exiting on the signal: when nobody else (Next)
    // handles it, the signal is raised again once the buffer is written (`once` has removed us).
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void buffer.close().finally(() => {
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
        })
      })
    }
  }
  return found
}

