/**
 * "Copy" next to the employee's share link and its ready-made texts: shown only where the
 * browser can write to the clipboard; without it (or without JavaScript) the read-only fields
 * can be selected and copied by hand. Says in the page's language whether it worked.
 */
export function initCopyButtons(root: HTMLElement): void {
  if (!navigator.clipboard?.writeText) return
  const status = root.querySelector<HTMLElement>('[data-copy-status]')
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = document.getElementById(button.dataset.copy ?? '') as HTMLInputElement | HTMLTextAreaElement | null
    if (!field) continue
    button.hidden = false
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(field.value).then(
        () => {
          if (status) status.textContent = root.dataset.copied ?? ''
        },
        () => {
          field.select()
          if (status) status.textContent = root.dataset.failed ?? ''
        },
      )
    })
  }
}
