import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseProbe, type MediaInfo, type ProbeJson } from '../../../media-worker/probe'

export const probeFixture = (name: string): ProbeJson => JSON.parse(readFileSync(join(import.meta.dirname, 'probe-fixtures', `${name}.json`), 'utf8')) as ProbeJson
export const info = (name: string): MediaInfo => parseProbe(probeFixture(name))
