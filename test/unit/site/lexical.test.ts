import { describe, expect, it } from 'vitest'

import { escapeHtml, lexicalToPlainText, renderLexical, safeHref } from '../../../site/lib/lexical'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const root = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
const link = (url: unknown, children: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'link', version: 3, fields: { url, ...extra }, children })

describe('renderLexical', () => {
  it('renders paragraphs, headings, lists and line breaks', () => {
    const html = renderLexical(
      root(
        { type: 'heading', tag: 'h2', children: [text('Wat ga je doen?')] },
        paragraph(text('Regel 1'), { type: 'linebreak' }, text('Regel 2')),
        { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('een')] }, { type: 'listitem', children: [text('twee')] }] },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('eerst')] }] },
      ),
    )
    expect(html).toBe(
      '<h2>Wat ga je doen?</h2><p>Regel 1<br>Regel 2</p><ul><li>een</li><li>twee</li></ul><ol><li>eerst</li></ol>',
    )
  })

  it('applies bold and italic format bits', () => {
    expect(renderLexical(root(paragraph(text('vet', 1), text('schuin', 2), text('beide', 3))))).toBe(
      '<p><strong>vet</strong><em>schuin</em><strong><em>beide</em></strong></p>',
    )
  })

  it('escapes text, so markup in content stays text', () => {
    const html = renderLexical(root(paragraph(text('<script>alert("x")</script> & \'quotes\''))))
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>')
    expect(html).not.toContain('<script')
  })

  it('keeps http, https and mailto links and escapes their address', () => {
    const html = renderLexical(
      root(
        paragraph(
          link('https://example.com/a?b=1&c="2"', [text('site')]),
          link('mailto:jobs@example.com', [text('mail')]),
          link('http://example.com', [text('nieuw tabblad')], { newTab: true }),
        ),
      ),
    )
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=%222%22">site</a>')
    expect(html).toContain('<a href="mailto:jobs@example.com">mail</a>')
    expect(html).toContain('<a href="http://example.com/" target="_blank" rel="noopener noreferrer">nieuw tabblad</a>')
  })

  it('drops links with other protocols but keeps their text', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative', '', 42, null]) {
      const html = renderLexical(root(paragraph(link(url, [text('klik')]))))
      expect(html).toBe('<p>klik</p>')
    }
  })

  it('renders the children of unknown nodes and ignores malformed input', () => {
    expect(renderLexical(root({ type: 'fancy-block', children: [paragraph(text('binnen'))] }))).toBe('<p>binnen</p>')
    expect(renderLexical(root(paragraph(text('a'), 'not a node', null, 5, { type: 'text' })))).toBe('<p>a</p>')
    expect(renderLexical(null)).toBe('')
    expect(renderLexical('<p>string</p>')).toBe('')
    expect(renderLexical({ root: { children: 'nope' } })).toBe('')
  })

  it('never produces an h1 or a tag from the heading field', () => {
    expect(renderLexical(root({ type: 'heading', tag: 'h1', children: [text('x')] }))).toBe('<h2>x</h2>')
    expect(renderLexical(root({ type: 'heading', tag: 'script', children: [text('x')] }))).toBe('<h2>x</h2>')
    expect(renderLexical(root({ type: 'heading', tag: 'h4', children: [text('x')] }))).toBe('<h4>x</h4>')
  })

  it('survives very deep nesting', () => {
    let node: Record<string, unknown> = text('diep')
    for (let i = 0; i < 10_000; i++) node = { type: 'unknown', children: [node] }
    expect(() => renderLexical(root(node))).not.toThrow()
  })
})

describe('helpers', () => {
  it('escapeHtml escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('safeHref accepts only absolute http(s) and mailto URLs', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com/')
    expect(safeHref('mailto:a@b.nl')).toBe('mailto:a@b.nl')
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('ftp://example.com')).toBeNull()
    expect(safeHref('//example.com')).toBeNull()
  })

  it('lexicalToPlainText joins blocks with spaces and truncates', () => {
    const value = root(paragraph(text('Eerste')), paragraph(text('tweede'), { type: 'linebreak' }, text('regel')))
    expect(lexicalToPlainText(value)).toBe('Eerste tweede regel')
    expect(lexicalToPlainText(value, 10)).toBe('Eerste tw…')
  })
})
