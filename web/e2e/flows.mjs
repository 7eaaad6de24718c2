// End-to-end flows of the web UI in a real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; no browser download). Run by search-api's BrowserFlowsTest against a live app with
// seeded documents, or by hand:
//   BASE_URL=http://localhost:8083 ARCHIVIST_PASSWORD=… VIEWER_PASSWORD=… ADMIN_PASSWORD=… AUDITOR_PASSWORD=… \
//   UPLOAD_FILE=scan.jpg node web/e2e/flows.mjs
// Screenshots of every page go to web/target/e2e-screenshots/ (or SCREENSHOTS). Exit code 0 = all passed.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = (name, fallback) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`set ${name}`);
  return v;
};
const BASE = env('BASE_URL').replace(/\/$/, '');
const SHOTS = resolve(env('SCREENSHOTS', join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e-screenshots')));
// What the seeded documents say (BrowserFlowsTest seeds them; defaults match its scans).
const SEARCH_NAME = env('SEARCH_NAME', '宁波海曙星辰贸易');
const MULTIPAGE_TITLE = env('MULTIPAGE_TITLE', '宁波海曙星辰贸易有限公司');
const MASKED_NAME = env('MASKED_NAME', '杭州西湖精密机械有限公司');
const MASKED_MOBILE = env('MASKED_MOBILE', '13805712233');
const REVIEW_ARCHIVE_NO = env('REVIEW_ARCHIVE_NO', 'KH-2025-000888');
const REVIEW_NEW_NAME = env('REVIEW_NEW_NAME', '南京玄武晨星贸易有限公司');
const UPLOAD_FILE = process.env.UPLOAD_FILE;
const UPLOAD_NAME = env('UPLOAD_NAME', '苏州晨光电子');
const TIMEOUT = 15_000;

mkdirSync(SHOTS, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // Without the background-networking flags Chromium keeps calling Google services, which this closed
  // network answers with timeouts. Playwright gives each launch a fresh, temporary --user-data-dir.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
});

const results = [];
let failed = 0;
async function flow(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    console.log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.stack ?? e}`);
    results.push(`FAIL ${name}`);
  }
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** A logged-in page at 1366×768 (or the given viewport), with console errors and CSP reports collected. */
async function login(user, password, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && !/401|403|404|409/.test(m.text()) && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${BASE}/`);
  await page.waitForURL(/login\.html/);
  await page.fill('#username', user);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.includes('login')), page.click('#login-button')]);
  await page.waitForSelector('[data-test=who]', { state: 'attached' });
  return page;
}
async function shot(page, name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  // Scans are rendered on the server on first view: wait for the pictures, not only the page.
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 30_000 }).catch(() => {});
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}
async function total(page) {
  // The shown result answers the query in the URL (not the one before it) and nothing is loading.
  await page.waitForFunction(() => {
    const results = document.querySelector('.results');
    const asked = new URLSearchParams(location.hash.split('?')[1] ?? '').toString();
    return results && results.dataset.key === asked && results.getAttribute('aria-busy') === 'false';
  });
  return (await page.textContent('[data-test=total]')).trim();
}
async function counts(page) {
  return page.$$eval('[data-test^=count-]', (els) => els.map((e) => `${e.dataset.test}=${e.textContent}`).join(','));
}
async function search(page, q) {
  await page.fill('[data-test=q]', q);
  await page.press('[data-test=q]', 'Enter');
  await page.waitForFunction((q) => decodeURIComponent(location.hash).includes(q), q);
  await total(page);
}
/** Waits until an upload row shows a final outcome and returns it. */
async function finalPhase(page, row) {
  await page.waitForFunction((el) => ['INDEXED', 'NEEDS_REVIEW', 'FAILED', 'REJECTED', 'DUPLICATE'].includes(el.dataset.phase),
    await row.elementHandle(), { timeout: 120_000 });
  return row.getAttribute('data-phase');
}
function clean(page) {
  check(page.errors.length === 0, `browser errors: ${page.errors.join(' | ')}`);
}

const t0 = Date.now();
const archivistPassword = env('ARCHIVIST_PASSWORD');

