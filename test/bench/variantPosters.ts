/**
 * What a hook-test variant's poster costs, in CPU seconds (ffmpeg children + sharp in this
 * process; wall clock on this shared 2-core machine mostly measures the neighbours):
 *   - baseline: the complete set without variant frames (what a re-process would cost),
 *   - the complete set with three variant frames (two distinct): the frames come from the
 *     ladder's own decode, so the extra is the trims, two PNGs and the sharp images,
 *   - a posters-only job for the same frames (one seek-and-grab each): what a curator's change
 *     of a variant's time costs instead of a re-process.
 * On three kinds of input: SDR H.264 (android-vfr fixture, 3 s), HDR HEVC HLG (iphone-hlg, 3 s,
 * tone-mapped) and a generated 20 s 720×1280 H.264 clip.
 *
 *   npm run bench:variant-posters
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

import { makeVariantPosters, transcodeFile } from '../../media-worker/index.js'
import { fixture, removeFixtures, type FixtureName } from '../fixtures/generate.js'
import { makeTinyClip } from '../helpers/ffmpeg.js'
import { timed } from './cpu.js'

const TIMES = { a: 0.8, b: 2.1, c: 2.1 }
const KINDS: { name: string; fixture: FixtureName | 'long' }[] = [
  { name: 'SDR H.264 VFR', fixture: 'android-vfr' },
  { name: 'HDR HEVC HLG', fixture: 'iphone-hlg' },
  // The cost of a full run grows with the clip, a posters-only job's does not.
  { name: 'SDR H.264 20 s 720×1280', fixture: 'long' },
]

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
const s = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(2)} s`)
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : `${(a / b).toFixed(3)}×`)

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'werkvloer-bench-variants-'))
  try {
    console.log(`load average before: ${load()}`)
    for (const kind of KINDS) {
      const input = kind.fixture === 'long' ? await makeTinyClip(join(root, 'long.mp4'), { seconds: 20, size: '720x1280' }) : await fixture(kind.fixture)
      const plain = await timed(() => transcodeFile(input, join(root, kind.fixture, 'plain')))
      const withVariants = await timed(() => transcodeFile(input, join(root, kind.fixture, 'variants'), { variantPosterTimes: TIMES }))
      const dir = join(root, kind.fixture, 'variants')
      const postersOnly = await timed(() => makeVariantPosters(input, dir, { trimStart: withVariants.value.trim?.start, variantPosterTimes: TIMES }))
      // The usual edit: one variant's time changes, the folder keeps the other frame.
      const oneChanged = await timed(() => makeVariantPosters(input, dir, { trimStart: withVariants.value.trim?.start, variantPosterTimes: { ...TIMES, a: 1.5 }, existing: postersOnly.value }))
      console.log(`\n${kind.name} (${kind.fixture}, ${plain.value.durationSeconds} s, ${plain.value.width}×${plain.value.height}), load ${load()}`)
      console.log(`  complete set, no variant frames (baseline)   CPU ${s(plain.cpu)}   wall ${plain.seconds.toFixed(2)} s`)
      console.log(`  complete set + 2 distinct variant frames     CPU ${s(withVariants.cpu)}   wall ${withVariants.seconds.toFixed(2)} s   ${ratio(withVariants.cpu, plain.cpu)} baseline`)
      console.log(`  posters-only job, same 2 frames made anew    CPU ${s(postersOnly.cpu)}   wall ${postersOnly.seconds.toFixed(2)} s   ${ratio(postersOnly.cpu, plain.cpu)} baseline`)
      console.log(`  posters-only job, one variant's time changed CPU ${s(oneChanged.cpu)}   wall ${oneChanged.seconds.toFixed(2)} s   ${ratio(oneChanged.cpu, plain.cpu)} baseline`)
    }
    console.log(`\nload average after: ${load()}`)
  } finally {
    await rm(root, { recursive: true, force: true })
    removeFixtures()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
