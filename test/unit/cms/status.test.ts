/** The employee's status view speaks the employee's language, addresses included. */
import { describe, expect, it } from 'vitest'

import { employeeView } from '../../../cms/contribute/status'
import type { Contribution } from '../../../cms/payload-types'

const base = { id: 'c1', kind: 'video', locale: 'en', consentedAt: '2027-03-01T10:00:00.000Z', releaseVersion: 'r1', releaseTextShown: 'text' }
const published = { ...base, video: { id: '0b5d6a3e-2c7f-4f0e-9a53-4f1c0d2a9b11', status: 'published', title: 'My day' } } as unknown as Contribution
const story = { ...base, kind: 'story', story: { id: 's1', status: 'published', slug: 'mijn-dag', title: 'Mijn dag' } } as unknown as Contribution

describe('employeeView', () => {
  it("links an English employee's published video and story to the English pages", () => {
    expect(employeeView(published, 'en').publicUrl).toBe('/en/videos/0b5d6a3e-2c7f-4f0e-9a53-4f1c0d2a9b11')
    expect(employeeView(story, 'en').publicUrl).toBe('/en/stories/mijn-dag')
  })

  it('links a Dutch employee to the Dutch pages', () => {
    expect(employeeView(published, 'nl').publicUrl).toBe('/video/0b5d6a3e-2c7f-4f0e-9a53-4f1c0d2a9b11')
    expect(employeeView(story, 'nl').publicUrl).toBe('/verhalen/mijn-dag')
  })

  it('has no public address before publication or after withdrawal', () => {
    const inReview = { ...base, video: { id: 'v', status: 'ready', title: 'x' } } as unknown as Contribution
    const withdrawn = { ...published, withdrawnAt: '2027-03-02T10:00:00.000Z' } as unknown as Contribution
    expect(employeeView(inReview, 'en')).toMatchObject({ status: 'in-review', publicUrl: null })
    expect(employeeView(withdrawn, 'en')).toMatchObject({ status: 'withdrawn', title: null })
  })

  it('offers a new try after a rejection, a failure or a withdrawal, only while the campaign is open', () => {
    const rejected = { ...base, video: { id: 'v', status: 'rejected', title: 'x', feedback: 'Te donker' } } as unknown as Contribution
    const withdrawn = { ...published, withdrawnAt: '2027-03-02T10:00:00.000Z' } as unknown as Contribution
    expect(employeeView(rejected, 'nl', { campaignOpen: true })).toMatchObject({ canStartAgain: true, campaignClosed: false })
    expect(employeeView(withdrawn, 'nl', { campaignOpen: true })).toMatchObject({ canStartAgain: true })
    expect(employeeView(rejected, 'nl', { campaignOpen: false })).toMatchObject({ canStartAgain: false, campaignClosed: true })
    expect(employeeView(published, 'nl', { campaignOpen: true }).canStartAgain).toBe(false)
  })

  it('never shows the own video after a withdrawal', () => {
    const withdrawn = { ...published, withdrawnAt: '2027-03-02T10:00:00.000Z' } as unknown as Contribution
    expect(employeeView(withdrawn, 'nl', { ownVideo: { width: 720, height: 1280 } }).ownVideo).toBeNull()
    expect(employeeView(published, 'nl', { ownVideo: { width: 720, height: 1280 } }).ownVideo).toEqual({ width: 720, height: 1280 })
  })
})
