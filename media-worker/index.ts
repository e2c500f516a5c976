/**
 * What the queue worker (and the CMS) use from the media pipeline.
 *
 *   try { const manifest = await transcodeFile(src, out, { trimStart, posterTime, signal }, onProgress) }
 *   catch (err) { isRetryable(err) ? retryLater(err) : markRejected(err.message) }
 */
export { transcodeFile, type TranscodeOptions, type TranscodeProgress, type TranscodeStage, type ProgressListener } from './transcode.js'
export {
  MediaRejection,
  TranscodeError,
  isRetryable,
  isRejection,
  failureSentence,
  DEFAULT_LIMITS,
  type RejectionCode,
  type TranscodeFailureCode,
  type Limits,
} from './rejections.js'
export { FfmpegMissingError, ffmpegPath, ffprobePath } from './ffmpegPath.js'
export { probeFile, parseProbe, type MediaInfo } from './probe.js'
export { planRenditions, type RenditionPlan, type PlanOptions } from './plan.js'
export { makeVariantPosters, unusedVariantFolders, type VariantPosterJob } from './variantPosters.js'
export { isRenditionManifest, type RenditionManifest } from '../common/manifest.js'
