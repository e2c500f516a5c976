/**
 * Hook tests in the browser: the cached page shows every test's first variant; one request asks
 * the site which variant this visitor sees (the server decides from a daily hash, no cookie and no
 * storage here) and swaps title, hook and poster in place (also a page heading that names the
 * video, `data-hook-for`). The chosen variant is written on the player as
 * `data-variant`, where the measurement script (./insights/beacon.ts) reads it for impressions,
 * plays and entry-point starts. Without an
 * answer (offline, opted out, no test) the first variant stays and no variant is counted.
 */
interface Variant {
  id: string
  title: string
  hook: string | null
  poster?: { src: string; sources: { type: string; srcset: string }[] }
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
    const id = player.dataset.videoId ?? ''
    const parts = (name: string) => [
      ...player.querySelectorAll<HTMLElement>(`[data-hook-part="${name}"]`),
      ...document.querySelectorAll<HTMLElement>(`[data-hook-for="${CSS.escape(id)}"] [data-hook-part="${name}"]`),
    ]
    for (const title of parts('title')) title.textContent = variant.title
    if (variant.hook) for (const hook of parts('hook')) hook.textContent = variant.hook
    if (variant.poster?.src) showPoster(player, variant.poster)
    player.dataset.variant = variant.id
  }
}

/** The variant's picture in the poster's <picture> (and as the player's poster once it plays). */
function showPoster(player: HTMLElement, poster: NonNullable<Variant['poster']>): void {
  const picture = player.querySelector('picture')
  const img = picture?.querySelector<HTMLImageElement>('img')
  if (!picture || !img || img.getAttribute('src') === poster.src) return
  const sizes = picture.querySelector('source')?.getAttribute('sizes') ?? ''
  for (const old of picture.querySelectorAll('source')) old.remove()
  for (const s of poster.sources) {
    const source = document.createElement('source')
    source.type = s.type
    source.srcset = s.srcset
    if (sizes) source.sizes = sizes
    picture.insertBefore(source, img)
  }
  img.src = poster.src
  player.dataset.poster = poster.src
}
