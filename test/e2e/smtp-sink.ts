/**
 * A real SMTP server for the end-to-end run: the CMS sends through nodemailer exactly as in
 * production, and every message that arrives is written as JSON for the tests to read.
 */
import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

const dir = process.env.SMTP_SINK_DIR ?? path.join(process.cwd(), 'test-results', 'mail')
const port = Number(process.env.SMTP_SINK_PORT ?? 2525)
fs.mkdirSync(dir, { recursive: true })

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const to = session.envelope.rcptTo.map((r) => r.address)
      const subject = decodeMimeWords(unfold(raw).match(/^Subject: (.*)$/im)?.[1] ?? '')
      const file = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`)
      fs.writeFileSync(file, JSON.stringify({ to, subject, raw }))
      callback()
    })
  },
})
/** Header lines may be folded onto several lines (RFC 5322). */
function unfold(raw: string): string {
  return raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
}

/** Subjects with accents or quotes arrive as RFC 2047 encoded words; tests compare the text. */
function decodeMimeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_m, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  )
}

server.listen(port, '127.0.0.1', () => console.log(`smtp sink on 127.0.0.1:${port}, writing to ${dir}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
