/**
 * A tiny, safe renderer for the Lexical JSON that Payload stores in rich-text fields.
 *
 * Safe by construction: every piece of text and every attribute value is escaped, the only tags
 * produced are the ones written below, and links keep only http(s) and mailto addresses.
 * Unknown node types render their children (so new editor features degrade to plain text) and
 * anything that is not a well-formed node renders nothing.
 */

// Lexical's text format bit flags.
export const FORMAT_BOLD = 1
export const FORMAT_ITALIC = 1 << 1
export const FORMAT_STRIKETHROUGH = 1 << 2
export const FORMAT_UNDERLINE = 1 << 3
export const FORMAT_CODE = 1 << 4

const MAX_DEPTH = 40
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

interface LexicalNode {
  type?: unknown
  children?: unknown
  [key: string]: unknown
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** The URL if it is an absolute http, https or mailto address; otherwise null. */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const value = raw.trim()
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null
}

/** Renders a rich-text field value (`{ root: {...} }`) or a bare root node to an HTML string. */
export function renderLexical(value: unknown): string {
  if (!isNode(value)) return ''
  const root = 'root' in value && isNode(value.root) ? value.root : value
  return renderChildren(root, 0)
}

/** Plain text of a rich-text value, e.g. for meta descriptions. */
export function lexicalToPlainText(value: unknown, maxLength = Infinity): string {
  if (!isNode(value)) return ''
  const root = 'root' in value && isNode(value.root) ? value.root : value
  const parts: string[] = []
  const walk = (node: LexicalNode, depth: number) => {
    if (depth > MAX_DEPTH) return
    if (node.type === 'text' && typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'linebreak') parts.push(' ')
    for (const child of childrenOf(node)) walk(child, depth + 1)
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem') parts.push(' ')
  }
  walk(root, 0)
  const text = parts.join('').replace(/\s+/g, ' ').trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text
}

function renderNode(node: LexicalNode, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const inner = renderChildren(node, depth)
      return inner ? `<p>${inner}</p>` : ''
    }
    case 'heading': {
      // The page has its own h1: headings in content start at h2.
      const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').replace(/^h/, '')) || 2))
      return `<h${level}>${renderChildren(node, depth)}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${renderChildren(node, depth)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${renderChildren(node, depth)}</${tag}>`
    }
    case 'listitem':
      return `<li>${renderChildren(node, depth)}</li>`
    case 'link':
    case 'autolink': {
      const fields = isNode(node.fields) ? node.fields : {}
      const href = safeHref(fields.url ?? node.url)
      const inner = renderChildren(node, depth)
      if (!href) return inner
      const newTab = fields.newTab === true || node.target === '_blank'
      const target = newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
      return `<a href="${escapeHtml(href)}"${target}>${inner}</a>`
    }
    default:
      // Unknown (or not-yet-supported) nodes: keep their text.
      return renderChildren(node, depth)
  }
}

function renderText(node: LexicalNode): string {
  if (typeof node.text !== 'string') return ''
  let html = escapeHtml(node.text)
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & FORMAT_CODE) html = `<code>${html}</code>`
  if (format & FORMAT_STRIKETHROUGH) html = `<s>${html}</s>`
  if (format & FORMAT_UNDERLINE) html = `<u>${html}</u>`
  if (format & FORMAT_ITALIC) html = `<em>${html}</em>`
  if (format & FORMAT_BOLD) html = `<strong>${html}</strong>`
  return html
}

function renderChildren(node: LexicalNode, depth: number): string {
  return childrenOf(node)
    .map((child) => renderNode(child, depth + 1))
    .join('')
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
