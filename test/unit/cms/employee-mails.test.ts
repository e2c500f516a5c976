/**
 * Every mail a colleague gets speaks to them by first name and says which campaign it is about,
 * in Dutch and English; the sender is the employer unless MAIL_FROM_NAME says otherwise.
 */
import { describe, expect, it } from 'vitest'

import { employer } from '../../../common/employer'
import { createEmailAdapter } from '../../../cms/email/adapter'
import { inviteMail, publishedMail, receivedMail, rejectedMail, withdrawnMail } from '../../../cms/email/templates'

const who = { name: 'Sanne de Vries', campaign: 'Een dag bij Noordhaven' }

describe('employee mails', () => {
  it('greet by first name and name the campaign, in both languages', () => {
    const link = 'http://localhost:4321/bijdragen/status/x'
    const nl = [
      receivedMail('nl', { ...who, statusLink: link }),
      receivedMail('nl', { ...who, statusLink: link, kind: 'story' }),
      rejectedMail('nl', { ...who, title: 'Mijn dag', feedback: 'Te donker.', statusLink: link }),
      publishedMail('nl', { ...who, title: 'Mijn dag', url: 'http://x/videos/1', statusLink: link }),
      withdrawnMail('nl', { ...who, when: '2026-12-02T23:30:00Z' }),
    ]
    for (const mail of nl) {
      expect(mail.text.startsWith('Hoi Sanne,')).toBe(true)
      expect(mail.text).toContain('"Een dag bij Noordhaven"')
      expect(mail.html).toContain('<p>Hoi Sanne,</p>')
    }
    const en = [
      receivedMail('en', { ...who, statusLink: link }),
      rejectedMail('en', { ...who, title: 'My day', feedback: 'Too dark.', statusLink: link }),
      publishedMail('en', { ...who, title: 'My day', url: 'http://x/en/videos/1', statusLink: link }),
      withdrawnMail('en', { ...who, when: '2026-12-02T23:30:00Z' }),
    ]
    for (const mail of en) {
      expect(mail.text.startsWith('Hi Sanne,')).toBe(true)
      expect(mail.text).toContain('"Een dag bij Noordhaven"')
    }
  })

  it('say what arrived: a story is not called a video', () => {
    expect(receivedMail('nl', { ...who, statusLink: 'x', kind: 'story' }).subject).toBe('We hebben je verhaal ontvangen voor "Een dag bij Noordhaven"')
    expect(receivedMail('en', { ...who, statusLink: 'x', kind: 'story' }).subject).toBe('We received your story for "Een dag bij Noordhaven"')
    expect(receivedMail('nl', { ...who, statusLink: 'x' }).subject).toBe('We hebben je video ontvangen voor "Een dag bij Noordhaven"')
  })

  it('date a withdrawal in Amsterdam time (23:30 UTC on 2 December is 3 December there)', () => {
    expect(withdrawnMail('nl', { ...who, when: '2026-12-02T23:30:00Z' }).text).toContain('3 december 2026')
  })

  it('fall back to a plain greeting without a name, and escape the name in HTML', () => {
    expect(inviteMail('nl', { campaign: 'C', link: 'x' }).text.startsWith('Hoi,')).toBe(true)
    expect(receivedMail('en', { name: '  ', statusLink: 'x' }).text.startsWith('Hi,')).toBe(true)
    expect(receivedMail('nl', { name: '<b>Eva</b> X', statusLink: 'x' }).html).toContain('Hoi &lt;b&gt;Eva&lt;/b&gt;,')
  })
})

describe('the sender', () => {
  const from = async (vars: Record<string, string>) => {
    const env = vars as NodeJS.ProcessEnv
    const adapter = createEmailAdapter({ env, mailDir: '/nonexistent' })({ payload: { logger: { info: () => undefined } } } as never)
    return { name: adapter.defaultFromName, address: adapter.defaultFromAddress }
  }
  it('is the employer by default', async () => {
    expect(await from({})).toEqual({ name: employer.name, address: 'no-reply@werkvloer.local' })
  })
  it('is configurable', async () => {
    expect(await from({ MAIL_FROM_NAME: 'Team Werken bij', MAIL_FROM_ADDRESS: 'werkenbij@noordhaven.nl' })).toEqual({ name: 'Team Werken bij', address: 'werkenbij@noordhaven.nl' })
  })
})
