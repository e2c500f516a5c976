import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { openVacanciesOnly } from '../../cms/collections/Videos/vacancyLinks'
import { expectFieldError } from '../helpers/expectErrors'
import { makeTinyClip } from '../helpers/ffmpeg'
import { fakeManifest } from '../helpers/manifest'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

/**
 * Linking a video to a vacancy: only open vacancies show videos, so comms is offered those and
 * saving refuses a draft, closed or expired one with a message that says why; links made while a
 * vacancy was open stay valid after it closes.
 */
let t: TestPayload
let payload: Payload
let comms: Awaited<ReturnType<typeof createUser>>
const vacancy: Record<string, string> = {}
let videoId: string

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  await createUser(payload, ['admin'])
  comms = await createUser(payload, ['comms'])
  const base = { location: 'Rotterdam', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const }
  const yesterday = new Date(Date.now() - 2 * 24 * 3600e3).toISOString()
  for (const [key, data] of Object.entries({ open: { status: 'open' }, draft: { status: 'draft' }, closed: { status: 'closed' }, expired: { status: 'open', validThrough: yesterday } })) {
    vacancy[key] = String((await payload.create({ collection: 'vacancies', data: { ...base, title: `Vacature ${key}`, ...data } as never, overrideAccess: true })).id)
  }
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: await makeTinyClip(path.join(t.dataDir, 'clip.mp4')), overrideAccess: true })
  videoId = String(
    (await payload.create({ collection: 'videos', data: { title: 'Video', contributorName: 'Sanne', original: original.id, status: 'ready', renditions: fakeManifest() }, overrideAccess: true, context: asSystem('seed') })).id,
  )
})
afterAll(async () => t?.cleanup())

const asComms = () => ({ overrideAccess: false, user: comms }) as const

describe('the vacancies a video links to', () => {
  it('the picker offers only open vacancies that are not past their closing date', async () => {
    const where = await (openVacanciesOnly as () => Promise<never> | never)()
    const { docs } = await payload.find({ collection: 'vacancies', where, ...asComms() })
    expect(docs.map((d) => d.title)).toEqual(['Vacature open'])
  })

  it('comms links an open vacancy', async () => {
    const saved = await payload.update({ collection: 'videos', id: videoId, data: { vacancies: [vacancy.open!] }, depth: 0, ...asComms() })
    expect(saved.vacancies).toEqual([vacancy.open])
  })

  it('refuses a draft, closed or expired vacancy, naming it, and changes nothing', async () => {
    for (const key of ['draft', 'closed', 'expired']) {
      await expectFieldError(
        payload.update({ collection: 'videos', id: videoId, data: { vacancies: [vacancy.open!, vacancy[key]!] }, ...asComms() }),
        'vacancies',
        new RegExp(`(Alleen open vacatures tonen video’s|Only open vacancies show videos): ‘Vacature ${key}’ is (niet open|not open)`),
      )
    }
    const stored = await payload.findByID({ collection: 'videos', id: videoId, depth: 0, overrideAccess: true })
    expect(stored.vacancies).toEqual([vacancy.open])
  })

  it('keeps a link made while the vacancy was open when it closes later: the video stays editable', async () => {
    await payload.update({ collection: 'vacancies', id: vacancy.open!, data: { status: 'closed' }, overrideAccess: true })
    const saved = await payload.update({ collection: 'videos', id: videoId, data: { hook: 'Nog steeds bewerkbaar' }, depth: 0, ...asComms() })
    expect(saved.hook).toBe('Nog steeds bewerkbaar')
    expect(saved.vacancies).toEqual([vacancy.open])
  })
})
