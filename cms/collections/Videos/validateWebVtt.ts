import { say } from '../../lib/say'

type Req = Parameters<typeof say>[0]

/**
 * Checks a WebVTT track is well formed enough for browsers: header, cue timings in order.
 * Payload passes the request as the second argument; the message is in the admin user's language.
 */
export function validateWebVtt(value: unknown, options?: { req?: Req }): true | string {
  const t = (text: { nl: string; en: string }) => say(options?.req, text)
  if (typeof value !== 'string' || !value.trim()) return t({ nl: 'Vul de tekst van de ondertitels in.', en: 'Add the caption text.' })
  const text = value.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '')
  if (!/^WEBVTT(?:[ \t].*)?(?:\n|$)/.test(text)) return t({ nl: 'Een ondertitelspoor begint met de regel WEBVTT.', en: 'A caption track must start with the line WEBVTT.' })
  const timing = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3}) --> (?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})(?: .*)?$/
  const toSeconds = (h: string | undefined, m: string, s: string, ms: string) => Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000
  let cues = 0
  const lines = text.split('\n')
  for (const [i, line] of lines.entries()) {
    if (!line.includes('-->')) continue
    const m = timing.exec(line.trim())
    if (!m) return t({ nl: `Regel ${i + 1} is geen geldige tijdsaanduiding (verwacht: 00:00:01.000 --> 00:00:03.000).`, en: `Line ${i + 1} is not a valid cue timing (expected 00:00:01.000 --> 00:00:03.000).` })
    if (toSeconds(m[1], m[2]!, m[3]!, m[4]!) >= toSeconds(m[5], m[6]!, m[7]!, m[8]!)) return t({ nl: `Regel ${i + 1}: een ondertitel moet eindigen na zijn begin.`, en: `Line ${i + 1}: a cue must end after it starts.` })
    cues++
  }
  return cues > 0 ? true : t({ nl: 'Het ondertitelspoor heeft geen ondertitels.', en: 'The caption track has no cues.' })
}
