/**
 * Where the employer works, for job postings' addresses (Google asks for a street address, postal
 * code and region where it can get them). A vacancy's location in the CMS is free text
 * ("Rotterdam / hybride"); its place is matched here. Places not listed get a locality-only address.
 *
 * NOTE: the demo employer's addresses. A real installation edits this list (or, better, a
 * workplace field on vacancies in the CMS, see the report that came with this file).
 */
export interface Workplace {
  addressLocality: string
  streetAddress: string
  postalCode: string
  addressRegion: string
}

export const workplaces: Workplace[] = [
  { addressLocality: 'Rotterdam', streetAddress: 'Waalhaven Oostzijde 12', postalCode: '3087 BM', addressRegion: 'Zuid-Holland' },
  { addressLocality: 'Moerdijk', streetAddress: 'Middenweg 20', postalCode: '4782 PM', addressRegion: 'Noord-Brabant' },
  { addressLocality: 'Breda', streetAddress: 'Minervum 7410', postalCode: '4817 ZN', addressRegion: 'Noord-Brabant' },
]

export function workplaceFor(place: string | null | undefined): Workplace | null {
  const wanted = (place ?? '').trim().toLowerCase()
  return workplaces.find((w) => w.addressLocality.toLowerCase() === wanted) ?? null
}
