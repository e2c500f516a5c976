import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { employer } from '../../common/employer'

/**
 * SMTP through nodemailer when SMTP_HOST is set (production, and the tests' real SMTP server);
 * otherwise every mail is written to `<dataDir>/mail/` as an .eml file and its links are logged,
 * so a developer can follow an invite link without a mail server.
 */
export function createEmailAdapter(opts: { env: NodeJS.ProcessEnv; mailDir: string }): EmailAdapter {
  const { env, mailDir } = opts
  const fromAddress = env.MAIL_FROM_ADDRESS || 'no-reply@werkvloer.local'
  // The employer sends: colleagues and candidates know its name, not the software's.
  const fromName = env.MAIL_FROM_NAME || employer.name
  const transport = env.SMTP_HOST
    ? nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: Number(env.SMTP_PORT ?? 587),
        secure: env.SMTP_SECURE === 'true',
        // Local test servers have no certificate; production keeps verification on.
        ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

  return ({ payload }) => ({
    name: env.SMTP_HOST ? 'smtp' : 'file',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    async sendEmail(message: SendEmailOptions) {
      const info = await transport.sendMail({ from: `"${fromName}" <${fromAddress}>`, ...message } as SendMailOptions)
      if (!env.SMTP_HOST) {
        await fs.mkdir(mailDir, { recursive: true })
        const file = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.eml`)
        await fs.writeFile(file, (info as unknown as { message: Buffer }).message)
        const links = String(message.text ?? '').match(/https?:\/\/\S+/g) ?? []
        payload.logger.info(`mail to ${String(message.to)} written to ${file}${links.length ? ` — links: ${links.join(' ')}` : ''}`)
      }
      return info
    },
  })
}
