import { describe, expect, it } from 'vitest'

import { isOverDurationLimit } from '../../../site/components/contribute/video-duration'
import { fillDuration, formatDuration } from '../../../site/lib/duration-words'
import { demoCampaign } from '../../../cms/seed/content'

describe('the campaign duration limit in the browser', () => {
  it('refuses a 150 s clip under a 2-minute campaign, with the same half-second margin as the worker', () => {
    expect(isOverDurationLimit(150, 120)).toBe(true)
    expect(isOverDurationLimit(120.4, 120)).toBe(false)
    expect(isOverDurationLimit(120.6, 120)).toBe(true)
  })

  it('leaves a clip of unknown length (or a campaign without a limit) to the worker', () => {
    expect(isOverDurationLimit(null, 120)).toBe(false)
    expect(isOverDurationLimit(Number.POSITIVE_INFINITY, 120)).toBe(false) // MediaRecorder WebM
    expect(isOverDurationLimit(900, 0)).toBe(false)
  })

  it('words the limit as the brief does and the clip beside it', () => {
    expect(formatDuration(120, 'nl')).toBe('2 minuten')
    expect(formatDuration(150, 'nl')).toBe('2 min 30 s')
    expect(formatDuration(150, 'en')).toBe('2 min 30 s')
    expect(formatDuration(60, 'en')).toBe('1 minute')
    expect(formatDuration(45, 'nl')).toBe('45 seconden')
    // Rounded as a whole: never "1 min 60 s".
    expect(formatDuration(119.6, 'nl')).toBe('2 minuten')
  })
})

describe('the campaign intro names the same length as the limits', () => {
  it('fills {duur} and {duration} from the campaign limit', () => {
    expect(fillDuration('Laat in maximaal {duur} zien hoe je dag eruitziet.', 120, 'nl')).toBe('Laat in maximaal 2 minuten zien hoe je dag eruitziet.')
    expect(fillDuration('Show in at most {duration} what you do.', 90, 'en')).toBe('Show in at most 1 min 30 s what you do.')
    expect(fillDuration('Geen lengte hier.', 120, 'nl')).toBe('Geen lengte hier.')
  })

  it('the demo campaign writes no number of its own', () => {
    for (const text of [demoCampaign.intro.nl, demoCampaign.intro.en]) {
      expect(text).toMatch(/\{(duur|duration)\}/)
      expect(text).not.toMatch(/één minuut|one minute|\d/)
    }
  })
})
