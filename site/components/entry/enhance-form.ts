/**
 * Progressive enhancement for the entry forms (`form[data-entry-form]`). Without JavaScript they
 * post normally and the server renders the page again with the errors or the thank-you. With it,
 * the same post goes through fetch (Accept: application/json, same URL, same server code) and the
 * answer is shown in place: a message per field, a summary in an assertive live region, focus on
 * the first field to fix — or the thank-you in a status region that takes focus.
 */

interface Answer {
  ok: boolean
  title?: string
  text?: string
  /** The candidate's own delete link, shown under the thank-you. */
  withdraw?: { path: string; hint: string; link: string }
  errors?: Record<string, string>
}

/**
 * The submission's idempotency key, made here in the browser: a page from the cache is the same
 * for every visitor, so it cannot carry one. The same key goes with every try until one is
 * answered, so pressing the button again after a network error never stores anything twice.
 * getRandomValues, not randomUUID: the latter is missing on plain-http addresses (a phone on the LAN).
 */
function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fieldFor(form: HTMLFormElement, name: string): HTMLElement | null {
  const element = form.elements.namedItem(name)
  if (element instanceof RadioNodeList) return (element[0] as HTMLElement | undefined) ?? null
  return element instanceof HTMLElement ? element : null
}

function setDescribedBy(control: HTMLElement, id: string, on: boolean): void {
  const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean))
  if (on) ids.add(id)
  else ids.delete(id)
  if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '))
  else control.removeAttribute('aria-describedby')
}

function clearErrors(form: HTMLFormElement): void {
  for (const error of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    error.textContent = ''
    error.hidden = true
    const control = fieldFor(form, error.dataset.errorFor ?? '')
    if (control) {
      control.removeAttribute('aria-invalid')
      setDescribedBy(control, error.id, false)
    }
  }
}

function showErrors(form: HTMLFormElement, summary: HTMLElement | null, title: string, errors: Record<string, string>): void {
  clearErrors(form)
  let first: HTMLElement | null = null
  const items: { message: string; target: string | null }[] = []
  for (const [name, message] of Object.entries(errors)) {
    const error = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`)
    const control = fieldFor(form, name)
    if (error && control) {
      error.textContent = message
      error.hidden = false
      control.setAttribute('aria-invalid', 'true')
      setDescribedBy(control, error.id, true)
      first ??= control
      items.push({ message, target: control.id || null })
    } else {
      items.push({ message, target: null })
    }
  }
  if (summary) {
    const box = document.createElement('div')
    box.className = 'notice notice--error entry-errors'
    const heading = document.createElement('p')
    heading.className = 'notice__title'
    heading.textContent = title
    const list = document.createElement('ul')
    for (const item of items) {
      const li = document.createElement('li')
      if (item.target) {
        const link = document.createElement('a')
        link.href = `#${item.target}`
        link.textContent = item.message
        li.append(link)
      } else {
        li.textContent = item.message
      }
      list.append(li)
    }
    box.append(heading, list)
    summary.replaceChildren(box)
  }
  // The summary first (scrolled into view), then focus on the first field to fix, without
  // scrolling again: on a phone both usually fit on the screen.
  summary?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior })
  if (first) first.focus({ preventScroll: !isOffScreen(first) })
  else summary?.focus()
}

function isOffScreen(element: HTMLElement): boolean {
  const r = element.getBoundingClientRect()
  return r.top < 0 || r.bottom > window.innerHeight
}

function showThanks(form: HTMLFormElement, summary: HTMLElement | null, success: HTMLElement | null, answer: Answer): void {
  if (!success) return
  // What an earlier, refused try left behind must go: a thank-you under "check your details"
  // reads as if something still failed.
  clearErrors(form)
  summary?.replaceChildren()
  const title = document.createElement('p')
  title.className = 'notice__title'
  title.textContent = answer.title ?? ''
  const text = document.createElement('p')
  text.textContent = answer.text ?? ''
  const parts: HTMLElement[] = [title, text]
  if (answer.withdraw) {
    const hint = document.createElement('p')
    hint.className = 'withdraw-hint'
    hint.dataset.testid = 'withdraw-hint'
    const link = document.createElement('a')
    link.href = answer.withdraw.path
    link.rel = 'nofollow'
    link.textContent = answer.withdraw.link
    hint.append(`${answer.withdraw.hint} `, link)
    parts.push(hint)
  }
  success.replaceChildren(...parts)
  success.hidden = false
  form.hidden = true
  // What the page keeps ready for after a submit (the apply form's next steps and similar vacancies).
  for (const after of (form.closest('[data-entry-scope]') ?? form.parentElement ?? form).querySelectorAll<HTMLElement>('[data-after-success]')) after.hidden = false
  success.focus()
}

export function enhanceEntryForms(root: ParentNode = document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-entry-form]')) {
    if (form.dataset.enhanced) continue
    form.dataset.enhanced = 'true'
    const scope = form.closest<HTMLElement>('[data-entry-scope]') ?? form.parentElement ?? form
    const summary = scope.querySelector<HTMLElement>('[data-error-summary]')
    const success = scope.querySelector<HTMLElement>('[data-success]')
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    const label = button?.textContent ?? ''
    // A form rendered again after a failed plain post already has its key: keep using it.
    const rendered = form.elements.namedItem('submissionKey')
    let submissionKey = rendered instanceof HTMLInputElement && rendered.value ? rendered.value : newSubmissionKey()
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      if (form.dataset.busy) return
      form.dataset.busy = 'true'
      if (button) {
        button.setAttribute('aria-disabled', 'true')
        button.textContent = form.dataset.sending ?? label
      }
      const body = new FormData(form)
      body.set('submissionKey', submissionKey)
      void fetch(form.action, { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(async (response) => {
          const answer = (await response.json()) as Answer
          if (answer.ok) {
            // Anything sent after this is a new submission.
            submissionKey = newSubmissionKey()
            showThanks(form, summary, success, answer)
          }
          else showErrors(form, summary, answer.title ?? '', answer.errors ?? {})
        })
        .catch(() => showErrors(form, summary, form.dataset.errorsTitle ?? '', { form: form.dataset.networkError ?? 'Error' }))
        .finally(() => {
          delete form.dataset.busy
          if (button) {
            button.removeAttribute('aria-disabled')
            button.textContent = label
          }
        })
    })
  }
}
