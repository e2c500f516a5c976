/**
 * Hook tests in the browser: the cached page shows every test's first variant; one request asks
 * the site which variant this visitor sees (the server decides from a daily hash, no cookie and no
 * storage here) and swaps title and hook in place. The chosen variant is written on the player as
 * `data-variant`, where the measurement script (./insights/beacon.ts) reads it for impressions,
 * plays and entry-point starts. Without an
 * answer (offline, opted out, no test) the first variant stays and no variant is counted.
 */
interface Variant {
  id: string
  title: string
  hook: string | null
}

export async function initHookVariants(root: Document): Promise<void> {
  const players = [...root.querySelectorAll<HTMLElement>('[data-video-player][data-hook-variants]')]
  const ids = [...new Set(players.map((p) => p.dataset.videoId).filter((id): id is string => Boolean(id)))]
  if (!ids.length) return
  let variants: Record<string, string> = {}
  try {
    const response = await fetch('/api/hook-variants', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ videos: ids }) })
    if (response.ok) variants = ((await response.json()) as { variants?: Record<string, string> }).variants ?? {}
  } catch {
    variants = {}
  }
  swap(players, variants)
  // The measurement script holds a hook-test player's impression until this is known.
  for (const player of players) player.setAttribute('data-hook-ready', '')
  root.dispatchEvent(new CustomEvent('werkvloer:hook-variants-ready'))
}

function swap(players: HTMLElement[], variants: Record<string, string>): void {
  for (const player of players) {
    const chosen = variants[player.dataset.videoId ?? '']
    if (!chosen) continue
    let list: Variant[] = []
    try {
      list = JSON.parse(player.dataset.hookVariants ?? '[]') as Variant[]
    } catch {
      continue
    }
    const variant = list.find((v) => v.id === chosen)
    if (!variant) continue
    const title = player.querySelector<HTMLElement>('[data-hook-part="title"]')
    const hook = player.querySelector<HTMLElement>('[data-hook-part="hook"]')
    if (title) title.textContent = variant.title
    if (hook && variant.hook) hook.textContent = variant.hook
    player.dataset.variant = variant.id
  }
}
