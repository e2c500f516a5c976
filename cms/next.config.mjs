import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The repo has one node_modules at its root; Next must resolve from there, not from cms/.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  // Native and ffmpeg-adjacent packages stay outside the bundle; they are loaded from node_modules at run time.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'fluent-ffmpeg', 'unpdf', 'mammoth'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
