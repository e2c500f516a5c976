import { describe, expect, it } from 'vitest'

import { toSlug } from '../../../cms/fields/slug'

describe('toSlug', () => {
  it('makes readable URL parts from Dutch titles', () => {
    expect(toSlug('Klantenservicemedewerker (zakelijk)')).toBe('klantenservicemedewerker-zakelijk')
    expect(toSlug('Café Één – Rotterdam')).toBe('cafe-een-rotterdam')
    expect(toSlug('  <script>alert(1)</script> ')).toBe('script-alert-1-script')
  })
})
