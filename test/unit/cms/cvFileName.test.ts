import { describe, expect, it } from 'vitest'

import { cvFileName } from '../../../cms/entry/cvFileName'

const random = Buffer.from('00112233445566778899aabb', 'hex')

describe('a CV’s stored file name', () => {
  it('keeps the candidate’s name, folded to ASCII and slugged, before a random part', () => {
    expect(cvFileName('Jan de Vries', 'pdf', random)).toBe('cv-jan-de-vries-00112233445566778899aabb.pdf')
    expect(cvFileName('Zoë Çelik-Øberg', 'docx', random)).toBe('cv-zoe-celik-oberg-00112233445566778899aabb.docx')
    expect(cvFileName('Ĳsbrand Straße', 'pdf', random)).toBe('cv-ijsbrand-strasse-00112233445566778899aabb.pdf')
  })

  it('can hold no path or odd characters, however the name is written', () => {
    for (const name of ['../../etc/passwd', 'a/b\\c', 'x\u0000y', '<script>', 'C:\\cv', '   ']) {
      const file = cvFileName(name, 'pdf', random)
      expect(file).toMatch(/^cv-([a-z0-9]+-)*[0-9a-f]{24}\.pdf$/)
    }
    expect(cvFileName('', 'pdf', random)).toBe('cv-00112233445566778899aabb.pdf')
  })

  it('stays short for a very long name', () => {
    expect(cvFileName('Maria '.repeat(40), 'pdf', random).length).toBeLessThanOrEqual(3 + 41 + 24 + 4)
  })

  it('differs per upload, so a name does not tell the address', () => {
    expect(cvFileName('Jan de Vries', 'pdf')).not.toBe(cvFileName('Jan de Vries', 'pdf'))
    expect(cvFileName('Jan de Vries', 'pdf')).toMatch(/^cv-jan-de-vries-[0-9a-f]{24}\.pdf$/)
  })
})