await flow('login page renders and rejects a wrong password', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/login.html`);
  await shot(page, '01-login');
  await page.fill('#username', 'archivist');
  await page.fill('#password', 'not-the-password');
  await Promise.all([page.waitForURL(/login\.html\?error/), page.click('#login-button')]);
  check((await page.textContent('#login-message')).includes('登录失败'), 'no login error message');
  await context.close();
});

let archivist;
await flow('archivist logs in and searches a Chinese name with completion', async () => {
  archivist = await login('archivist', archivistPassword);
  check((await page_text(archivist, '[data-test=who]')).includes('archivist'), 'user name not shown');
  await archivist.fill('[data-test=q]', SEARCH_NAME.slice(0, 2));
  await archivist.waitForSelector('[data-test=suggestions] li');
  const suggestions = await archivist.$$eval('[data-test=suggestions] li', (els) => els.map((e) => e.textContent));
  check(suggestions.some((s) => s.includes(SEARCH_NAME.slice(0, 2))), `no completion for ${SEARCH_NAME.slice(0, 2)}: ${suggestions}`);
  await shot(archivist, '02-search-suggest');
  await search(archivist, SEARCH_NAME);
  const titles = await archivist.$$eval('[data-test=hit-link]', (els) => els.map((e) => e.textContent));
  check(titles.some((t) => t.includes(SEARCH_NAME)), `hits for ${SEARCH_NAME}: ${titles}`);
  if (!(await archivist.$('[data-test=hit] mark'))) {
    const api = await archivist.evaluate((q) => fetch(`/api/search?q=${encodeURIComponent(q)}`).then((r) => r.text()), SEARCH_NAME);
    throw new Error(`no highlighted snippet; the API said ${api.slice(0, 1500)}`);
  }
  check(await archivist.$eval('[data-test=hit] img', (i) => i.complete && i.naturalWidth > 0), 'thumbnail not loaded');
  await shot(archivist, '03-search-results');
  clean(archivist);
});

await flow('ticking two facets changes the counts; the URL holds the query', async () => {
  await archivist.goto(`${BASE}/#/search`);
  const all = await total(archivist);
  const before = await counts(archivist);
  await archivist.click('[data-test="facet-region-华东"]');
  await archivist.waitForFunction(() => location.hash.includes('region='));
  const afterRegion = await total(archivist);
  check(afterRegion !== all, `total did not change after ticking 华东: ${all}`);
  await archivist.click('[data-test="facet-tier-VIP"]');
  await archivist.waitForFunction(() => location.hash.includes('tier=VIP'));
  const afterTier = await total(archivist);
  const after = await counts(archivist);
  check(afterTier !== afterRegion, `total did not change after ticking VIP: ${afterRegion}`);
  check(after !== before, 'facet counts did not change');
  const vip = await archivist.textContent('[data-test="count-tier-VIP"]');
  check(afterTier.includes(vip.trim()), `total ${afterTier} is not the VIP count ${vip}`);
  check(await archivist.isChecked('[data-test="facet-region-华东"]'), '华东 lost its tick');
  await shot(archivist, '04-search-facets');
  // Bookmarkable: the same URL in a fresh load gives the same answer.
  const url = archivist.url();
  await archivist.goto('about:blank');
  await archivist.goto(url);
  check((await total(archivist)) === afterTier, 'reloaded URL gives another total');
  await archivist.click('[data-test=view-customers]');
  await archivist.waitForSelector('[data-test=customer]');
  await shot(archivist, '05-search-by-customer');
  clean(archivist);
});

