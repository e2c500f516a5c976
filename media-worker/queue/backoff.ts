/** Exponential backoff with jitter for transient failures: 10 s, 20 s, 40 s … capped at 10 minutes. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 600_000)
  return Math.round(base * (0.8 + 0.4 * random()))
}
