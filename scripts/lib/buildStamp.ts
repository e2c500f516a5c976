import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SKIP = new Set(['node_modules', '.next', 'dist', 'data', '.astro', '.git'])

function* walk(entry: string): Generator<string> {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isFile()) {
    yield entry
    return
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (SKIP.has(name)) continue
    yield* walk(path.join(entry, name))
  }
}

/** A hash of the inputs of a build: unchanged inputs mean the previous build can be reused. */
export function hashInputs(root: string, inputs: string[]): string {
  const hash = crypto.createHash('sha256')
  for (const input of inputs) {
    for (const file of walk(path.join(root, input))) {
      hash.update(path.relative(root, file))
      hash.update(fs.readFileSync(file))
    }
  }
  return hash.digest('hex')
}

export function isBuildCurrent(stampFile: string, hash: string): boolean {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8').trim() === hash
}

export function writeStamp(stampFile: string, hash: string): void {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, hash + '\n')
}