await flow('open a document and page through its scan', async () => {
  await archivist.goto(`${BASE}/#/search`);
  await search(archivist, SEARCH_NAME);
  await archivist.click(`[data-test=hit-link]:has-text("${MULTIPAGE_TITLE}")`);
  await archivist.waitForSelector('[data-test=doc-title]');
  check((await archivist.textContent('[data-test=doc-title]')).includes(MULTIPAGE_TITLE), 'wrong document');
  await archivist.waitForFunction(() => { const i = document.querySelector('[data-test=scan]'); return i && i.complete && i.naturalWidth > 0; });
  check((await archivist.textContent('[data-test=page-info]')).replace(/\s/g, '') === '1/2', 'not on page 1 of 2');
  check((await archivist.textContent('[data-test=fields]')).includes(MULTIPAGE_TITLE), 'fields lack the name');
  check(await archivist.$('[data-test=download]'), 'archivist has no download');
  await shot(archivist, '06-document-page1');
  await archivist.click('[data-test=next-page]');
  await archivist.waitForSelector('[data-test=scan][data-page="2"]');
  await archivist.waitForFunction(() => { const i = document.querySelector('[data-test=scan]'); return i.complete && i.naturalWidth > 0; });
  check((await archivist.textContent('[data-test=page-info]')).replace(/\s/g, '') === '2/2', 'not on page 2 of 2');
  await archivist.click('[data-test=rotate]');
  await archivist.waitForTimeout(300); // the turn is animated
  await shot(archivist, '07-document-page2-rotated');
  await archivist.click('[data-test=prev-page]');
  await archivist.waitForSelector('[data-test=scan][data-page="1"]');
  clean(archivist);
});

await flow('correct a field in the review queue and find the corrected value by search', async () => {
  await archivist.click('[data-test=nav-review]');
  await archivist.waitForSelector('[data-test=queue-item]');
  const item = archivist.locator('[data-test=queue-item]', { hasText: REVIEW_ARCHIVE_NO });
  await item.click();
  await archivist.waitForSelector('[data-test=review-form]');
  await archivist.waitForFunction((no) => document.querySelector('[data-test=field-archiveNo]')?.value === no, REVIEW_ARCHIVE_NO);
  await shot(archivist, '08-review-before');
  await archivist.fill('[data-test=field-name]', REVIEW_NEW_NAME);
  await archivist.press('[data-test=field-name]', 'Tab'); // keyboard: on to the next field
  await archivist.keyboard.press('Control+Enter');
  await archivist.waitForSelector('.message--ok');
  check((await archivist.textContent('.message--ok')).includes(REVIEW_NEW_NAME), 'no saved message');
  await shot(archivist, '09-review-saved');
  await archivist.goto(`${BASE}/#/search`);
  await search(archivist, REVIEW_NEW_NAME);
  const titles = await archivist.$$eval('[data-test=hit-link]', (els) => els.map((e) => e.textContent));
  check(titles.includes(REVIEW_NEW_NAME), `corrected name not found by search: ${titles}`);
  await archivist.click(`[data-test=hit-link]:has-text("${REVIEW_NEW_NAME}")`);
  const reviewed = await archivist.locator('[data-test=reviewed]').textContent();
  check(reviewed.includes('archivist') && reviewed.includes('2'), `document does not show the review: ${reviewed}`);
  await shot(archivist, '09b-document-reviewed');
  clean(archivist);
});

