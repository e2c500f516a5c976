import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { masterPlaylist, measurePlaylist, parseMediaPlaylist } from '../../../media-worker/hls'
import { planRenditions } from '../../../media-worker/plan'
import { storyboardVtt } from '../../../media-worker/storyboard'
import { info } from './load'

const media = `#EXTM3U
#EXT-X-VERSION:7
#EXT-X-TARGETDURATION:4
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-MAP:URI="init.mp4"
#EXTINF:4.000000,
seg_000.m4s
#EXTINF:4.000000,
seg_001.m4s
#EXTINF:0.500000,
seg_002.m4s
#EXT-X-ENDLIST
`

const dir = mkdtempSync(join(tmpdir(), 'hls-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('media playlists', () => {
  it('lists init section and segments with durations', () => {
    const p = parseMediaPlaylist(media)
    expect(p.init).toBe('init.mp4')
    expect(p.segments.map((s) => s.durationSeconds)).toEqual([4, 4, 0.5])
  })

  it('measures peak and average bit rate from the segment files, ignoring the short tail for the peak', async () => {
    writeFileSync(join(dir, 'index.m3u8'), media)
    writeFileSync(join(dir, 'init.mp4'), Buffer.alloc(1000))
    writeFileSync(join(dir, 'seg_000.m4s'), Buffer.alloc(400_000)) // 800 kbit/s
    writeFileSync(join(dir, 'seg_001.m4s'), Buffer.alloc(200_000)) // 400 kbit/s
    writeFileSync(join(dir, 'seg_002.m4s'), Buffer.alloc(100_000)) // 1.6 Mbit/s, but 0.5 s
    const m = await measurePlaylist(join(dir, 'index.m3u8'))
    expect(m.peakBps).toBe(800_000)
    expect(m.averageBps).toBe(Math.ceil((701_000 * 8) / 8.5))
  })
})

describe('master playlist', () => {
  it('lists every rung with BANDWIDTH, RESOLUTION, CODECS and FRAME-RATE, lowest first', () => {
    const plan = planRenditions(info('no-audio'))
    const text = masterPlaylist(
      [
        { rung: plan.rungs[1]!, uri: '720p/index.m3u8', peakBps: 2_000_000, averageBps: 1_500_000 },
        { rung: plan.rungs[0]!, uri: '360p/index.m3u8', peakBps: 600_000, averageBps: 500_000 },
      ],
      plan.fps,
    )
    expect(text.split('\n').slice(0, 5)).toEqual([
      '#EXTM3U',
      '#EXT-X-VERSION:7',
      '#EXT-X-INDEPENDENT-SEGMENTS',
      '#EXT-X-STREAM-INF:BANDWIDTH=600000,AVERAGE-BANDWIDTH=500000,RESOLUTION=360x640,CODECS="avc1.64001e",FRAME-RATE=30.000',
      '360p/index.m3u8',
    ])
    expect(text).toContain('RESOLUTION=720x1280,CODECS="avc1.64001f"')
  })
})

describe('storyboard VTT', () => {
  it('has one cue per tile with #xywh into the sprite', () => {
    const plan = planRenditions(info('odd-dimensions'))
    const vtt = storyboardVtt(plan, 'sprite.jpg')
    expect(vtt.startsWith('WEBVTT\n')).toBe(true)
    expect(vtt).toContain('00:00:00.000 --> 00:00:01.000\nsprite.jpg#xywh=0,0,90,160')
    expect(vtt).toContain('00:00:02.000 --> 00:00:03.000\nsprite.jpg#xywh=180,0,90,160')
    expect(vtt.match(/#xywh=/g)).toHaveLength(3)
  })
})
