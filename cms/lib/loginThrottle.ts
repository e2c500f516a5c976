/**
 * Throttling of failed staff logins, instead of Payload's account lockout. Payload's lockout
 * (maxLoginAttempts) locks the *account*: anyone who knows a staff address could keep it locked,
 * and its "this user is locked" message told which addresses exist. Here the count is kept per
 * client address + account, so an attacker's failures never stop the real person logging in from
 * their own address, plus a wider count per client address alone so one address cannot try many
 * accounts. Both are kept for an account name whether or not it exists, and the refusal reads the
 * same either way.
 *
 * Attempts are counted when they start and a successful login takes its attempt back, so what
 * is left are the failures. In memory, like the other rate limits: one count per CMS process.
 */
export interface LoginThrottleOptions {
  /** Failures per address + account within the window. */
  perAccount: number
  /** Failures per address, whatever account, within the window. */
  perAddress: number
  windowMs: number
}

export const LOGIN_THROTTLE_DEFAULTS: LoginThrottleOptions = { perAccount: 5, perAddress: 30, windowMs: 10 * 60_000 }

export function createLoginThrottle(opts: LoginThrottleOptions = LOGIN_THROTTLE_DEFAULTS) {
  const counts = new Map<string, { count: number; resetAt: number }>()
  const current = (key: string, now: number) => {
    const entry = counts.get(key)
    return entry && entry.resetAt > now ? entry : null
  }
  const bump = (key: string, now: number) => {
    const entry = current(key, now)
    if (entry) entry.count++
    else counts.set(key, { count: 1, resetAt: now + opts.windowMs })
  }
  const pairKey = (address: string, account: string) => `pair\n${address}\n${account}`
  const addressKey = (address: string) => `address\n${address}`
  return {
    /** Counts an attempt; false (and not counted) when this address has failed too often. */
    attempt(address: string, account: string, now = Date.now()): boolean {
      if (counts.size > 50_000) for (const [k, v] of counts) if (v.resetAt <= now) counts.delete(k)
      if ((current(pairKey(address, account), now)?.count ?? 0) >= opts.perAccount) return false
      if ((current(addressKey(address), now)?.count ?? 0) >= opts.perAddress) return false
      bump(pairKey(address, account), now)
      bump(addressKey(address), now)
      return true
    },
    /** A successful login: its attempt was no failure, and the failures before it are forgiven. */
    succeeded(address: string, account: string, now = Date.now()): void {
      counts.delete(pairKey(address, account))
      const entry = current(addressKey(address), now)
      if (entry && entry.count > 0) entry.count--
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>

/** The account name as Payload compares it (it lowercases and trims the email too). */
export function accountName(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 320) : ''
}

export const loginThrottleMessages = {
  nl: 'Te veel mislukte inlogpogingen. Wacht 10 minuten en probeer het dan opnieuw, of vraag een beheerder om je wachtwoord opnieuw in te stellen.',
  en: 'Too many failed login attempts. Wait 10 minutes and try again, or ask an administrator to reset your password.',
} as const
