import config from '@payload-config'
import { getPayload } from 'payload'

/** Ready when Payload has connected and applied migrations; start scripts and load balancers poll this. */
export async function GET(): Promise<Response> {
  try {
    const payload = await getPayload({ config })
    await payload.count({ collection: 'departments', overrideAccess: true })
    return Response.json({ ok: true })
  } catch (error) {
    return Response.json({ ok: false, error: error instanceof Error ? error.message : String(error) }, { status: 503 })
  }
}

export const dynamic = 'force-dynamic'
