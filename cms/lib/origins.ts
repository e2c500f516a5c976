/** The site and the CMS itself may call the API from a browser; nobody else. */
export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const cmsPort = env.CMS_PORT ?? '3000'
  const sitePort = env.SITE_PORT ?? '4321'
  const configured = [env.CMS_PUBLIC_URL, env.SITE_PUBLIC_URL].filter((v): v is string => Boolean(v))
  const local = [`http://localhost:${cmsPort}`, `http://127.0.0.1:${cmsPort}`, `http://localhost:${sitePort}`, `http://127.0.0.1:${sitePort}`]
  return [...new Set([...configured.map((u) => u.replace(/\/$/, '')), ...local])]
}
