/**
 * The personal status page: GET shows the status; `?stap=intrekken` / `?step=withdraw` asks
 * "are you sure?"; a POST with intent=withdraw withdraws consent (idempotent in the CMS).
 */
import { loadStatus, parseToken, startAgain, withdrawConsent, type EmployeeView } from './contribute'
import type { Lang } from './i18n'

export type StatusPageResult =
  | { kind: 'ok'; status: number; statusToken: string; view: EmployeeView; confirming: boolean; justWithdrawn: boolean; notice?: string | null }
  | { kind: 'redirect'; location: string }
  | { kind: 'trouble'; status: number; trouble: { kind: 'rate-limited'; message: string } | { kind: 'unavailable' } | { kind: 'status-not-found' } }

export async function handleStatus(request: Request, url: URL, lang: Lang, rawStatusToken: unknown): Promise<StatusPageResult> {
  const statusToken = parseToken(rawStatusToken)
  let withdrawing = false
  if (request.method === 'POST') {
    const form = await request.formData().catch(() => new FormData())
    withdrawing = form.get('intent') === 'withdraw'
    if (form.get('intent') === 'again') {
      const again = await startAgain(lang, statusToken)
      if (again.kind === 'ok') return { kind: 'redirect', location: again.location }
      if (again.kind === 'closed') {
        const result = await loadStatus(lang, statusToken)
        if (result.kind === 'ok') return { kind: 'ok', status: 409, statusToken: statusToken ?? '', view: result.view, confirming: false, justWithdrawn: false, notice: again.message }
      }
      if (again.kind === 'not-found') return { kind: 'trouble', status: 404, trouble: { kind: 'status-not-found' } }
      if (again.kind === 'rate-limited') return { kind: 'trouble', status: 429, trouble: again }
      return { kind: 'trouble', status: 503, trouble: { kind: 'unavailable' } }
    }
  }
  const result = withdrawing ? await withdrawConsent(lang, statusToken) : await loadStatus(lang, statusToken)
  switch (result.kind) {
    case 'ok': {
      const confirming = !withdrawing && (url.searchParams.get(lang === 'en' ? 'step' : 'stap') === (lang === 'en' ? 'withdraw' : 'intrekken'))
      return { kind: 'ok', status: 200, statusToken: statusToken ?? '', view: result.view, confirming, justWithdrawn: withdrawing }
    }
    case 'not-found':
      return { kind: 'trouble', status: 404, trouble: { kind: 'status-not-found' } }
    case 'rate-limited':
      return { kind: 'trouble', status: 429, trouble: result }
    default:
      return { kind: 'trouble', status: 503, trouble: { kind: 'unavailable' } }
  }
}
