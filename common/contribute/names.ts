/**
 * A colleague's name as the public sees it. The consent covers first and last name; a colleague
 * who chose "show only my first name" is shown by the first word of the name they typed.
 * Mails greet by the same first name ("Hoi Sanne,").
 */
export function firstNameOf(name: string | null | undefined): string {
  return (name ?? '').trim().split(/\s+/)[0] ?? ''
}

/** The name to show beside a video or story: in full, or only the first name when so chosen. */
export function publicName(name: string | null | undefined, firstNameOnly: boolean | null | undefined): string {
  const full = (name ?? '').trim().replace(/\s+/g, ' ')
  return firstNameOnly ? firstNameOf(full) : full
}
