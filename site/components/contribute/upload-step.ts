/**
 * Browser side of step 3: record (MediaRecorder) or pick a video, check it, and send it to the
 * CMS with tus. The file is read in 5 MB slices (never whole into memory); a dropped connection
 * or a page reload resumes from the last byte the server has (tus-js-client keeps the upload URL
 * in localStorage under a fingerprint of the file and this contribution).
 */
import { Upload, type DetailedError, type PreviousUpload } from 'tus-js-client'

import type { ClientConfig } from '../../lib/contribute'
import { readSession, writeSession, type StoredSession as Stored } from './session-store'
import { formatDuration } from '../../lib/duration-words'
import { progressText } from '../../lib/upload-progress'
import { isOverDurationLimit, readVideoDuration } from './video-duration'
import { looksLikeVideo, typeFromName } from './video-sniff'
type State = 'idle' | 'uploading' | 'paused' | 'error' | 'done'

const CHUNK_SIZE = 5 * 1024 * 1024
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000]

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

export function initUploadStep(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.config ?? '{}') as ClientConfig
  const m = config.messages
  const part = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`)
  const action = <T extends HTMLElement = HTMLButtonElement>(name: string) => root.querySelector<T>(`[data-action="${name}"]`)
  const show = (el: HTMLElement | null, visible = true) => {
    if (el) el.hidden = !visible
  }
  const bytes = (n: number) => {
    const nf = (v: number) => new Intl.NumberFormat(config.lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(v)
    return n >= 1024 ** 3 ? `${nf(n / 1024 ** 3)} GB` : `${nf(Math.max(0.1, n / 1024 ** 2))} MB`
  }

  const read = () => readSession(config.inviteKey)
  const write = (value: Stored) => writeSession(config.inviteKey, value)

  // Right after consent the session is in the page; keep it for a reload, and make the address
  // the upload step's own (a reload then is a plain GET, not a second consent post).
  const fromPage = root.dataset.session ? (JSON.parse(root.dataset.session) as Stored) : null
  const session: Stored | null = fromPage ?? read()
  if (fromPage) {
    write(fromPage)
    root.removeAttribute('data-session')
    if (root.dataset.uploadPath) history.replaceState(null, '', root.dataset.uploadPath)
  }
  part('session-check')?.remove()

  const heading = root.querySelector<HTMLElement>('#step-heading')
  if (!session) {
    show(part('video'), false)
    show(part('story'), false)
    show(part('session-missing'))
    return
  }
  if (heading) heading.textContent = (session.kind === 'story' ? heading.dataset.titleStory : heading.dataset.titleVideo) ?? heading.textContent

  const showDone = () => {
    show(part('step'), false)
    const done = part('done')
    show(done)
    const title = done?.querySelector<HTMLElement>('#done-title')
    if (title) {
      title.textContent = (session.kind === 'story' ? title.dataset.titleStory : title.dataset.titleVideo) ?? title.textContent
      title.focus()
    }
    const link = part<HTMLAnchorElement>('status-link')
    if (link) {
      link.href = session.statusPath
      link.textContent = new URL(session.statusPath, location.origin).href
    }
    const button = part<HTMLAnchorElement>('status-button')
    if (button) button.href = session.statusPath
  }

  if (session.done) {
    showDone()
    return
  }

  if (session.kind === 'story') {
    const upload = part<HTMLInputElement>('story-upload-token')
    const status = part<HTMLInputElement>('story-status-token')
    if (upload && !upload.value) upload.value = session.uploadToken
    if (status && !status.value) status.value = session.statusToken
    show(part('story'))
    return
  }

  show(part('video'))

  // A reload (or a crash of the tab) in the middle of an upload: say which file was on its way,
  // and let them pick it again; tus then carries on from the last byte the server has.
  const interrupted = part('interrupted')
  const setPending = (pending: Stored['pending']) => {
    session.pending = pending
    write(session)
  }
  if (session.pending && interrupted) {
    const p = session.pending
    const text = part('interrupted-text')
    if (text) text.textContent = fill(p.recorded ? m.interruptedRecorded : m.interrupted, { name: p.name, size: bytes(p.size) })
    show(part('interrupted-pick'), !p.recorded)
    show(interrupted)
  }
  const maxBytes = session.maxUploadBytes || config.maxUploadBytes || 0
  const maxSeconds = session.maxDurationSeconds || config.maxDurationSeconds || 0

  // ------------------------------------------------------------------------------------------
  // Checks before a single byte is sent

  const pickError = part('pick-error')
  const showPickError = (message: string) => {
    if (!pickError) return
    pickError.textContent = message
    show(pickError)
    pickError.focus()
  }

  async function problemWith(file: File): Promise<string | null> {
    if (file.size === 0) return m.empty
    if (maxBytes && file.size > maxBytes) return fill(m.tooBig, { size: bytes(file.size), max: bytes(maxBytes) })
    if (file.type && !file.type.startsWith('video/')) return m.notVideo
    if (!file.type && !typeFromName(file.name)) return m.notVideo
    // Only the first 16 bytes are read: enough to tell a video container from a renamed file.
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
    if (!looksLikeVideo(head)) return m.notVideo
    // The limit in the words of the brief ("maximaal 2 minuten"), the clip's length beside it.
    const seconds = maxSeconds ? await readVideoDuration(file) : null
    if (isOverDurationLimit(seconds, maxSeconds)) return fill(m.tooLong, { duration: formatDuration(seconds!, config.lang), max: formatDuration(maxSeconds, config.lang) })
    return null
  }

  async function begin(file: File, recorded = false): Promise<void> {
    show(pickError, false)
    const problem = await problemWith(file)
    if (problem) {
      showPickError(problem)
      return
    }
    await startUpload(file, recorded)
  }

  const pickers = [...root.querySelectorAll<HTMLInputElement>('input[type="file"][data-action="pick"]')]
  const picked = (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (file) void begin(file)
  }
  for (const input of pickers) input.addEventListener('change', () => picked(input))

  // ------------------------------------------------------------------------------------------
  // The upload

  let upload: Upload | null = null
  let state: State = 'idle'
  let resuming = false
  let lastAnnounced = -1
  const progress = part<HTMLProgressElement>('progress')
  const percentText = part('percent')
  const announce = part('announce')
  const amountText = part('amount')
  // The first progress event of this run: the rate (and so the time left) counts from there.
  let runStart: { sent: number; at: number } | null = null
  const stateText = part('upload-state')
  const uploadError = part('upload-error')
  const retryButton = action('retry')
  const chooseAnother = action('choose-another')

  const setState = (next: State, text = '') => {
    state = next
    root.dataset.uploadState = next
    if (stateText) stateText.textContent = text
    if (next === 'uploading') void keepAwake()
    else if (next !== 'paused') void letSleep()
  }

  // The screen stays on while sending: a phone that locks itself stops the upload in the
  // background. Where the Wake Lock API is missing, the upload simply works as before. The lock
  // is let go whenever the page is hidden, so it is taken again on return.
  let wakeLock: WakeLockSentinel | null = null
  async function keepAwake(): Promise<void> {
    if (wakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return
    try {
      wakeLock = await navigator.wakeLock.request('screen')
      root.dataset.wakeLock = 'on'
      wakeLock.addEventListener('release', () => {
        wakeLock = null
        root.dataset.wakeLock = 'off'
      })
    } catch {
      // Refused (battery saver, or not allowed here): nothing to tell; the upload goes on.
    }
  }
  async function letSleep(): Promise<void> {
    const lock = wakeLock
    wakeLock = null
    await lock?.release().catch(() => undefined)
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && (state === 'uploading' || state === 'paused')) void keepAwake()
  })

  // Leaving mid-upload (closing the tab, a link, the back button): the browser asks first.
  window.addEventListener('beforeunload', (event) => {
    if (state !== 'uploading' && state !== 'paused') return
    event.preventDefault()
    // Older browsers show (or at least need) a returnValue; modern ones show their own words.
    event.returnValue = m.leaveWarning
  })

  const setProgress = (sent: number, total: number) => {
    const pct = total > 0 ? Math.floor((sent / total) * 100) : 0
    if (progress) progress.value = pct
    if (percentText) percentText.textContent = `${pct}%`
    const now = performance.now()
    if (!runStart) runStart = { sent, at: now }
    if (amountText) amountText.textContent = progressText({ sent, total, startOffset: runStart.sent, elapsedMs: now - runStart.at }, config.lang)
    if (resuming && sent > 0) {
      resuming = false
      setState('uploading', fill(m.resumed, { percent: pct }))
    }
    // Announce in steps of 10%, politely, so a screen reader is not flooded.
    const step = Math.floor(pct / 10)
    if (announce && step !== lastAnnounced) {
      lastAnnounced = step
      announce.textContent = fill(m.percent, { percent: step * 10 })
    }
    if (pct >= 100 && state === 'uploading') setState('uploading', m.finishing)
  }

  const showUploadError = (message: string, options: { retry: boolean; another: boolean; restart?: boolean }) => {
    setState('error')
    show(part('restart'), Boolean(options.restart))
    if (uploadError) {
      uploadError.textContent = message
      show(uploadError)
      uploadError.focus()
    }
    show(retryButton, options.retry)
    show(chooseAnother, options.another)
  }

  const pause = () => setState('paused', m.paused)

  function failed(error: Error): void {
    if (!navigator.onLine) {
      pause()
      return
    }
    const response = (error as DetailedError).originalResponse
    if (!response) {
      showUploadError(m.networkError, { retry: true, another: false })
      return
    }
    const status = response.getStatus()
    let message = m.serverError
    try {
      const body = JSON.parse(response.getBody() ?? '') as { error?: unknown }
      if (typeof body.error === 'string' && body.error) message = body.error
    } catch {
      // Not JSON: keep the general sentence.
    }
    if (status === 403) {
      // The session is over (expired, withdrawn or already used): start again from the invite.
      showUploadError(message, { retry: false, another: false, restart: true })
      return
    }
    showUploadError(message, { retry: status >= 500 || status === 409 || status === 423 || status === 429, another: status < 500 })
  }

  function finished(): void {
    setState('done')
    if (session) {
      session.done = true
      session.pending = null
      // The upload token is spent; keep only what the confirmation needs.
      write({ ...session, uploadToken: '' })
    }
    showDone()
  }

  async function startUpload(file: File, recorded = false): Promise<void> {
    if (!session) return
    setPending({ name: file.name, size: file.size, recorded })
    show(interrupted, false)
    runStart = null
    show(part('chooser'), false)
    show(part('uploading'))
    show(uploadError, false)
    show(retryButton, false)
    show(chooseAnother, false)
    const name = part('file')
    if (name) name.textContent = fill(m.uploadingFile, { name: file.name, size: bytes(file.size) })
    lastAnnounced = -1
    setProgress(0, file.size)
    part('uploading')?.querySelector<HTMLElement>('#uploading-title')?.focus()

    const title = root.querySelector<HTMLInputElement>('#videoTitle')?.value.trim() ?? ''
    // No token in the metadata: the CMS answers metadata to anyone's HEAD and stores it in plain
    // text. The upload token goes in a header of every request instead (the CMS checks it on each).
    const metadata: Record<string, string> = {
      filename: file.name,
      filetype: file.type || typeFromName(file.name) || 'video/mp4',
      locale: session.locale,
    }
    if (title) metadata.title = title.slice(0, 140)
    const contributionId = session.contributionId

    upload = new Upload(file, {
      endpoint: config.tusEndpoint,
      chunkSize: CHUNK_SIZE,
      retryDelays: RETRY_DELAYS,
      metadata,
      headers: { 'X-Upload-Token': session.uploadToken },
      // Resume only uploads of this contribution: the same file sent for another one starts fresh.
      fingerprint: async (f: File | Blob, options) => {
        const file = f as File
        return ['werkvloer', contributionId, file.name, file.type, file.size, file.lastModified, options.endpoint].join('-')
      },
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: setProgress,
      onSuccess: finished,
      onError: failed,
    })
    const previous = await upload.findPreviousUploads()
    const latest = previous.sort((a: PreviousUpload, b: PreviousUpload) => String(b.creationTime).localeCompare(String(a.creationTime)))[0]
    if (latest) {
      resuming = true
      upload.resumeFromPreviousUpload(latest)
    }
    setState('uploading', '')
    if (!navigator.onLine) {
      pause()
      return
    }
    upload.start()
  }

  const resume = () => {
    if (!upload) return
    runStart = null
    show(uploadError, false)
    show(retryButton, false)
    show(chooseAnother, false)
    resuming = true
    setState('uploading', '')
    upload.start()
  }

  window.addEventListener('offline', () => {
    if (state !== 'uploading' || !upload) return
    void upload.abort()
    pause()
  })
  window.addEventListener('online', () => {
    if (state === 'paused') resume()
  })
  retryButton?.addEventListener('click', resume)
  chooseAnother?.addEventListener('click', () => {
    if (upload) void upload.abort()
    upload = null
    setPending(null)
    setState('idle')
    show(part('uploading'), false)
    show(part('chooser'))
    root.querySelector<HTMLElement>('#video-gallery')?.focus()
  })

  // ------------------------------------------------------------------------------------------
  // Recording in the browser

  setupRecorder({ root, part, action, show, messages: m, maxSeconds, onRecorded: (file) => void begin(file, true) })

  // A file chosen before this script ran (slow connection, or restored by the back button).
  const early = pickers.find((input) => (input.files?.length ?? 0) > 0)
  if (early) picked(early)
}

interface RecorderContext {
  root: HTMLElement
  part: <T extends HTMLElement = HTMLElement>(name: string) => T | null
  action: <T extends HTMLElement = HTMLButtonElement>(name: string) => T | null
  show: (el: HTMLElement | null, visible?: boolean) => void
  messages: ClientConfig['messages']
  maxSeconds: number
  onRecorded: (file: File) => void
}

/** MIME types in order of preference; Safari records MP4, the others WebM. */
const RECORDING_TYPES = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4;codecs=avc1,mp4a', 'video/mp4']

function setupRecorder({ part, action, show, messages: m, maxSeconds, onRecorded }: RecorderContext): void {
  const option = part('recorder-option')
  const supported = typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia) && window.isSecureContext
  if (!option || !supported) return
  show(option)

  const recorderBox = part('recorder')
  const live = part<HTMLVideoElement>('live')
  const playback = part<HTMLVideoElement>('playback')
  const timer = part('timer')
  const timerText = part('timer-text')
  const status = part('record-status')
  const buttons = {
    on: action('camera-on'),
    off: action('camera-off'),
    start: action('record-start'),
    stop: action('record-stop'),
    use: action('record-use'),
    retake: action('record-retake'),
  }
  let stream: MediaStream | null = null
  let recorder: MediaRecorder | null = null
  let chunks: Blob[] = []
  let ticker: number | undefined
  let startedAt = 0
  let recorded: File | null = null
  let previewUrl: string | null = null
  let discard = false

  const say = (text: string) => {
    if (status) status.textContent = text
  }
  const stopStream = () => {
    stream?.getTracks().forEach((t) => t.stop())
    stream = null
    if (live) live.srcObject = null
  }
  const clearPreview = () => {
    if (previewUrl) URL.revokeObjectURL(previewUrl)
    previewUrl = null
    recorded = null
    if (playback) playback.removeAttribute('src')
  }
  // The prompts, one at a time, stay on screen while filming ("Vraag 2 van 3").
  const promptBox = part('prompt')
  const prompts = promptBox?.dataset.prompts ? (JSON.parse(promptBox.dataset.prompts) as string[]) : []
  let promptIndex = 0
  const promptText = part('prompt-text')
  const promptCount = part('prompt-count')
  const prevPrompt = action('prompt-prev')
  const nextPrompt = action('prompt-next')
  const showPrompt = (index: number) => {
    promptIndex = Math.max(0, Math.min(prompts.length - 1, index))
    if (promptText) promptText.textContent = prompts[promptIndex] ?? ''
    if (promptCount) promptCount.textContent = m.promptOf.replace('{n}', String(promptIndex + 1)).replace('{total}', String(prompts.length))
    if (prevPrompt) prevPrompt.disabled = promptIndex === 0
    if (nextPrompt) nextPrompt.disabled = promptIndex >= prompts.length - 1
  }
  prevPrompt?.addEventListener('click', () => showPrompt(promptIndex - 1))
  nextPrompt?.addEventListener('click', () => showPrompt(promptIndex + 1))
  showPrompt(0)

  const mode = (name: 'off' | 'ready' | 'recording' | 'review') => {
    // A focused recording mode: the recorder fills the screen and the site header and footer
    // step out of the way (no sticky header over the timer, nothing to wander off to).
    const root = document.documentElement
    if (name === 'off') delete root.dataset.recorder
    else root.dataset.recorder = name
    show(recorderBox, name !== 'off')
    show(buttons.on, name === 'off')
    show(live, name === 'ready' || name === 'recording')
    show(playback, name === 'review')
    show(timer, name === 'recording')
    show(buttons.start, name === 'ready')
    show(buttons.stop, name === 'recording')
    show(buttons.use, name === 'review')
    show(buttons.retake, name === 'review')
    show(buttons.off, name !== 'off' && name !== 'recording')
  }

  async function cameraOn(): Promise<void> {
    clearPreview()
    say('')
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'user', width: { ideal: 720 }, height: { ideal: 1280 }, aspectRatio: { ideal: 9 / 16 } },
        audio: true,
      })
    } catch {
      say(m.cameraDenied)
      mode('off')
      return
    }
    if (live) {
      live.srcObject = stream
      void live.play().catch(() => undefined)
    }
    mode('ready')
    buttons.start?.focus()
  }

  function startRecording(): void {
    if (!stream) return
    const mimeType = RECORDING_TYPES.find((t) => MediaRecorder.isTypeSupported(t))
    try {
      recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined)
    } catch {
      say(m.recordUnsupported)
      return
    }
    chunks = []
    discard = false
    recorder.addEventListener('dataavailable', (e) => {
      if (e.data.size > 0) chunks.push(e.data)
    })
    recorder.addEventListener('stop', finishRecording)
    recorder.start(1000)
    startedAt = performance.now()
    showPrompt(0)
    mode('recording')
    buttons.stop?.focus()
    const tick = () => {
      const elapsed = (performance.now() - startedAt) / 1000
      if (timerText) timerText.textContent = m.timer.replace('{elapsed}', clock(elapsed)).replace('{max}', clock(maxSeconds))
      if (maxSeconds && elapsed >= maxSeconds) {
        say(m.recordMaxReached)
        stopRecording()
      }
    }
    tick()
    ticker = window.setInterval(tick, 250)
  }

  function stopRecording(): void {
    window.clearInterval(ticker)
    if (recorder && recorder.state !== 'inactive') recorder.stop()
  }

  function finishRecording(): void {
    if (discard) {
      chunks = []
      return
    }
    const type = (recorder?.mimeType || 'video/webm').split(';')[0] ?? 'video/webm'
    const seconds = (performance.now() - startedAt) / 1000
    const blob = new Blob(chunks, { type })
    chunks = []
    stopStream()
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
    recorded = new File([blob], `opname-${stamp}.${type.includes('mp4') ? 'mp4' : 'webm'}`, { type, lastModified: Date.now() })
    previewUrl = URL.createObjectURL(blob)
    if (playback) playback.src = previewUrl
    mode('review')
    if (!status?.textContent) say(m.recordReady.replace('{duration}', clock(seconds)))
    else say(`${status.textContent} ${m.recordReady.replace('{duration}', clock(seconds))}`)
    buttons.use?.focus()
  }

  buttons.on?.addEventListener('click', () => void cameraOn())
  buttons.start?.addEventListener('click', startRecording)
  buttons.stop?.addEventListener('click', stopRecording)
  buttons.retake?.addEventListener('click', () => void cameraOn())
  buttons.off?.addEventListener('click', () => {
    discard = true
    stopRecording()
    stopStream()
    clearPreview()
    say('')
    mode('off')
    buttons.on?.focus()
  })
  buttons.use?.addEventListener('click', () => {
    if (!recorded) return
    const file = recorded
    if (playback) playback.pause()
    clearPreview()
    say('')
    mode('off')
    onRecorded(file)
  })
  window.addEventListener('pagehide', stopStream)
}
