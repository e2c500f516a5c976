import { describe, expect, it } from 'vitest'

import { defaultCaptionTrack } from '../../../site/components/player-runtime'

const nl = { src: '/nl.vtt', srclang: 'nl', label: 'Nederlands' }
const en = { src: '/en.vtt', srclang: 'en', label: 'English' }

describe('the caption track a video starts with', () => {
  it('is the page’s language when there is one', () => {
    expect(defaultCaptionTrack([nl, en], 'en')).toBe(en)
    expect(defaultCaptionTrack([nl, en], 'nl')).toBe(nl)
  })

  it('is none on an English page that only has Dutch captions (offered, not switched on)', () => {
    expect(defaultCaptionTrack([nl], 'en')).toBeUndefined()
    expect(defaultCaptionTrack([en], 'nl')).toBeUndefined()
  })
})
