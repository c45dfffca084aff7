// Moves the inline scripts of Redocly's build-docs page into files of their own, so that the app's
// Content-Security-Policy (script-src falls back to default-src 'self') lets them run, and records the
// sha256 of the openapi.yaml the page was built from (ApiDocsTest compares it with the committed one).
//   node split.mjs <built page> <output dir> <openapi.yaml>
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [page, outDir, spec] = process.argv.slice(2);
const base = '/api/docs/';
let html = readFileSync(page, 'utf8');
const scripts = [];
// a <script> element of the page, not the "<script>" strings inside the bundle: those are escaped as <\/script>
html = html.replace(/<script( type="module")?>([\s\S]*?)<\/script>/g, (_, module, body) => {
  const name = module ? 'redoc.js' : body.includes('colorMode') ? 'color-mode.js' : `page-${scripts.length}.js`;
  scripts.push({ name, body: body.trim() + '\n' });
  return `<script${module ?? ''} src="${base}${name}"></script>`;
});
// the "API docs by" badge's logo comes from Redocly's CDN (the CSP would block it): an empty image, which the badge hides
for (const s of scripts) s.body = s.body.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/[\w.-]+\.svg/g, 'data:,');
// (the icon-set URLs left in the bundle serve only icons a spec opts into: apidocs.e2e.mjs checks nothing leaves the origin)
if (!scripts.some((s) => s.name === 'redoc.js')) throw new Error(`no module script in ${page}`);
if (/<script>|<script type="module">/.test(html)) throw new Error('an inline script is left');
if (/<(link|script)[^>]+(href|src)="(https?:)?\/\//.test(html)) throw new Error('the page loads something from another origin');
// Redoc's light-theme method badges, search placeholder and "Show n more" link miss WCAG AA contrast (4.5:1);
// darker shades, light mode only (the CSP allows inline styles). Overrides of the tag-* CSS variables of the Redoc in @redocly/cli 2.77.0.
const contrast = `<style id="cls-contrast">
  html:not(.dark) .tag-get, html:not(.dark) .tag-query, html:not(.dark) .tag-options { --tag-color: #0d6b3a !important; }
  html:not(.dark) .tag-post { --tag-color: #1a4fc4 !important; }
  html:not(.dark) .tag-put { --tag-color: #9a4f00 !important; }
  html:not(.dark) .tag-patch { --tag-color: #7a5a00 !important; }
  html:not(.dark) .tag-delete { --tag-color: #b00833 !important; }
  html:not(.dark) .tag-head { --tag-color: #5040b0 !important; }
  html:not(.dark) [data-testid="show-more-operations"] { color: #0b57d0 !important; }
  html:not(.dark) [data-testid="search-trigger"] span { color: #5f606b !important; }
</style>`;
if (!html.includes('</head>')) throw new Error('no </head> to put the contrast overrides before');
html = html.replace('</head>', `${contrast}\n</head>`);
const sha = createHash('sha256').update(readFileSync(spec)).digest('hex');
html = html.replace('<meta charset="utf8" />', `<meta charset="utf-8">\n  <meta name="openapi-sha256" content="${sha}">`);
if (!html.includes(sha)) throw new Error('no <meta charset> to put the sha256 after');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'index.html'), html);
for (const s of scripts) writeFileSync(join(outDir, s.name), s.body);
console.log(`${outDir}: index.html (${Math.round(html.length / 1024)} KiB), ${scripts.map((s) => s.name).join(', ')}; openapi.yaml sha256 ${sha}`);
