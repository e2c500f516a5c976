/**
 * The time blocks of the coarse rollups (cms/database/eventStore.ts). Besides one row per day,
 * every coarse rollup keeps the same counts per block of 3, 9, 27 and 81 days, each block aligned
 * on a multiple of its length counted in days since 1970-01-01. Any period is then the union of
 * a few whole blocks (on average 6 for 28 days and 8 for 90, at most 10 either way, instead of
 * 28 or 90 daily rows), so the Insights view reads about a tenth of the rows while the figures
 * stay exactly the sums of the days — every block is kept in the same write as its days.
 *
 * Powers of 3 rather than 2: five levels cost five upserts per key and batch (powers of 2 needed
 * eight for about the same number of blocks per period).
 */
import type { Period } from './eventStore'

export const SPANS = [1, 3, 9, 27, 81] as const
export type Span = (typeof SPANS)[number]

const DAY = 24 * 3600_000

/** "2026-12-03" → days since 1970-01-01 (calendar arithmetic on the date itself, no time zone involved). */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return Math.round(Date.UTC(y, m - 1, d) / DAY)
}

export const dayOfNumber = (n: number) => new Date(n * DAY).toISOString().slice(0, 10)

/** The first day of the block of `span` days that holds `day`. */
export function blockStart(day: string, span: number): string {
  if (span === 1) return day
  const n = dayNumber(day)
  return dayOfNumber(n - (n % span))
}

export interface Block {
  span: Span
  /** The block's first day. */
  day: string
}

/**
 * The period as whole blocks, longest first where one fits: from the first day on, the longest
 * block that starts there and ends within the period. `daily`: days only (a query by day).
 */
export function periodBlocks(period: Period, opts: { daily?: boolean } = {}): Block[] {
  const out: Block[] = []
  const last = dayNumber(period.to)
  for (let n = dayNumber(period.from); n <= last; ) {
    let span: Span = 1
    if (!opts.daily) for (const s of SPANS) if (n % s === 0 && n + s - 1 <= last) span = s
    out.push({ span, day: dayOfNumber(n) })
    n += span
  }
  return out
}
