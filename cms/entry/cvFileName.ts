import crypto from 'node:crypto'

import { toSlug } from '../fields/slug'

// Letters NFKD does not take apart into a base letter and a mark (ø is not o + stroke).
const FOLD: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', ı: 'i' }

/**
 * The stored name of a candidate's CV: the candidate's name, folded to ASCII and slugged (so a
 * recruiter who downloads it sees whose it is, and nothing in it can be a path), then 96 random
 * bits, so nobody can guess a file's address from a name.
 */
export function cvFileName(candidateName: string, kind: 'pdf' | 'docx', random: Buffer = crypto.randomBytes(12)): string {
  const folded = candidateName.replace(/[^\u0000-\u007f]/g, (ch) => FOLD[ch] ?? ch)
  const name = toSlug(folded).slice(0, 40).replace(/-+$/, '')
  return `cv-${name ? `${name}-` : ''}${random.toString('hex')}.${kind}`
}
