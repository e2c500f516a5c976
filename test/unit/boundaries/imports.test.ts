/**
 * The runtime boundaries of the repo, checked on the source text: `common/` is what the CMS, the
 * site and the worker share, so it imports none of them; the site reads the CMS over HTTP, so it
 * imports nothing from `cms/` but the generated types (type-only, erased at build); the worker
 * never reaches into the site. A new import across a boundary fails here with the file and line.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { sourceFiles } from '../../helpers/sourceFiles'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/

export interface ImportRef {
  specifier: string
  typeOnly: boolean
  line: number
}

/**
 * Every module a file names: `import … from`, `import type … from`, side-effect `import '…'`,
 * `export … from`, and dynamic `import('…')`. Comments are blanked first so an example in a
 * comment is not taken for an import (line numbers stay right).
 */
export function importsOf(source: string): ImportRef[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1')
  const refs: ImportRef[] = []
  const lineAt = (index: number) => code.slice(0, index).split('\n').length
  const statement = /\b(import|export)(\s+type)?\s+(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g
  for (const m of code.matchAll(statement)) {
    const head = m[0].slice(0, m[0].lastIndexOf(m[3]!) - 1)
    // `import { type A, type B } from` is type-only as well when every name is marked.
    const names = /\{([^}]*)\}/.exec(head)?.[1]
    const allTyped = Boolean(names && !/[*]/.test(head) && !/^\s*(import|export)\s+\w+\s*,/.test(head) && names.split(',').every((n) => !n.trim() || /^\s*type\s/.test(n)))
    refs.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) || allTyped, line: lineAt(m.index) })
  }
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) refs.push({ specifier: m[1]!, typeOnly: false, line: lineAt(m.index) })
  return refs
}

/** The top-level folder a specifier points into (relative to the repo), or null for a package. */
export function targetFolder(fromFile: string, specifier: string): string | null {
  if (specifier === '@payload-config') return 'cms'
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null
  const resolved = path.relative(repoRoot, path.resolve(path.dirname(fromFile), specifier))
  return resolved.split(path.sep)[0] ?? null
}

function filesUnder(folder: string): string[] {
  return sourceFiles(path.join(repoRoot, folder), SOURCE)
}

interface Violation {
  file: string
  line: number
  specifier: string
}

function violations(folder: string, forbidden: (ref: ImportRef, target: string | null, file: string) => boolean): Violation[] {
  const out: Violation[] = []
  for (const file of filesUnder(folder)) {
    for (const ref of importsOf(readFileSync(file, 'utf8'))) {
      if (forbidden(ref, targetFolder(file, ref.specifier), file)) out.push({ file: path.relative(repoRoot, file), line: ref.line, specifier: ref.specifier })
    }
  }
  return out
}

const generatedTypes = path.join(repoRoot, 'cms', 'payload-types')

/** The site's rule: no CMS, worker, script or test code; only `import type` of cms/payload-types. */
function siteMayNotImport(ref: ImportRef, target: string | null, file: string): boolean {
  if (target === 'media-worker' || target === 'scripts' || target === 'test') return true
  if (target !== 'cms') return false
  const resolved = path.resolve(path.dirname(file), ref.specifier).replace(/\.ts$/, '')
  return !(resolved === generatedTypes && ref.typeOnly)
}

/** Frameworks of one runtime: common/ code must run in all three without them. */
const RUNTIME_PACKAGES = /^(payload|@payloadcms\/|next(\/|$)|astro(\/|$)|@astrojs\/|react(-dom)?(\/|$))/

describe('runtime boundaries', () => {
  it('common/ imports no runtime folder and no runtime framework', () => {
    expect(violations('common', (ref, target) => (target !== null && target !== 'common') || RUNTIME_PACKAGES.test(ref.specifier))).toEqual([])
  })

  it('the site imports nothing from cms/ except the generated types, type-only', () => {
    expect(violations('site', siteMayNotImport)).toEqual([])
  })

  it('the media worker imports nothing from the site', () => {
    expect(violations('media-worker', (_ref, target) => target === 'site')).toEqual([])
  })

  it('the CMS imports nothing from the site or the media worker', () => {
    // ffmpegPath is the one exception: the demo seed makes its clips with the same ffmpeg binary.
    expect(violations('cms', (ref, target) => target === 'site' || (target === 'media-worker' && !ref.specifier.endsWith('/media-worker/ffmpegPath')))).toEqual([])
  })
})

describe('the import reader itself', () => {
  const file = path.join(repoRoot, 'site', 'lib', 'entry', 'forms.ts')

  it('finds every kind of import, and tells type-only ones apart', () => {
    const refs = importsOf(
      [
        "import { currentConsent } from '../../../cms/entry/consentTexts'",
        "import type { Vacancy } from '../../../cms/payload-types'",
        "import { type Quiz, type Case } from '../../../cms/payload-types'",
        "import Default, { type X } from './x'",
        "export { a } from '../../../media-worker/manifest'",
        "export * from './all'",
        "import './side-effect.css'",
        "const lazy = await import('../../../cms/payload.config')",
        "// import { notMe } from '../../../cms/comment'",
        "/* import { norMe } from '../../../cms/block' */",
      ].join('\n'),
    )
    expect(refs.map((r) => [r.specifier, r.typeOnly, r.line])).toEqual([
      ['../../../cms/entry/consentTexts', false, 1],
      ['../../../cms/payload-types', true, 2],
      ['../../../cms/payload-types', true, 3],
      ['./x', false, 4],
      ['../../../media-worker/manifest', false, 5],
      ['./all', false, 6],
      ['./side-effect.css', false, 7],
      ['../../../cms/payload.config', false, 8],
    ])
    expect(targetFolder(file, '../../../cms/entry/consentTexts')).toBe('cms')
    expect(targetFolder(file, '../../../common/entry/consentTexts')).toBe('common')
    expect(targetFolder(file, 'zod')).toBeNull()
    expect(targetFolder(file, '@payload-config')).toBe('cms')
  })

  it("refuses the site's old imports of CMS code (site/lib/entry/forms.ts before common/) and allows only type-only generated types", () => {
    const verdict = (line: string) => importsOf(line).map((r) => siteMayNotImport(r, targetFolder(file, r.specifier), file))
    expect(verdict("import { currentConsent } from '../../../cms/entry/consentTexts'")).toEqual([true])
    expect(verdict("import { looksLikeToken } from '../../../cms/lib/tokens'")).toEqual([true])
    expect(verdict("const { x } = await import('../../../cms/entry/scoring')")).toEqual([true])
    expect(verdict("import { Vacancy } from '../../../cms/payload-types'")).toEqual([true])
    expect(verdict("import type { Vacancy } from '../../../cms/payload-types'")).toEqual([false])
    expect(verdict("import { currentConsent } from '../../../common/entry/consentTexts'")).toEqual([false])
  })
})
