/**
 * A request as Payload's router hands it to an endpoint handler. The integration tests call the
 * real handlers with it, so their access rules, hooks and database are the real ones; only the
 * HTTP server in front of them is left out (the e2e suite goes through it).
 */
import type { Payload, PayloadRequest } from 'payload'

export interface EndpointRequestInit {
  /** Default: POST with a body, GET without. */
  method?: string
  headers?: HeadersInit
  /** Sent as JSON with its content type and length, as the site's server sends it. */
  json?: unknown
  /** A body as is (a form from encodeForm, text that is not JSON); its headers come with `headers`. */
  body?: BodyInit
  routeParams?: Record<string, string | undefined>
  /** The logged-in user (a document of `users`), or none: a visitor or the site. */
  user?: unknown
  /** Set on the request only when given, as Payload does for `?locale=`. */
  locale?: string
}

export function endpointRequest(payload: Payload, url: string, init: EndpointRequestInit = {}): PayloadRequest {
  const headers = new Headers(init.headers)
  let body = init.body
  if (init.json !== undefined) {
    const text = JSON.stringify(init.json)
    headers.set('content-type', 'application/json')
    headers.set('content-length', String(Buffer.byteLength(text)))
    body = text
  }
  const method = init.method ?? (body === undefined ? 'GET' : 'POST')
  const extras = { payload, routeParams: init.routeParams ?? {}, searchParams: new URL(url).searchParams, context: {}, user: init.user ?? null, ...(init.locale ? { locale: init.locale } : {}) }
  return Object.assign(new Request(url, { method, headers, body }), extras) as unknown as PayloadRequest
}

/** A form encoded as a browser sends it (multipart, with its boundary and length). */
export async function encodeForm(form: FormData): Promise<{ body: ArrayBuffer; headers: Record<string, string> }> {
  const encoded = new Response(form)
  const body = await encoded.arrayBuffer()
  return { body, headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.byteLength) } }
}

/** A handler's answer as the tests read it: the status and the JSON body. */
export async function answerOf<Body = Record<string, unknown>>(response: Response): Promise<{ status: number; body: Body }> {
  return { status: response.status, body: (await response.json()) as Body }
}
