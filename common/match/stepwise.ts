/**
 * Long pure computations written as generators that yield between small steps, so one code path
 * serves both callers: the CLI and the tests run them at once (runNow), the CMS runs them between
 * requests (runGradually) while it keeps serving the state it has.
 */
export type Steps<T = void> = Generator<void, T, void>

/** Every this many items a loop yields; cheap enough to ignore when run at once. */
export const STEP = 256

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/**
 * Runs the steps in slices of about `sliceMs`, calling `pause` between slices (e.g. setImmediate,
 * so pending requests are served). Stops early, returning `{ stopped: true }`, when `stale()` says
 * the result is no longer wanted.
 */
export async function runGradually<T>(steps: Steps<T>, pause: () => Promise<void>, options: { sliceMs?: number; stale?: () => boolean } = {}): Promise<{ stopped: false; value: T } | { stopped: true }> {
  const sliceMs = options.sliceMs ?? 10
  let started = performance.now()
  for (;;) {
    const next = steps.next()
    if (next.done) return { stopped: false, value: next.value }
    if (performance.now() - started < sliceMs) continue
    await pause()
    if (options.stale?.()) return { stopped: true }
    started = performance.now()
  }
}
