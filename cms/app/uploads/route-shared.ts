import config from '@payload-config'
import type { Server } from '@tus/server'
import { getPayload } from 'payload'

import { createTusServer } from '../../contribute/tus'

let server: Server | undefined

/** One tus server per process; Payload is initialised lazily by the first upload. */
export function tusServer(): Server {
  server ??= createTusServer(() => getPayload({ config }))
  return server
}
