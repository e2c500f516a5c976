import { tusServer } from '../route-shared'

// Uploads stream through this handler chunk by chunk; nothing is cached or prerendered.
export const dynamic = 'force-dynamic'

const handle = (request: Request) => tusServer().handleWeb(request)

export const HEAD = handle
export const POST = handle
export const PATCH = handle
export const DELETE = handle
export const OPTIONS = handle
