/**
 * Browser code for VideoPlayer.astro, in the page's initial JavaScript: it only adds listeners
 * (a few hundred bytes). The player itself (./player-runtime.ts) is imported on the first click,
 * or a moment earlier when a pointer or keyboard focus reaches a play button; hls.js is a chunk
 * of its own that the runtime imports only in browsers without native HLS.
 */
type Runtime = typeof import('./player-runtime')

let runtime: Promise<Runtime> | null = null

function loadRuntime(): Promise<Runtime> {
  runtime ??= import('./player-runtime')
  return runtime
}

function prepare(): void {
  void loadRuntime()
    .then((r) => r.warm())
    .catch(() => undefined)
}

export function initVideoPlayers(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-video-player]')) {
    if (figure.dataset.ready) continue
    figure.dataset.ready = 'true'
    const button = figure.querySelector<HTMLButtonElement>('[data-play]')
    if (!button) continue
    for (const type of ['pointerenter', 'focus', 'touchstart'] as const) button.addEventListener(type, prepare, { once: true, passive: true })
    button.addEventListener(
      'click',
      () => {
        button.setAttribute('aria-busy', 'true')
        loadRuntime()
          .then((r) => r.start(figure, button))
          .catch(() => {
            // The player could not load (offline?): open the MP4 itself rather than doing nothing.
            const mp4 = figure.dataset.mp4
            if (mp4) window.location.assign(mp4)
          })
      },
      { once: true },
    )
  }
}
