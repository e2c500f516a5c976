import { describe, expect, it } from 'vitest'

import { languageCompleteness, publishWithoutEnglishWarning } from '../../../cms/collections/Videos/languages'
import { activeTab, nextInQueueQuery, opensOnQueue, QUEUE_TABS, tabQuery } from '../../../cms/collections/Videos/reviewQueue'

const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHoi\n'

describe('which languages a video is complete in', () => {
  it('a Dutch-only video lacks the English title, hook and captions', () => {
    const video = { title: { nl: 'Sanne over haar eerste deal' }, hook: { nl: 'Na drie weken bellen.' }, captions: [{ language: 'nl', vtt }] }
    expect(languageCompleteness(video)).toEqual({ nl: [], en: ['title', 'hook', 'captions'] })
  })

  it('blank text and an empty caption track do not count', () => {
    const video = { title: { nl: 'x', en: '  ' }, hook: { nl: 'y', en: 'z' }, captions: [{ language: 'en', vtt: ' ' }, { language: 'nl', vtt }] }
    expect(languageCompleteness(video).en).toEqual(['title', 'captions'])
  })

  it('warns before publishing without English, in the reader’s language, naming what is missing', () => {
    const video = { title: { nl: 'a', en: 'b' }, hook: { nl: 'c' }, captions: [{ language: 'nl', vtt }] }
    expect(publishWithoutEnglishWarning(video, 'nl')).toBe('Deze video heeft geen Engels haakje en Engelse ondertiteling. Op de Engelse site (/en/) verschijnt hij dan in het Nederlands. Toch publiceren?')
    expect(publishWithoutEnglishWarning(video, 'en')).toBe('This video has no English hook and English captions. On the English site (/en/) it will then show in Dutch. Publish anyway?')
    const complete = { title: { nl: 'a', en: 'b' }, hook: { nl: 'c', en: 'd' }, captions: [{ language: 'en', vtt }] }
    expect(publishWithoutEnglishWarning(complete, 'nl')).toBeNull()
  })
})

describe('the review queue', () => {
  it('opens on "to review" only from the bare list URL', () => {
    expect(opensOnQueue({})).toBe(true)
    expect(opensOnQueue({ page: '1' })).toBe(false)
    expect(tabQuery(QUEUE_TABS[0]!)).toBe('where%5Bstatus%5D%5Bequals%5D=ready&page=1')
    // "All" must not look like the bare URL, or it would be sent back to the queue.
    expect(opensOnQueue(Object.fromEntries(new URLSearchParams(tabQuery(QUEUE_TABS.at(-1)!))))).toBe(false)
  })

  it('knows which tab a query is', () => {
    expect(activeTab(Object.fromEntries(new URLSearchParams(tabQuery(QUEUE_TABS[0]!))))).toBe('review')
    expect(activeTab({ 'where[status][equals]': 'published', sort: '-updatedAt' })).toBe('published')
    expect(activeTab({ page: '2' })).toBe('all')
    expect(activeTab({ 'where[status][equals]': 'failed' })).toBeNull()
    expect(activeTab({ 'where[or][0][and][0][title][like]': 'x' })).toBeNull()
  })

  it('asks for the oldest waiting video other than the one just reviewed', () => {
    const q = new URLSearchParams(nextInQueueQuery('abc'))
    expect(q.get('where[and][0][status][equals]')).toBe('ready')
    expect(q.get('where[and][1][id][not_equals]')).toBe('abc')
    expect(q.get('sort')).toBe('createdAt')
    expect(q.get('limit')).toBe('1')
  })
})