await flow('upload a file and see it indexed', async () => {
  check(UPLOAD_FILE, 'set UPLOAD_FILE');
  await archivist.click('[data-test=nav-upload]');
  await archivist.setInputFiles('[data-test=file-input]', [UPLOAD_FILE]);
  if (process.env.DUPLICATE_FILE) {
    // The other way in: a file dropped on the drop zone (a real DataTransfer with a File in it).
    const bytes = readFileSync(process.env.DUPLICATE_FILE).toString('base64');
    await archivist.evaluate(([name, b64]) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const drop = new DataTransfer();
      drop.items.add(new File([data], name, { type: 'image/jpeg' }));
      document.querySelector('[data-test=drop]').dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
    }, [process.env.DUPLICATE_FILE.split('/').pop(), bytes]);
  }
  await archivist.waitForSelector('[data-test=upload-item]');
  await shot(archivist, '10-upload-progress');
  const item = archivist.locator('[data-test=upload-item]', { hasText: UPLOAD_FILE.split('/').pop() });
  const phase = await finalPhase(archivist, item);
  const outcome = await item.locator('[data-test=outcome]').textContent();
  // Indexed (searchable); NEEDS_REVIEW is indexed too, and waits for a clerk to confirm a field.
  check(phase === 'INDEXED' || phase === 'NEEDS_REVIEW', `upload ended ${phase}: ${outcome}`);
  check(outcome.includes(phase === 'INDEXED' ? '已入库' : '待复核'), `outcome text: ${outcome}`);
  if (process.env.DUPLICATE_FILE) {
    const dup = archivist.locator('[data-test=upload-item]', { hasText: process.env.DUPLICATE_FILE.split('/').pop() });
    const again = await finalPhase(archivist, dup);
    check(again === 'DUPLICATE', `a stored file uploaded again ended ${again}, not as a duplicate`);
  }
  await shot(archivist, '11-upload-indexed');
  await archivist.goto(`${BASE}/#/search`);
  await search(archivist, UPLOAD_NAME);
  let titles = await archivist.$$eval('[data-test=hit-link]', (els) => els.map((e) => e.textContent));
  if (!titles.some((t) => t.includes(UPLOAD_NAME))) {
    // INDEXED is written right after Elasticsearch took the document, without waiting for its refresh
    // (IngestPipeline -> SearchIndex.index, refresh_interval 1 s): a search within that second can miss
    // it. Say so in the log and search again (a clerk would too); still nothing is a failure.
    // The URL already holds the query: reloading asks again. (Going to #/search and typing the same
    // query again once timed out waiting for the URL to change, in CI.)
    console.log(`NOTE: '${UPLOAD_NAME}' not found by the first search after its upload; searching again in 2 s`);
    await archivist.waitForTimeout(2000);
    await archivist.reload();
    await total(archivist);
    titles = await archivist.$$eval('[data-test=hit-link]', (els) => els.map((e) => e.textContent));
  }
  if (!titles.some((t) => t.includes(UPLOAD_NAME))) {
    const api = await archivist.evaluate((q) => fetch(`/api/search?q=${encodeURIComponent(q)}`).then((r) => r.text()), UPLOAD_NAME);
    throw new Error(`uploaded file not found at ${archivist.url()}: ${titles}; the API said ${api.slice(0, 800)}`);
  }
  clean(archivist);
});

let docOfViewer;
await flow('a viewer sees masked fields and cannot download', async () => {
  const viewer = await login('viewer', env('VIEWER_PASSWORD'));
  const nav = await viewer.$$eval('.topbar__link', (els) => els.map((e) => e.dataset.test));
  check(!nav.includes('nav-upload') && !nav.includes('nav-review') && !nav.includes('nav-users'), `viewer sees ${nav}`);
  await search(viewer, MASKED_NAME);
  await viewer.click(`[data-test=hit-link]:has-text("${MASKED_NAME}")`);
  await viewer.waitForSelector('[data-test=fields]');
  const mobile = await viewer.textContent('[data-field="customer.mobile"] .fields__value');
  check(mobile.includes('*') && !mobile.includes(MASKED_MOBILE), `mobile not masked: ${mobile}`);
  check(!(await viewer.textContent('body')).includes(MASKED_MOBILE), 'the number appears somewhere on the page');
  check(!(await viewer.$('[data-test=download]')), 'viewer has a download button');
  docOfViewer = viewer.url().split('/documents/')[1];
  const status = await viewer.evaluate((id) => fetch(`/api/documents/${id}/original`).then((r) => r.status), docOfViewer);
  check(status === 403, `viewer fetched the original: ${status}`);
  await shot(viewer, '12-viewer-document-masked');
  await viewer.click('[data-test=request-access]');
  await viewer.fill('[data-test=access-form] input', '核对合同原件');
  await viewer.click('[data-test=access-form] button[type=submit]');
  await viewer.waitForSelector('[data-test=access-pending]');
  check(!(await viewer.$('[data-test=download]')), 'a pending request gave a download button');
  await shot(viewer, '13-viewer-access-requested');
  clean(viewer);
  await viewer.context().close();
});

