/**
 * The upload session in sessionStorage (this tab only, gone when it closes), keyed by invite:
 * what the upload step needs after a reload. Never in a URL, never in localStorage.
 */
import type { UploadSession } from '../../lib/contribute'

/** The file an upload was sending, so that after a reload the page can say which one to pick again. */
export interface PendingUpload {
  name: string
  size: number
  /** Recorded in the browser: such a file is not on the phone, so it cannot be picked again. */
  recorded: boolean
}

export type StoredSession = UploadSession & { done?: boolean; pending?: PendingUpload | null }

const key = (inviteKey: string) => `werkvloer.contribute.${inviteKey}`

export function readSession(inviteKey: string): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(key(inviteKey))
    return raw ? (JSON.parse(raw) as StoredSession) : null
  } catch {
    return null
  }
}

export function writeSession(inviteKey: string, value: StoredSession): void {
  try {
    sessionStorage.setItem(key(inviteKey), JSON.stringify(value))
  } catch {
    // Private mode without storage: the flow still works, it just cannot survive a reload.
  }
}

/** After the contribution arrived: the upload token is spent, keep what the confirmation shows. */
export function markSessionDone(inviteKey: string): void {
  const session = readSession(inviteKey)
  if (session) writeSession(inviteKey, { ...session, uploadToken: '', done: true })
}
