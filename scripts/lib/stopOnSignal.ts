import type http from 'node:http'

/**
 * SIGTERM/SIGINT end a front server cleanly: no new connections, idle ones closed at once,
 * busy ones given 3 seconds (a video segment in flight) before they are cut.
 */
export function stopOnSignal(server: http.Server): void {
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => {
      server.closeAllConnections()
      process.exit(0)
    }, 3000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
