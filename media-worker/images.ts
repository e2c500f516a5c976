/**
 * Posters and the share image from one extracted PNG frame. sharp drops EXIF/XMP/ICC by default
 * (we never call keepMetadata/withMetadata), and the frame comes from ffmpeg without any anyway.
 */
import sharp from 'sharp'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImageFormat, PosterImage } from '../common/manifest.js'
import { LAYOUT } from './commands.js'

export type { PosterImage }

export const SHARE_SIZE = { width: 1200, height: 630 } as const

// A worker handles a different file every job, so libvips' operation cache only holds memory.
sharp.cache(false)

// AVIF effort 2 (measured on a 1080×1920 frame, sharp 0.35): effort 3 took 0.54 CPU s at 1080 wide
// and 1.0 s for the three widths, effort 2 0.35 and 0.59 s, for 13 % more bytes (16.7 vs 14.8 KB
// at 1080, still a quarter smaller than the WebP). AVIF is the slowest of the three formats, so it
// decides how long the posters stage takes.
type SharpImage = ReturnType<typeof sharp>

const ENCODERS: Record<ImageFormat, (img: SharpImage) => SharpImage> = {
  avif: (img) => img.avif({ quality: 55, effort: 2 }),
  webp: (img) => img.webp({ quality: 78, effort: 4 }),
  jpeg: (img) => img.jpeg({ quality: 80, mozjpeg: true, progressive: true }),
}

export const POSTER_FORMATS: readonly ImageFormat[] = ['avif', 'webp', 'jpeg']

/** Every format at every width; widths above the frame are skipped (plan already caps them). */
export async function writePosters(
  framePath: string,
  dir: string,
  widths: readonly number[],
  pathFor: (width: number, ext: string) => string = LAYOUT.poster,
): Promise<PosterImage[]> {
  const meta = await sharp(framePath).metadata()
  const frameW = meta.width ?? 0
  const frameH = meta.height ?? 0
  const out: PosterImage[] = []
  // One width at a time (its three formats side by side): nine pipelines at once each hold a
  // decoded 1080p frame and an encoder, which pushed the worker's RSS past 400 MB.
  for (const width of widths.filter((w) => w <= frameW)) {
    const height = Math.round((frameH * width) / frameW)
    const images = POSTER_FORMATS.map((format) => ({ format, width, height, path: pathFor(width, format === 'jpeg' ? 'jpg' : format) }))
    await Promise.all(images.map((img) => ENCODERS[img.format](sharp(framePath).resize({ width, height, fit: 'fill', withoutEnlargement: true })).toFile(join(dir, img.path))))
    out.push(...images)
  }
  return out
}

/**
 * 1200×630 for link previews. Wide frames are cropped to fill. Anything narrower (portrait,
 * square, 4:3) would lose heads to a crop, so the whole frame sits centred on a blurred,
 * darkened enlargement of itself, the way phones show portrait video in a landscape slot.
 */
export async function writeShareImage(framePath: string, dir: string, path: string = LAYOUT.share): Promise<{ path: string; width: number; height: number }> {
  const { width: W, height: H } = SHARE_SIZE
  const meta = await sharp(framePath).metadata()
  const aspect = (meta.width ?? 1) / (meta.height ?? 1)
  const target = join(dir, path)
  if (aspect >= 1.6) {
    await sharp(framePath).resize(W, H, { fit: 'cover', position: 'attention' }).jpeg({ quality: 82, mozjpeg: true }).toFile(target)
  } else {
    const background = await sharp(framePath)
      .resize(W, H, { fit: 'cover' })
      .blur(24)
      .modulate({ brightness: 0.55 })
      .toBuffer()
    const foreground = await sharp(framePath).resize({ height: H, width: W, fit: 'inside' }).toBuffer()
    await sharp(background)
      .composite([{ input: foreground, gravity: 'center' }])
      .jpeg({ quality: 82, mozjpeg: true })
      .toFile(target)
  }
  return { path, ...SHARE_SIZE }
}

/**
 * Everything made from one extracted frame (posters in every format and width, the share image),
 * then the frame itself deleted: it is a hand-over file, never published. `paths` places them
 * (the main poster's folder by default, a hook-test variant's own folder otherwise).
 */
export async function imagesFromFrame(
  framePath: string,
  dir: string,
  widths: readonly number[],
  paths: { poster: (width: number, ext: string) => string; share: string } = { poster: LAYOUT.poster, share: LAYOUT.share },
): Promise<{ posters: PosterImage[]; shareImage: { path: string; width: number; height: number } }> {
  const posters = await writePosters(framePath, dir, widths, paths.poster)
  const shareImage = await writeShareImage(framePath, dir, paths.share)
  await rm(framePath)
  return { posters, shareImage }
}
