import type { FieldHook } from 'payload'

import { playbackFromManifest } from '../playback'

/** Readers (the site, the admin preview) get ready-to-use URLs instead of the worker's file layout. */
export const addPlaybackUrls: FieldHook = ({ data }) => (data?.id ? playbackFromManifest(data.id, data.renditions) : null)
