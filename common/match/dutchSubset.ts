/**
 * The product's own Dutch labels for the demo's job families (see nl-subset.json), imported as a
 * module so every runtime (tsx, Next's bundler, vitest) finds it without a path at run time.
 */
import data from './nl-subset.json' with { type: 'json' }
import type { DutchSubset } from './taxonomy'

export const dutchSubset = data as DutchSubset
