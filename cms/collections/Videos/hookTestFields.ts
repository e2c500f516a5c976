import type { Field } from 'payload'

import { DEFAULT_MAX_WEEKS } from '../../../common/insights/hookTest'
import { validateVariantPosterTime } from './variantPosterTime'

/** Variant keys go into measurement events (common/insights/events.ts accepts the same shape). */
const KEY = /^[a-z0-9-]{1,32}$/

type VariantRow = { key?: unknown }

/**
 * A hook test: 2–3 variants of the title and hook line, each with its own poster frame if wanted
 * (the media worker makes it, media-worker/variantPosters.ts). The site shows one per visitor session
 * (Thompson sampling, cms/insights/hookTests.ts), the periodic job ends the test itself and makes
 * the winner the video's title and hook. Curators set it up (lifecycle.ts: CURATOR_FIELDS);
 * `hookTestResult` is written by the server only (SYSTEM_FIELDS); it is public like the variants,
 * because the site must know whether a test still runs.
 */
export const hookTestFields: Field[] = [
  {
    name: 'hookTest',
    type: 'group',
    label: { nl: 'Hooktest', en: 'Hook test' },
    admin: {
      description: {
        nl: 'Laat de site 2 of 3 titels en haakjes afwisselen; de test kiest zelf de winnaar (95 % zeker, of na het aantal weken) en die wordt de titel en het haakje van de video.',
        en: 'Let the site alternate 2 or 3 titles and hooks; the test picks its own winner (95 % sure, or after the set number of weeks), which becomes the video’s title and hook.',
      },
    },
    fields: [
      { name: 'stats', type: 'ui', admin: { components: { Field: '/components/HookTestStats#HookTestStats' } } },
      { name: 'enabled', type: 'checkbox', defaultValue: false, label: { nl: 'Test loopt (alleen op gepubliceerde video’s)', en: 'Test running (published videos only)' } },
      {
        name: 'goal',
        type: 'select',
        defaultValue: 'play',
        label: { nl: 'Doel', en: 'Goal' },
        options: [
          { value: 'play', label: { nl: 'Afspelen per vertoning', en: 'Plays per impression' } },
          { value: 'entry_start', label: { nl: 'Start van een instap (quiz, formulier, solliciteren) per vertoning', en: 'Entry-point starts (quiz, form, apply) per impression' } },
        ],
      },
      { name: 'maxWeeks', type: 'number', min: 1, max: 12, defaultValue: DEFAULT_MAX_WEEKS, label: { nl: 'Uiterlijk na (weken)', en: 'End after at most (weeks)' } },
      {
        name: 'variants',
        type: 'array',
        maxRows: 3,
        label: { nl: 'Varianten', en: 'Variants' },
        labels: { singular: { nl: 'Variant', en: 'Variant' }, plural: { nl: 'Varianten', en: 'Variants' } },
        validate: (rows: unknown, { siblingData }: { siblingData?: { enabled?: boolean } }) => {
          const list = (Array.isArray(rows) ? rows : []) as VariantRow[]
          if (siblingData?.enabled && (list.length < 2 || list.length > 3)) {
            return 'Een hooktest heeft 2 of 3 varianten. / A hook test has 2 or 3 variants.'
          }
          const keys = list.map((r) => String(r?.key ?? ''))
          if (new Set(keys).size !== keys.length) return 'Elke variant heeft een eigen code. / Each variant needs its own key.'
          return true
        },
        fields: [
          {
            name: 'key',
            type: 'text',
            required: true,
            label: { nl: 'Code', en: 'Key' },
            admin: { description: { nl: 'kort, bijvoorbeeld a, b of c (kleine letters, cijfers, -)', en: 'short, e.g. a, b or c (lower-case letters, digits, -)' } },
            validate: (value: unknown) => (typeof value === 'string' && KEY.test(value) ? true : 'Gebruik kleine letters, cijfers en -, hoogstens 32 tekens. / Use lower-case letters, digits and -, at most 32 characters.'),
          },
          { name: 'title', type: 'text', required: true, localized: true, label: { nl: 'Titel', en: 'Title' } },
          { name: 'hook', type: 'textarea', localized: true, maxLength: 200, label: { nl: 'Haakje', en: 'Hook' } },
          {
            // Not per language: one picture for both. A change makes only the posters again, not the video.
            name: 'posterTime',
            type: 'number',
            label: { nl: 'Stilstaand beeld op', en: 'Poster frame at' },
            admin: {
              step: 0.1,
              description: {
                nl: 'seconden vanaf het begin van de (ingekorte) video; leeg toont het stilstaande beeld van de video. Bij een wijziging maakt de mediaverwerker alleen de stilstaande beelden opnieuw.',
                en: 'seconds from the start of the (trimmed) video; empty shows the video’s own poster. A change makes the media worker redo only the posters.',
              },
            },
            validate: validateVariantPosterTime as never,
          },
        ],
      },
    ],
  },
  {
    name: 'hookTestResult',
    type: 'group',
    label: { nl: 'Uitkomst hooktest', en: 'Hook test outcome' },
    admin: { readOnly: true, condition: (data) => Boolean((data as { hookTestResult?: { startedAt?: string } })?.hookTestResult?.startedAt) },
    fields: [
      { name: 'startedAt', type: 'date', label: { nl: 'Gestart', en: 'Started' } },
      { name: 'endedAt', type: 'date', label: { nl: 'Beëindigd', en: 'Ended' } },
      { name: 'winner', type: 'text', label: { nl: 'Winnaar', en: 'Winner' } },
      {
        name: 'reason',
        type: 'select',
        label: { nl: 'Waarom', en: 'Why' },
        options: [
          { value: 'probability', label: { nl: 'Met 95 % zekerheid de beste', en: '95 % sure to be best' } },
          { value: 'time', label: { nl: 'Tijd om: de waarschijnlijk beste', en: 'Time up: the likeliest best' } },
        ],
      },
    ],
  },
]
