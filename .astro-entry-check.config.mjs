// Temporary (entry-points engineer): builds the site into /tmp so a check build never touches dist/.
import base from './astro.config.mjs'
export default { ...base, outDir: '/tmp/wv-entry/dist', cacheDir: '/tmp/wv-entry/cache' }
