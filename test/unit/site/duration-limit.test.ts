import { describe, expect, it } from 'vitest'

import { isOverDurationLimit } from '../../../site/components/contribute/video-duration'
import { formatDuration } from '../../../site/lib/duration-words'

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
