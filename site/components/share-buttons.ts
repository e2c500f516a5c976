/** Wires the share buttons (ShareButtons.astro): shows copy and the share sheet only where they work. */
export function initShareButtons(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = box.dataset.url ?? location.href
    const title = box.dataset.title ?? document.title
    const status = box.querySelector<HTMLElement>('[data-share-status]')
    const say = (text: string) => {
      if (status) status.textContent = text
    }

    const nativeItem = box.querySelector<HTMLElement>('[data-share-native-item]')
    if (nativeItem && typeof navigator.share === 'function') {
      nativeItem.hidden = false
      box.querySelector('[data-share-native]')?.addEventListener('click', () => {
        // Cancelling the share sheet rejects the promise: that is not an error worth showing.
        navigator.share({ title, url }).catch(() => undefined)
      })
    }

    const copyItem = box.querySelector<HTMLElement>('[data-share-copy-item]')
    if (copyItem && navigator.clipboard && window.isSecureContext) {
      copyItem.hidden = false
      box.querySelector('[data-share-copy]')?.addEventListener('click', () => {
        say('')
        navigator.clipboard.writeText(url).then(
          () => say(status?.dataset.copied ?? ''),
          () => say(status?.dataset.failed ?? ''),
        )
      })
    }
  }
}
