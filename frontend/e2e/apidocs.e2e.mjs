// End-to-end: the API reference at /api/docs (public, no login) renders in Chromium under the app's CSP,
// loads nothing from another origin, and has no serious/critical axe finding.
//   APP_URL=http://localhost:8089 node frontend/e2e/apidocs.e2e.mjs
import { APP_URL, assert, axeStep, checkA11y, newUserPage, run, step } from './lib.mjs'

await run('API reference /api/docs', async () => {
  let page
  const foreign = []
  const blocked = []

  await step('apidocs-render', async () => {
    page = await newUserPage('anonymous')
    page.on('request', (r) => {
      if (!r.url().startsWith(APP_URL + '/') && !r.url().startsWith('data:')) foreign.push(r.url())
    })
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => (window.__cspBlocked ??= []).push(`${e.violatedDirective} ${e.blockedURI}`)),
    )
    await page.goto(APP_URL + '/api/docs')
    assert(new URL(page.url()).pathname === '/api/docs/', `landed on ${page.url()}`)
    await page.locator('h1', { hasText: 'CLS platform API (1.0.0)' }).waitFor()
    // hydrated (the script ran despite the CSP): the tags and their operations are listed
    await page.locator('h2', { hasText: 'ARS pull' }).waitFor()
    await page.getByText('/api/v1/ars/contracts', { exact: true }).first().waitFor()
    blocked.push(...((await page.evaluate(() => window.__cspBlocked)) ?? []))
    // the search index probes for Worker support with Function() (script-src 'unsafe-eval' absent) and falls back
    const unexpected = blocked.filter((b) => b !== 'script-src eval')
    assert(unexpected.length === 0, `CSP blocked: ${unexpected.join(', ')}`)
    assert(foreign.length === 0, `requests to another origin: ${foreign.join(', ')}`)
    await checkA11y(page, 'API reference')
  })

  await axeStep()
})
