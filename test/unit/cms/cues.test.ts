import { describe, expect, it } from 'vitest'

import { addCueAt, formatTimestamp, importCaptionFile, nudgeCue, parseSrt, parseVtt, removeCue, serialiseVtt, setCueText } from '../../../cms/collections/Videos/cues'
import { validateWebVtt } from '../../../cms/collections/Videos/validateWebVtt'

const vtt = 'WEBVTT\n\nNOTE made by hand\n\nintro\n00:00:01.000 --> 00:00:03.500 align:center\nHoi, ik ben Sanne.\n\n00:03.500 --> 00:05.000\nIk werk in sales.\n'
const srt = '\uFEFF1\r\n00:00:01,000 --> 00:00:03,500\r\n<font color="#fff">Hoi,</font> <i>ik</i> ben Sanne.\r\n\r\n2\r\n00:00:03,500 --> 00:00:05,000\r\nIk werk\r\nin sales.\r\n'

describe('caption cues', () => {
  it('reads WebVTT cues with identifiers, settings, short timestamps and NOTE blocks', () => {
    expect(parseVtt(vtt)).toEqual([
      { start: 1, end: 3.5, text: 'Hoi, ik ben Sanne.' },
      { start: 3.5, end: 5, text: 'Ik werk in sales.' },
    ])
  })

  it('converts SRT to WebVTT that the caption field accepts', () => {
    expect(parseSrt(srt)).toEqual([
      { start: 1, end: 3.5, text: 'Hoi, <i>ik</i> ben Sanne.' },
      { start: 3.5, end: 5, text: 'Ik werk\nin sales.' },
    ])
    const result = importCaptionFile('sanne.srt', srt)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.vtt).toBe('WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nHoi, <i>ik</i> ben Sanne.\n\n00:00:03.500 --> 00:00:05.000\nIk werk\nin sales.\n')
    expect(validateWebVtt(result.vtt)).toBe(true)
  })

  it('refuses a file that is not captions, with a message in Dutch and English', () => {
    const result = importCaptionFile('notes.txt', 'just some text')
    expect(result).toEqual({ ok: false, message: { nl: expect.stringContaining('geen WebVTT'), en: expect.stringContaining('not WebVTT') } })
    expect(importCaptionFile('empty.vtt', 'WEBVTT\n\n').ok).toBe(false)
  })

  it('round-trips: serialised cues parse back to the same cues', () => {
    const cues = parseVtt(vtt)
    expect(parseVtt(serialiseVtt(cues))).toEqual(cues)
    expect(formatTimestamp(3723.0456)).toBe('01:02:03.046')
  })

  it('adds a cue at the playhead, up to the next cue, in time order', () => {
    const cues = parseVtt(vtt)
    const { cues: added, index } = addCueAt(cues, 0.25)
    expect(index).toBe(0)
    expect(added[0]).toEqual({ start: 0.25, end: 1, text: '' })
    const atEnd = addCueAt(cues, 6, 7)
    expect(atEnd.cues[atEnd.index]).toEqual({ start: 6, end: 7, text: '' })
    expect(addCueAt([], 0).cues).toEqual([{ start: 0, end: 2, text: '' }])
  })

  it('nudges by a tenth of a second without going below zero or making a cue too short', () => {
    const cues = [{ start: 0.05, end: 0.3, text: 'a' }]
    expect(nudgeCue(cues, 0, 'start', -0.1)[0]).toEqual({ start: 0, end: 0.3, text: 'a' })
    expect(nudgeCue(cues, 0, 'end', -0.3)[0]).toEqual({ start: 0.05, end: 0.15, text: 'a' })
    expect(nudgeCue(cues, 0, 'start', 0.5)[0]).toEqual({ start: 0.2, end: 0.3, text: 'a' })
    expect(nudgeCue(cues, 0, 'both', -0.1)[0]).toEqual({ start: 0, end: 0.25, text: 'a' })
    expect(nudgeCue(cues, 0, 'both', 0.1)[0]).toEqual({ start: 0.15, end: 0.4, text: 'a' })
  })

  it('edits and removes cues', () => {
    const cues = parseVtt(vtt)
    expect(setCueText(cues, 1, 'Nieuw')[1]!.text).toBe('Nieuw')
    expect(removeCue(cues, 0)).toEqual([cues[1]])
  })
})

describe('the storyboard scrubber', () => {
  it('reads the worker’s storyboard tiles, with the sprite next to the VTT', async () => {
    const { storyboardTiles, tileKept } = await import('../../../cms/collections/Videos/storyboard')
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nstoryboard.jpg#xywh=0,0,160,90\n\n00:00:02.000 --> 00:00:03.500\nstoryboard.jpg#xywh=160,0,160,90\n'
    const tiles = storyboardTiles(vtt, '/renditions/v1/r-1/storyboard/storyboard.vtt')
    expect(tiles).toEqual([
      { start: 0, end: 2, sprite: '/renditions/v1/r-1/storyboard/storyboard.jpg', x: 0, y: 0, width: 160, height: 90 },
      { start: 2, end: 3.5, sprite: '/renditions/v1/r-1/storyboard/storyboard.jpg', x: 160, y: 0, width: 160, height: 90 },
    ])
    expect(tileKept(tiles[0]!, 2, null)).toBe(false)
    expect(tileKept(tiles[1]!, 2, null)).toBe(true)
    expect(tileKept(tiles[1]!, 0, 2)).toBe(false)
  })
})