await flow('archivist approves the access request, then the viewer may download; English persists', async () => {
  await archivist.click('[data-test=nav-access]');
  await archivist.waitForSelector('[data-test=access-table]');
  check((await archivist.textContent('[data-test=access-table]')).includes('核对合同原件'), 'request not listed');
  await shot(archivist, '14-access-requests');
  await archivist.click('[data-test=approve]');
  await archivist.waitForSelector('.badge--req-approved');
  // Approved: now the viewer may download that one original.
  const viewer = await login('viewer', env('VIEWER_PASSWORD'));
  await viewer.goto(`${BASE}/#/documents/${docOfViewer}`);
  await viewer.waitForSelector('[data-test=download]');
  const status = await viewer.evaluate((id) => fetch(`/api/documents/${id}/original`).then((r) => r.status), docOfViewer);
  check(status === 200, `approved viewer got ${status} for the original`);
  await viewer.context().close();
  await archivist.click('[data-test=lang]');
  await archivist.goto(`${BASE}/#/search?q=${encodeURIComponent(SEARCH_NAME)}`);
  await archivist.reload();
  await archivist.waitForSelector('[data-test=hits] [data-test=hit]');
  check((await archivist.textContent('[data-test=search]')).trim() === 'Search', 'English did not persist');
  await shot(archivist, '15-search-english');
  await archivist.click('[data-test=lang]');
  clean(archivist);
});

await flow('tablet layout (820 px): search and document', async () => {
  const tablet = await login('archivist', archivistPassword, { width: 820, height: 1180 });
  await search(tablet, SEARCH_NAME);
  const overflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `page is ${overflow}px wider than the tablet`);
  await shot(tablet, '16-tablet-search');
  await tablet.click('[data-test=hit-link]');
  await tablet.waitForSelector('[data-test=fields]');
  await shot(tablet, '17-tablet-document');
  await tablet.context().close();
});

if (process.env.AUDITOR_PASSWORD) {
  await flow('auditor reads the audit log', async () => {
    const auditor = await login('auditor', process.env.AUDITOR_PASSWORD);
    await auditor.waitForSelector('[data-test=audit-table]');
    await auditor.selectOption('select[name=action]', 'EDIT');
    await auditor.click('[data-test=audit-filter]');
    await auditor.waitForFunction(() => location.hash.includes('action=EDIT'));
    await auditor.waitForFunction(() => {
      const actions = [...document.querySelectorAll('[data-test=audit-action]')].map((e) => e.textContent);
      return actions.length > 0 && actions.every((a) => a === 'EDIT');
    });
    check((await auditor.textContent('[data-test=audit-table]')).includes('archivist'), 'the review edit is not in the log');
    check((await auditor.inputValue('select[name=action]')) === 'EDIT', 'the filter does not show what it filters by');
    await shot(auditor, '18-audit');
    clean(auditor);
    await auditor.context().close();
  });
}
if (process.env.ADMIN_PASSWORD) {
  await flow('admin sees the users page', async () => {
    const admin = await login('admin', process.env.ADMIN_PASSWORD);
    await admin.click('[data-test=nav-users]');
    await admin.locator('[data-test=users-table] strong', { hasText: 'viewer' }).waitFor();
    // Scope the viewer to 华南: saved on the server, as the API then reports.
    const row = admin.locator('[data-test=user-viewer]');
    await row.locator('label', { hasText: '华南' }).locator('input').check();
    await row.locator('[data-test=save-user]').click();
    await admin.locator('.message--ok', { hasText: 'viewer' }).waitFor();
    const regions = await admin.evaluate(() => fetch('/api/users/viewer').then((r) => r.json()).then((u) => u.regions));
    check(JSON.stringify(regions) === '["华南"]', `viewer's regions after saving: ${JSON.stringify(regions)}`);
    await shot(admin, '19-users');
    clean(admin);
    await admin.context().close();
  });
}

await browser.close();
console.log(`\n${results.join('\n')}\n${results.length - failed}/${results.length} flows passed in ${((Date.now() - t0) / 1000).toFixed(0)} s; screenshots in ${SHOTS}`);
process.exit(failed ? 1 : 0);

async function page_text(page, selector) {
  return (await page.textContent(selector)) ?? '';
}
