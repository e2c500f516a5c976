/**
 * The CMS's server: Next's own request handler (the production build in cms/.next) behind a plain
 * Node HTTP server that tells the CMS who is on the other end of the connection.
 *
 * Why: Next's route handlers (Payload's endpoints, the tus uploads, the renditions) get a Web
 * Request without the TCP peer, and `next start` only fills X-Forwarded-For when the client left
 * it out, so every address a handler could see was one the client could write. Here every request
 * gets PEER_HEADER = "<secret> <socket address>", overwriting whatever the client sent; the secret
 * (WERKVLOER_PEER_TOKEN, random per process unless given) lets cms/lib/rateLimit.ts tell this
 * header from a forged one when the CMS is started some other way.
 *
 * Environment: HOST (localhost), CMS_PORT (3000); TRUSTED_PROXIES is checked here and read by the CMS.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { PEER_HEADER, parseTrustedProxies } from '../cms/lib/rateLimit'
import { stopOnSignal } from './lib/stopOnSignal'

const here = path.dirname(fileURLToPath(import.meta.url))
const host = process.env.HOST ?? 'localhost'
const port = Number(process.env.CMS_PORT ?? 3000)
const secret = (process.env.WERKVLOER_PEER_TOKEN ||= crypto.randomBytes(24).toString('hex'))

// A malformed TRUSTED_PROXIES stops the start here, rather than failing rate-limited requests later.
try {
  parseTrustedProxies(process.env.TRUSTED_PROXIES ?? '')
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

const app = next({ dir: path.join(here, '..', 'cms'), dev: false, hostname: host, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = `${secret} ${req.socket.remoteAddress ?? ''}`
  void handle(req, res)
})
server.listen(port, host, () => console.log(`CMS listening on http://${host}:${port}`))

stopOnSignal(server)
