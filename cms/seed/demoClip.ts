import { spawn } from 'node:child_process'

import { ffmpegPath } from '../../media-worker/ffmpegPath'

/**
 * Generates a short portrait "phone" clip with a voice-like tone, so the demo's employee videos
 * go through the real worker without shipping binaries in git.
 */
export async function generateDemoClip(outFile: string, opts: { seconds: number; hue: number; label: string }): Promise<void> {
  const ffmpeg = ffmpegPath()
  const c0 = hsl(opts.hue, 0.55, 0.35)
  const c1 = hsl((opts.hue + 40) % 360, 0.6, 0.55)
  const video = `gradients=s=540x960:c0=${c0}:c1=${c1}:x0=0:y0=0:x1=540:y1=960:speed=0.015:d=${opts.seconds}:r=30,format=yuv420p`
  const withText = `${video},drawtext=text='${opts.label.replace(/[':\\]/g, '')}':fontcolor=white:fontsize=26:x=(w-tw)/2:y=h*0.72:box=1:boxcolor=black@0.35:boxborderw=18`
  // A tone with a slow tremolo stands in for a voice; loudness normalisation has something to do.
  const audio = `sine=frequency=${180 + opts.hue}:sample_rate=48000:duration=${opts.seconds},tremolo=f=3:d=0.6,volume=0.4`
  const args = (filter: string) => ['-y', '-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', filter, '-f', 'lavfi', '-i', audio, '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-c:a', 'aac', '-b:a', '128k', '-shortest', '-movflags', '+faststart', outFile]
  try {
    await run(ffmpeg, args(withText))
  } catch {
    // drawtext needs a font through fontconfig; without one the clip is still a fine demo.
    await run(ffmpeg, args(video))
  }
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`))))
  })
}

function hsl(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))))
  return `0x${[f(0), f(8), f(4)].map((v) => v.toString(16).padStart(2, '0')).join('')}`
}
