/**
 * The HDR tone-map table (commands.ts toneMapTableCommand) against the exact chain it stands for,
 * with real ffmpeg on the HDR fixtures' known-light patches. The ladder applies the table; a clip
 * whose only rung is the early one (the PQ fixture, 640×360) never shows it in transcode.test.ts,
 * so here both fixtures go through the table at their largest rung's size.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LAYOUT, scaleAndColour, toneMapTableCommand } from '../../media-worker/commands'
import { planRenditions } from '../../media-worker/plan'
import { probeFile } from '../../media-worker/probe'
import { runFfmpeg } from '../../media-worker/runner'
import { fixture, removeFixtures, type FixtureName } from '../fixtures/generate'
import { expectedSdr, HDR_PATCHES, type HdrTransfer } from '../fixtures/hdrPatches'
import { patchValues } from './probeOutput'

const root = mkdtempSync(join(tmpdir(), 'werkvloer-tone-map-table-'))
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  removeFixtures()
})

/** The same as transcode.test.ts: a patch's Y/Cb/Cr may be this far from its SDR value. */
const PATCH_TOLERANCE = 5

const cases: [FixtureName, HdrTransfer][] = [
  ['pq-hevc', 'pq'],
  ['iphone-hlg', 'hlg'],
]

describe('the tone-map table', () => {
  for (const [name, transfer] of cases) {
    it(`gives the ${transfer.toUpperCase()} fixture's known-light patches their SDR values, as the exact chain does, and the same picture (SSIM ≥ 0.99)`, async () => {
      const source = await fixture(name)
      const plan = planRenditions(await probeFile(source))
      const dir = mkdtempSync(join(root, `${name}-`))
      await runFfmpeg(toneMapTableCommand(plan, dir)!.args, { timeoutMs: 60_000 })
      const top = plan.rungs.at(-1)!
      const viaTable = join(dir, 'table.mkv')
      const exact = join(dir, 'exact.mkv')
      const frames = ['-frames:v', '5', '-c:v', 'ffv1'] // lossless: only the colour work differs
      await runFfmpeg(['-y', '-loglevel', 'error', '-i', source, '-i', join(dir, LAYOUT.toneMapTable), '-filter_complex', `[0:v]${scaleAndColour(plan, top, 'bicubic', '[1:v]').join(',')}`, ...frames, viaTable], { timeoutMs: 60_000 })
      await runFfmpeg(['-y', '-loglevel', 'error', '-i', source, '-filter_complex', `[0:v]${scaleAndColour(plan, top).join(',')}`, ...frames, exact], { timeoutMs: 60_000 })
      for (const patch of HDR_PATCHES) {
        const want = expectedSdr(patch, transfer)
        const ours = await patchValues(viaTable, patch.at)
        for (let k = 0; k < 3; k++) expect(Math.abs(ours[k]! - want[k]!), `${patch.name}: ${ours.map((v) => v.toFixed(1)).join('/')}, want ${want.map((v) => v.toFixed(1)).join('/')}`).toBeLessThanOrEqual(PATCH_TOLERANCE)
      }
      const { stderrTail } = await runFfmpeg(['-hide_banner', '-nostats', '-loglevel', 'info', '-i', viaTable, '-i', exact, '-lavfi', 'ssim', '-f', 'null', '-'], { timeoutMs: 60_000 })
      const ssim = Number(/SSIM .*All:([\d.]+)/.exec(stderrTail)?.[1])
      expect(ssim, stderrTail).toBeGreaterThanOrEqual(0.99)
    })
  }
})
