/** Builds Lexical rich-text JSON for demo content, so seeded text looks like what editors write. */
type Node = Record<string, unknown>

const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: Node[], extra: Node = {}): Node => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })

export type Block = string | { h: string } | { list: string[] }

export function richText(blocks: Block[]): { root: Node } {
  const children = blocks.map((b) => {
    if (typeof b === 'string') return block('paragraph', [text(b)], { textFormat: 0, textStyle: '' })
    if ('h' in b) return block('heading', [text(b.h)], { tag: 'h2' })
    return block(
      'list',
      b.list.map((item, i) => block('listitem', [text(item)], { value: i + 1 })),
      { listType: 'bullet', start: 1, tag: 'ul' },
    )
  })
  return { root: block('root', children) as Node & { type: 'root' } } as { root: Node }
}
