// @ts-check
import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// The career site. It renders on the server on every request (vacancies open and close, videos
// get published and withdrawn), reads the CMS over HTTP and never touches the database.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // React is available for islands that need real interaction; the walking skeleton needs none.
  integrations: [react()],
  server: { port: Number(process.env.SITE_PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  // Astro refuses cross-site form posts (the apply form) by checking Origin.
  security: { checkOrigin: true },
  build: {
    // External files only: the Content-Security-Policy set in site/middleware.ts allows no inline
    // script or style.
    inlineStylesheets: 'never',
  },
  // …and the same for scripts (Astro inlines small ones below Vite's assetsInlineLimit).
  vite: {
    build: { assetsInlineLimit: 0 },
    // The dev server lives at the repo root: do not watch the CMS build, media or test output.
    server: { watch: { ignored: ['**/cms/**', '**/media-worker/**', '**/data/**', '**/test-results/**', '**/test/**'] } },
  },
  devToolbar: { enabled: false },
})
