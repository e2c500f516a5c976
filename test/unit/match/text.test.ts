import { describe, expect, it } from 'vitest'
import { CompoundSplitter, detectLanguage, tokenize } from '../../../common/match/text'

describe('matcher text handling', () => {
  it('splits Dutch compounds into known words, with linking letters', () => {
    const splitter = new CompoundSplitter(['klantenservice', 'medewerker', 'onderhoud', 'monteur', 'bedrijf', 'leider', 'klant', 'contact'])
    expect(splitter.split('klantenservicemedewerker')).toEqual(['klantenservice', 'medewerker'])
    expect(splitter.split('onderhoudsmonteur')).toEqual(['onderhouds', 'monteur'])
    expect(splitter.split('bedrijfsleider')).toEqual(['bedrijfs', 'leider'])
    expect(splitter.split('klantencontact')).toEqual(['klanten', 'contact'])
    // Not completely made of known words: stays whole instead of becoming a guess.
    expect(splitter.split('vrachtwagenchauffeur')).toEqual(['vrachtwagenchauffeur'])
  })

  it('detects Dutch and English per text', () => {
    expect(detectLanguage('Wij zoeken een collega voor de klantenservice die graag met mensen werkt.')).toBe('nl')
    expect(detectLanguage('We are looking for a colleague who enjoys working with customers.')).toBe('en')
  })

  it('keeps C++, C# and .NET as words and stems English', () => {
    const words = tokenize('Experience with C++, C# and .NET; managing customers', 'en').map((t) => t.stem)
    expect(words).toEqual(expect.arrayContaining(['c++', 'c#', '.net', 'manag', 'custom']))
  })
})
