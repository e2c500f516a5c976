import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadPayloadConfig } from '../../helpers/payloadConfig'

// Every word of the admin in Dutch and English: walks the built Payload config (every collection,
// nested groups, arrays, rows, tabs, blocks) and lists what has no Dutch or no English label.

type Bag = Record<string, unknown>

const bilingual = (v: unknown) => typeof v === 'object' && v !== null && ['nl', 'en'].every((l) => typeof (v as Bag)[l] === 'string' && ((v as Bag)[l] as string).trim() !== '')
// Payload's own fields (auth, upload, timestamps) carry label functions over its own nl/en translations.
const translated = (v: unknown) => bilingual(v) || typeof v === 'function'

function problemsIn(fields: Bag[], where: string, out: string[]): void {
  for (const field of fields) {
    const name = typeof field.name === 'string' ? field.name : `(${field.type})`
    const at = `${where}.${name}`
    const admin = (field.admin ?? {}) as Bag
    // Hidden and disabled fields appear nowhere in the admin (not in forms, columns or filters).
    if (field.hidden === true || admin.hidden === true || admin.disabled === true) continue
    // ui fields have no label of their own: their component writes its own (checked where it is built).
    if (field.type !== 'ui' && field.type !== 'row' && field.type !== 'tabs' && field.type !== 'group' ? 'name' in field || field.type === 'collapsible' : field.type === 'group' && 'name' in field) {
      if (!translated(field.label)) out.push(`${at}: label ${JSON.stringify(field.label)}`)
    }
    if (admin.description !== undefined && !translated(admin.description)) out.push(`${at}: description ${JSON.stringify(admin.description)}`)
    if (Array.isArray(field.options)) {
      for (const option of field.options as unknown[]) {
        const label = typeof option === 'object' && option !== null ? (option as Bag).label : undefined
        if (!translated(label)) out.push(`${at}: option ${JSON.stringify(option)}`)
      }
    }
    if (field.type === 'array' || field.type === 'blocks') {
      const labels = (field.labels ?? {}) as Bag
      if (!translated(labels.singular) || !translated(labels.plural)) out.push(`${at}: row labels ${JSON.stringify(labels)}`)
    }
    if (Array.isArray(field.fields)) problemsIn(field.fields as Bag[], at, out)
    if (Array.isArray(field.tabs)) {
      for (const tab of field.tabs as Bag[]) {
        if (!translated(tab.label)) out.push(`${at}: tab ${JSON.stringify(tab.label ?? tab.name)}`)
        problemsIn((tab.fields ?? []) as Bag[], `${at}.${String(tab.name ?? tab.label)}`, out)
      }
    }
    if (Array.isArray(field.blocks)) {
      for (const block of field.blocks as Bag[]) problemsIn((block.fields ?? []) as Bag[], `${at}.${String(block.slug)}`, out)
    }
  }
}

function problemsOf(config: Pick<SanitizedConfig, 'collections'>): string[] {
  const out: string[] = []
  for (const collection of config.collections as unknown as Bag[]) {
    const slug = String(collection.slug)
    // Payload's own internal collections (preferences, migrations, locks) are not shown as such.
    if (slug.startsWith('payload-')) continue
    const labels = collection.labels as Bag
    if (!bilingual(labels.singular) || !bilingual(labels.plural)) out.push(`${slug}: collection labels ${JSON.stringify(labels)}`)
    const group = (collection.admin as Bag | undefined)?.group
    if (group !== undefined && group !== false && !bilingual(group)) out.push(`${slug}: admin group ${JSON.stringify(group)}`)
    problemsIn(collection.fields as Bag[], slug, out)
  }
  return out
}

let config: SanitizedConfig

beforeAll(async () => {
  config = (await loadPayloadConfig('labels')).config
})

describe('the admin speaks Dutch and English', () => {
  it('names every collection, field, option, row and group in both languages', () => {
    expect(problemsOf(config)).toEqual([])
  })

  it('would notice a field, an option, a description or an array added without both languages', () => {
    const added = {
      collections: [
        {
          slug: 'examples',
          labels: { singular: { nl: 'Voorbeeld', en: 'Example' }, plural: 'Examples' },
          admin: { group: 'Inhoud' },
          fields: [
            { name: 'title', type: 'text', label: 'Title' },
            { name: 'kind', type: 'select', label: { nl: 'Soort', en: 'Kind' }, options: [{ value: 'a', label: { nl: 'A' } }, 'b'] },
            { name: 'notes', type: 'textarea', label: { nl: 'Notities', en: 'Notes' }, admin: { description: 'Only for you.' } },
            { name: 'rows', type: 'array', label: { nl: 'Regels', en: 'Rows' }, fields: [{ type: 'row', fields: [{ name: 'deep', type: 'number', label: { en: 'Deep' } }] }] },
            { type: 'tabs', tabs: [{ label: 'Tab', fields: [] }] },
          ],
        },
      ],
    } as unknown as SanitizedConfig
    expect(problemsOf(added)).toEqual([
      'examples: collection labels {"singular":{"nl":"Voorbeeld","en":"Example"},"plural":"Examples"}',
      'examples: admin group "Inhoud"',
      'examples.title: label "Title"',
      'examples.kind: option {"value":"a","label":{"nl":"A"}}',
      'examples.kind: option "b"',
      'examples.notes: description "Only for you."',
      'examples.rows: row labels {}',
      'examples.rows.(row).deep: label {"en":"Deep"}',
      'examples.(tabs): tab "Tab"',
    ])
  })
})

function eachField(fields: Bag[], where: string, visit: (field: Bag, at: string) => void): void {
  for (const field of fields) {
    const at = `${where}.${typeof field.name === 'string' ? field.name : `(${field.type})`}`
    // Hidden and disabled fields (and all inside them) are shown nowhere in the admin.
    const admin = (field.admin ?? {}) as Bag
    if (field.hidden === true || admin.hidden === true || admin.disabled === true) continue
    visit(field, at)
    if (Array.isArray(field.fields)) eachField(field.fields as Bag[], at, visit)
    if (Array.isArray(field.tabs)) for (const tab of field.tabs as Bag[]) eachField((tab.fields ?? []) as Bag[], at, visit)
    if (Array.isArray(field.blocks)) for (const block of field.blocks as Bag[]) eachField((block.fields ?? []) as Bag[], at, visit)
  }
}

describe('the admin loads nothing from the internet and shows Amsterdam time', () => {
  it('has no visible JSON or code field left on Payload’s Monaco editor (fetched from a CDN)', () => {
    const monaco: string[] = []
    for (const collection of config.collections as unknown as Bag[]) {
      // Payload's internal collections (preferences, key-value store) have no admin views.
      if (String(collection.slug).startsWith('payload-')) continue
      eachField(collection.fields as Bag[], String(collection.slug), (field, at) => {
        if (field.type !== 'json' && field.type !== 'code') return
        const admin = (field.admin ?? {}) as Bag
        const custom = ((admin.components ?? {}) as Bag).Field
        if (!custom) monaco.push(at)
      })
    }
    expect(monaco).toEqual([])
  })

  it('shows every date in a list through the Amsterdam date cell', () => {
    const payloadCells: string[] = []
    for (const collection of config.collections as unknown as Bag[]) {
      if (String(collection.slug).startsWith('payload-')) continue
      eachField(collection.fields as Bag[], String(collection.slug), (field, at) => {
        if (field.type === 'date' && ((field.admin as Bag | undefined)?.components as Bag | undefined)?.Cell !== '/components/AmsterdamDate#AmsterdamDateCell') payloadCells.push(at)
      })
    }
    expect(payloadCells).toEqual([])
  })
})
