/** A vacancy as plain text for extraction: title, summary and the rich-text body (Lexical JSON). */
const MAX_DEPTH = 40

function lexicalText(node: unknown, depth = 0, out: string[] = []): string[] {
  if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return out
  const n = node as { type?: unknown; text?: unknown; children?: unknown; root?: unknown }
  if (n.root) return lexicalText(n.root, depth + 1, out)
  if (typeof n.text === 'string') out.push(n.text)
  if (Array.isArray(n.children)) {
    for (const child of n.children) lexicalText(child, depth + 1, out)
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listitem') out.push('\n')
  }
  return out
}

export function vacancyPlainText(vacancy: { title?: string | null; summary?: string | null; description?: unknown }): string {
  return [vacancy.summary ?? '', lexicalText(vacancy.description).join(' ')].filter(Boolean).join('\n\n')
}
