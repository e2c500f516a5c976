/**
 * What scripts/site-server.ts needs to hand a beacon (POST /api/m) straight to the relay
 * (./beacon-relay.ts) without Astro's request pipeline: the key under which the relay, once
 * Astro has loaded it, puts itself on globalThis, and its shape. Nothing here imports Astro or the
 * CMS client, so the server can import it directly (as it does page-cache-rules.ts).
 */
export const BEACON_RELAY_GLOBAL_KEY = Symbol.for('werkvloer.beacon-relay')
export const BEACON_PATH = '/api/m'

export interface BeaconAnswer {
  status: number
  body: Record<string, unknown>
}

export interface BeaconRelayBridge {
  /** The most a beacon's body may hold (bytes). */
  maxBytes: number
  /** Checks the beacon's body, queues it for the next relay call and answers once the CMS has. */
  relay(text: string, address: string | undefined, header: (name: string) => string | null): Promise<BeaconAnswer>
  /** The headers every answer of the site carries (security headers, no caching). */
  responseHeaders(): Readonly<Record<string, string>>
}
