import { describe, expect, it } from 'vitest'

import { clipSeconds, samePosterTimes, variantPosterTimeError, variantPosterTimes } from '../../../cms/collections/Videos/variantPosterTime'
import { fakeManifest } from '../../helpers/manifest'

const manifest = (durationSeconds: number, trim?: { start: number; end: number | null }) => ({ ...fakeManifest(), durationSeconds, ...(trim ? { trim } : {}) })

describe('the clip length a variant’s poster time is checked against', () => {
  it('is the manifest’s when the cut is the one it was made with', () => {
    expect(clipSeconds({ renditions: manifest(8, { start: 2, end: null }), editing: { trimStart: 2 } })).toBe(8)
    expect(clipSeconds({ renditions: manifest(8) })).toBe(8)
  })

  it('follows a new trim in the same save: from its end, or from the source end the old cut ran to', () => {
    // Made from 2 s to the end (10 s source); now cut 4–6 s, then 4 s to the end.
    expect(clipSeconds({ renditions: manifest(8, { start: 2, end: null }), editing: { trimStart: 4, trimEnd: 6 } })).toBe(2)
    expect(clipSeconds({ renditions: manifest(8, { start: 2, end: null }), editing: { trimStart: 4 } })).toBe(6)
    // Made with an end: where the source ends is unknown, so only a new end bounds it.
    expect(clipSeconds({ renditions: manifest(3, { start: 0, end: 3 }), editing: { trimStart: 1 } })).toBeNull()
  })

  it('is unknown before the worker has run and no end is set (the worker then keeps the frame inside)', () => {
    expect(clipSeconds({})).toBeNull()
    expect(clipSeconds({ editing: { trimStart: 1, trimEnd: 4 } })).toBe(3)
  })
})

describe('variantPosterTimeError', () => {
  const data = { renditions: manifest(4.5) }

  it('accepts empty (the video’s poster) and any time inside the clip', () => {
    expect(variantPosterTimeError(null, data)).toBeNull()
    expect(variantPosterTimeError(undefined, data)).toBeNull()
    expect(variantPosterTimeError(0, data)).toBeNull()
    expect(variantPosterTimeError(4.4, data)).toBeNull()
  })

  it('refuses a time at or past the end, saying the limit in Dutch and English', () => {
    expect(variantPosterTimeError(4.5, data)).toEqual({
      nl: 'Het stilstaande beeld (4,5 s) ligt na het einde van de (ingekorte) video: kies een tijd onder 4,5 seconden.',
      en: 'The poster frame (4.5 s) is past the end of the (trimmed) video: pick a time below 4.5 seconds.',
    })
  })

  it('refuses a negative time', () => {
    expect(variantPosterTimeError(-1, data)?.nl).toMatch(/0 of meer/)
    expect(variantPosterTimeError(-1, data)?.en).toMatch(/0 or more/)
  })
})

describe('variantPosterTimes', () => {
  it('gives the variants that have a time of their own, by key', () => {
    expect(variantPosterTimes({ variants: [{ key: 'a', posterTime: 1.5 }, { key: 'b', posterTime: null }, { key: 'c', posterTime: 0 }] })).toEqual({ a: 1.5, c: 0 })
    expect(variantPosterTimes(null)).toEqual({})
    expect(samePosterTimes({ a: 1, c: 0 }, { c: 0, a: 1 })).toBe(true)
    expect(samePosterTimes({ a: 1 }, { a: 1, b: 2 })).toBe(false)
  })
})
