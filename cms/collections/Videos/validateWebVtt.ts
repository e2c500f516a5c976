/** Checks a WebVTT track is well formed enough for browsers: header, cue timings in order. */
export function validateWebVtt(value: unknown): true | string {
  if (typeof value !== 'string' || !value.trim()) return 'Add the caption text.'
  const text = value.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '')
  if (!/^WEBVTT(?:[ \t].*)?(?:\n|$)/.test(text)) return 'A caption track must start with the line WEBVTT.'
  const timing = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3}) --> (?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})(?: .*)?$/
  const toSeconds = (h: string | undefined, m: string, s: string, ms: string) => Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000
  let cues = 0
  const lines = text.split('\n')
  for (const [i, line] of lines.entries()) {
    if (!line.includes('-->')) continue
    const m = timing.exec(line.trim())
    if (!m) return `Line ${i + 1} is not a valid cue timing (expected 00:00:01.000 --> 00:00:03.000).`
    if (toSeconds(m[1], m[2]!, m[3]!, m[4]!) >= toSeconds(m[5], m[6]!, m[7]!, m[8]!)) return `Line ${i + 1}: a cue must end after it starts.`
    cues++
  }
  return cues > 0 ? true : 'The caption track has no cues.'
}
