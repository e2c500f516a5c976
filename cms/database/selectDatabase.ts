import path from 'node:path'

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; file: string; isDemo: true }
  | { kind: 'mongodb'; url: string; isDemo: false }

/**
 * The embedded SQLite database is the demo/evaluation setup (demo users and content may be seeded
 * into it); MongoDB is production, where nothing is seeded and the first admin is made in the UI.
 *
 * DATABASE_URI decides the adapter. Unset means the embedded demo database under dataDir;
 * `file:` means SQLite at that path; `mongodb://` and `mongodb+srv://` mean MongoDB.
 * Anything else is refused: guessing would silently write data somewhere unexpected.
 */
export function selectDatabase(databaseUri: string | undefined, dataDir: string, baseDir: string): DatabaseChoice {
  const uri = databaseUri?.trim()
  if (!uri) {
    const file = path.join(dataDir, 'werkvloer.db')
    return { kind: 'sqlite', url: `file:${file}`, file, isDemo: true }
  }
  if (uri.startsWith('file:')) {
    const raw = uri.slice('file:'.length)
    if (!raw) throw new Error('DATABASE_URI "file:" needs a path, for example file:./data/werkvloer.db')
    const file = path.resolve(baseDir, raw)
    return { kind: 'sqlite', url: `file:${file}`, file, isDemo: true }
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: uri, isDemo: false }
  }
  throw new Error(
    `DATABASE_URI must start with file:, mongodb:// or mongodb+srv:// (got "${uri.split(':')[0]}:…"). ` +
      'Leave it unset to use the embedded SQLite demo database.',
  )
}
