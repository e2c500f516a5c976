/**
 * The status page refreshes itself while the video is received or being processed: it polls the
 * status JSON, says when it last looked ("Bijgewerkt om 14:02"), and when the status changes it
 * swaps in the new page content without a full reload (focus and scroll stay where they are).
 * It stops once the status no longer moves by itself, and waits while the tab is hidden.
 */
const MOVING = new Set(['received', 'processing'])
const INTERVAL_MS = 4000

export function initStatusRefresh(root: HTMLElement): void {
  const pollUrl = root.dataset.pollUrl
  const lang = root.dataset.lang === 'en' ? 'en' : 'nl'
  if (!pollUrl || !MOVING.has(root.dataset.status ?? '')) return
  let timer: number | undefined
  let current = root.dataset.status ?? ''
  const template = root.dataset.updatedTemplate ?? '{time}'
  const clock = () => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date())
  const stamp = () => {
    const el = root.querySelector<HTMLElement>('[data-part="updated"]')
    if (el) el.textContent = template.replace('{time}', clock())
  }

  async function swapIn(): Promise<void> {
    const res = await fetch(location.href, { headers: { Accept: 'text/html' }, cache: 'no-store', credentials: 'same-origin' })
    if (!res.ok) return
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html')
    const fresh = doc.querySelector<HTMLElement>('[data-testid="contribution-status"]')
    if (!fresh) return
    root.innerHTML = fresh.innerHTML
    // The new status, said once (the swapped content itself is not a live region).
    const announce = document.querySelector<HTMLElement>('[data-status-announce]')
    const label = root.querySelector<HTMLElement>('[data-testid="status-label"]')
    if (announce && label) announce.textContent = label.textContent ?? ''
    for (const name of ['status', 'pollUrl'] as const) {
      const value = fresh.dataset[name]
      if (value === undefined) delete root.dataset[name]
      else root.dataset[name] = value
    }
  }

  async function poll(): Promise<void> {
    timer = undefined
    if (document.visibilityState !== 'visible') return
    try {
      const res = await fetch(pollUrl!, { headers: { Accept: 'application/json' }, cache: 'no-store' })
      if (res.ok) {
        const body = (await res.json()) as { status?: string }
        if (body.status && body.status !== current) {
          await swapIn()
          current = body.status
        }
        stamp()
      }
    } catch {
      // Offline for a moment: try again next round.
    }
    if (MOVING.has(current)) schedule()
  }
  const schedule = () => {
    if (timer === undefined) timer = window.setTimeout(() => void poll(), INTERVAL_MS)
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !MOVING.has(current)) return
    window.clearTimeout(timer)
    void poll()
  })
  schedule()
}
