/**
 * Moving the talent base to the index of a new engine (other company terms) in small steps: the
 * profiles are kept as they are (they are rebuilt from their texts afterwards), so this is memory
 * work only. Used by the CMS (cms/match/talentBase.ts) and the latency benchmark.
 */
import type { TalentIndex } from './rank'
import { STEP, type Steps } from './stepwise'

export function* moveProfiles(from: TalentIndex, to: TalentIndex): Steps {
  let n = 0
  for (const id of from.ids()) {
    const profile = from.get(id)
    if (profile) to.upsert(profile)
    if (++n % STEP === 0) yield
  }
}
