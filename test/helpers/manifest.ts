/** A complete rendition manifest for a tiny portrait clip, as the worker writes it (no files behind it). */
export function fakeManifest(folder = 'r-test') {
  return {
    version: 1,
    folder,
    durationSeconds: 1,
    width: 180,
    height: 320,
    hasAudio: true,
    hls: { master: 'hls/master.m3u8', rungs: [] },
    mp4: { path: 'video.mp4', width: 180, height: 320, bytes: 1 },
    posters: [{ format: 'jpeg', width: 180, height: 320, path: 'poster-180.jpg' }],
    createdAt: new Date().toISOString(),
  }
}
