import { describe, expect, it } from 'vitest'

import { selectDatabase } from '../../../cms/database/selectDatabase'

describe('selectDatabase', () => {
  it('uses the embedded SQLite demo database under the data folder when DATABASE_URI is unset', () => {
    expect(selectDatabase(undefined, '/srv/wv/data', '/srv/wv')).toEqual({ kind: 'sqlite', url: 'file:/srv/wv/data/werkvloer.db', file: '/srv/wv/data/werkvloer.db', isDemo: true })
    expect(selectDatabase('  ', '/srv/wv/data', '/srv/wv').kind).toBe('sqlite')
  })

  it('resolves a relative file: path against the repository root', () => {
    expect(selectDatabase('file:./db/x.db', '/srv/wv/data', '/srv/wv')).toMatchObject({ kind: 'sqlite', file: '/srv/wv/db/x.db' })
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv:// and never seeds it', () => {
    expect(selectDatabase('mongodb://db:27017/werkvloer', '/d', '/r')).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/werkvloer', isDemo: false })
    expect(selectDatabase('mongodb+srv://cluster.example/wv', '/d', '/r').kind).toBe('mongodb')
  })

  it('refuses anything else with a message that says what is accepted', () => {
    expect(() => selectDatabase('postgres://localhost/wv', '/d', '/r')).toThrow(/must start with file:, mongodb:\/\/ or mongodb\+srv:\/\/ \(got "postgres:…"\)/)
    expect(() => selectDatabase('file:', '/d', '/r')).toThrow(/needs a path/)
  })
})
