import fs from 'node:fs'
import path from 'node:path'

/** Build output and installed packages: not our sources, and a build may be writing them right now. */
const NOT_SOURCES = new Set(['node_modules', '.next', 'dist', '.astro', 'data'])

/**
 * The project's own source files under `folder` whose name matches `pattern`. Prunes build output
 * before descending: `npm test` builds the CMS and the site while these tests read the tree.
 */
export function sourceFiles(folder: string, pattern: RegExp): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!NOT_SOURCES.has(entry.name)) walk(path.join(dir, entry.name))
      } else if (entry.isFile() && pattern.test(entry.name)) found.push(path.join(dir, entry.name))
    }
  }
  walk(folder)
  return found
}
