// End-to-end scenarios of the Sổ Tay CMS in headless Chromium (Debian /usr/bin/chromium, playwright-core).
//
//   node cms.e2e.mjs <base url> <screenshot folder>
//
// Run by CmsIT against the booted distribution. Prints "PASS <scenario>" / "FAIL <scenario>: <why>"
// and exits 1 when any scenario failed. Karaf shell commands are asked of the caller: the script
// prints "@@shell <command>" and waits for one line on stdin ("@@ok" or "@@fail <message>").
// Environment: CHROMIUM (the browser binary, default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import zlib from 'node:zlib';

const BASE = (process.argv[2] || 'http://localhost:8181').replace(/\/$/, '');
const SHOTS = process.argv[3] || 'screenshots';
const PASSWORD = 'Demo@2024';
const EDITOR = '0900000005';
const ADMIN = '0900000001';
const SECRETARY = '0900000004';
const COMMITTEE_TP = '0900000002';
const MEMBER_A = '0900000007';
/** The reviewer is a plain member of cell A that the admin makes a reviewer in the accounts screen. */
const REVIEWER_PASSWORD = 'Duyet2024tin';
const WORD = `E2E${Date.now().toString(36)}`;

mkdirSync(SHOTS, { recursive: true });
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** Asks the test (Java) to run a Karaf shell command. */
async function shell(command) {
  console.log(`@@shell ${command}`);
  const { value, done } = await lines.next();
  if (done || !value.startsWith('@@ok')) throw new Error(`shell command «${command}» failed: ${value}`);
}

function check(ok, message) {
  if (!ok) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// REST (bearer) helpers

async function rest(method, path, token, body) {
  const r = await fetch(BASE + path, { method, headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  return { status: r.status, json, text, type: r.headers.get('content-type') || '' };
}

async function token(login, password = PASSWORD) {
  const r = await rest('POST', '/api/auth/login', null, { login, password });
  check(r.status === 200, `login ${login}: ${r.status} ${r.text}`);
  return r.json.token;
}

/** A solid-colour PNG, wider than the 320 px thumbnail so the server makes variants. */
function png(width, height, [r, g, b]) {
  const row = Buffer.alloc(width * 3 + 1);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(zlib.crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------------------------------------
// browser helpers

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const pageErrors = [];

async function session(login, password = PASSWORD, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', e => pageErrors.push(`${login}: ${e.message}`));
  await page.goto(`${BASE}/cms/`);
  await page.getByLabel('Số điện thoại hoặc số thẻ đảng viên').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Mật khẩu').press('Enter');
  await page.locator('nav.menu').waitFor();
  return page;
}

async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

async function go(page, route) {
  await page.evaluate(r => { location.hash = `#${r}`; }, route);
  await page.locator('main h1').first().waitFor();
}

// ---------------------------------------------------------------------------------------------
// scenarios

const ctx = {};

const scenarios = {
  async 'login page, HttpOnly session cookie and CSRF'() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${BASE}/cms/`);
    await page.getByRole('heading', { name: 'Đăng nhập trang quản trị' }).waitFor();
    await page.getByLabel('Số điện thoại hoặc số thẻ đảng viên').fill(EDITOR);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator('.problem', { hasText: 'mật khẩu không đúng' }).waitFor();
    await shot(page, 'login');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.locator('nav.menu').waitFor();
    const visible = await page.evaluate(() => document.cookie);
    check(!visible.includes('SOTAY_SESSION'), `the session cookie is readable by script: ${visible}`);
    check(visible.includes('SOTAY_CSRF='), `no CSRF cookie for script: ${visible}`);
    const cookies = await context.cookies();
    const s = cookies.find(c => c.name === 'SOTAY_SESSION');
    check(s && s.httpOnly && s.sameSite === 'Strict' && s.path === '/', `session cookie flags: ${JSON.stringify(s)}`);
    const forged = await page.evaluate(async () => {
      const r = await fetch('/api/notices', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return { status: r.status, type: r.headers.get('content-type'), body: await r.json() };
    });
    check(forged.status === 403 && forged.type.startsWith('application/problem+json') && /CSRF/.test(forged.body.detail),
      `POST without X-CSRF-Token: ${JSON.stringify(forged)}`);
    // an idle open page polls what is installed without the session cookie: polling never slides the idle expiry
    const polls = [];
    const listen = async r => { if (r.url().includes('/api/')) polls.push({ url: r.url(), cookie: (await r.allHeaders()).cookie || '' }); };
    page.on('request', listen);
    await page.waitForTimeout(11000);
    page.off('request', listen);
    check(polls.some(p => p.url.endsWith('/api/modules')), `no poll in 11 s: ${JSON.stringify(polls)}`);
    check(polls.every(p => !p.cookie.includes('SOTAY_SESSION')), `a background request carried the session: ${JSON.stringify(polls)}`);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    const after = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    check(after === 401, `after logout /api/auth/me answered ${after}`);
    // a session that ends under an open page (idle expiry, revoked): the next call shows the login page
    await page.getByLabel('Số điện thoại hoặc số thẻ đảng viên').fill(EDITOR);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.locator('nav.menu').waitFor();
    await context.clearCookies({ name: 'SOTAY_SESSION' });
    await page.evaluate(() => { location.hash = '#/news/write'; });
    await page.getByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
    await context.close();
  },

  async 'editor writes and submits an article with an image'() {
    const page = ctx.editor = await session(EDITOR);
    await go(page, '/news/write');
    await page.getByRole('link', { name: 'Viết tin mới' }).click();
    await page.locator('#article-form').waitFor();
    // an empty title: the server's Vietnamese message appears next to the field
    await page.locator('#article-body').click();
    await page.keyboard.type('Nội dung tạm.');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    const err = page.locator('.field-error').first();
    await err.waitFor();
    check(/[^\x00-\x7f]/.test(await err.textContent()), 'field error is not Vietnamese');
    check(await page.locator('input[name=title][aria-invalid=true]').count() === 1, 'title not marked invalid');
    await page.getByLabel('Tiêu đề', { exact: true }).fill(`Hội nghị sơ kết Sổ tay đảng viên ${WORD}`);
    await page.getByLabel('Tóm tắt (không bắt buộc)').fill('Các chi bộ dùng Sổ tay đảng viên điện tử trong sinh hoạt.');
    await page.locator('#article-body').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Sáng nay, Tỉnh ủy tổ chức hội nghị ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('sơ kết một năm');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' triển khai Sổ tay đảng viên.');
    // an image inside the text: toolbar button, file chooser, then the alt text asked in a prompt
    page.once('dialog', d => d.accept('Quang cảnh hội nghị'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Chèn ảnh' }).click()]);
    await chooser.setFiles({ name: 'quang-canh.png', mimeType: 'image/png', buffer: png(400, 200, [30, 107, 52]) });
    await page.locator('#article-body img[alt="Quang cảnh hội nghị"]').waitFor();
    await page.locator('#cover-file').setInputFiles({ name: 'hoi-nghi.png', mimeType: 'image/png', buffer: png(480, 270, [163, 21, 27]) });
    const preview = page.locator('#cover-preview img');
    await preview.waitFor();
    const loaded = await preview.evaluate(img => img.complete && img.naturalWidth > 0 || new Promise(r => { img.onload = () => r(img.naturalWidth > 0); img.onerror = () => r(false); }));
    check(loaded, 'cover preview image did not load');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForFunction(() => /#\/news\/edit\/\d+$/.test(location.hash));
    ctx.articleId = Number((await page.evaluate(() => location.hash)).split('/').pop());
    await page.locator('#article-form').waitFor();
    await shot(page, 'news-editor');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.waitForFunction(() => location.hash === '#/news/write');
    const row = page.locator('#desk-list tr', { hasText: WORD });
    await row.getByText('Chờ duyệt').waitFor();
    await shot(page, 'news-desk');
    const a = await rest('GET', `/api/news/articles/${ctx.articleId}`, await token(ADMIN));
    check(a.json.status === 'SUBMITTED', `status ${a.json.status}`);
    check(/<b>sơ kết một năm<\/b>|<strong>sơ kết một năm<\/strong>/.test(a.json.body), `bold text kept: ${a.json.body}`);
    check(a.json.coverImageId && a.json.coverUrl, `cover image saved: ${a.text}`);
    // stored unsigned, answered with a signed URL (exp, sig) that loads without a token
    const inline = /<img src="(\/api\/news\/images\/[0-9a-f]{64}\?exp=\d+&amp;sig=[A-Za-z0-9_-]+)" alt="Quang cảnh hội nghị"/.exec(a.json.body);
    check(inline, `inline image kept, signed: ${a.json.body}`);
    const anonymous = await fetch(BASE + inline[1].replace(/&amp;/g, '&'));
    check(anonymous.status === 200 && anonymous.headers.get('content-type') === 'image/png', `signed inline image answered ${anonymous.status}`);
    check((await fetch(`${BASE}${a.json.coverUrl.split('?')[0]}`)).status === 404, 'a draft\'s cover without signature is 404 to anonymous');
  },

  async 'admin finds a member, resets the password and grants REVIEWER'() {
    const page = ctx.admin = await session(ADMIN);
    await go(page, '/platform/members');
    const cellA = await page.locator('select[name=org] option', { hasText: '(TP-PBT-CB01)' }).getAttribute('value');
    await page.getByLabel('Đơn vị').selectOption(cellA);
    await page.getByRole('button', { name: 'Tìm' }).click();
    const rows = page.locator('main table tbody tr');
    await rows.first().waitFor();
    const members = await rows.evaluateAll(trs => trs.map(tr => [...tr.cells].map(td => td.textContent)));
    const plain = members.find(m => m[2] && !m[2].startsWith('09000000'));
    check(plain, `no plain member with a phone in cell A: ${JSON.stringify(members)}`);
    const [memberId, name, phone] = plain;
    await shot(page, 'platform-members');
    await rows.filter({ hasText: phone }).getByRole('link', { name: 'Vai trò, mật khẩu' }).click();
    const reset = page.locator('#reset-form');
    await reset.waitFor();
    check(await reset.getByLabel('Mã đảng viên (số ID)').inputValue() === memberId, 'member id not carried over');
    await reset.getByLabel('Mật khẩu mới').fill('123');
    await reset.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await reset.locator('input[name=password][aria-invalid=true]').waitFor(); // too weak: the server says why, next to the field
    await reset.getByLabel('Mật khẩu mới').fill(REVIEWER_PASSWORD);
    await reset.getByLabel('Mật khẩu mới').press('Enter');
    await page.locator('.toast', { hasText: 'Đã đặt lại mật khẩu.' }).waitFor();
    const roles = page.locator('#role-form');
    check(await roles.getByLabel('Mã đảng viên (số ID)').inputValue() === memberId, 'member id not carried over');
    await roles.getByLabel('Vai trò').selectOption('REVIEWER');
    const tu = await roles.locator('select[name=orgId] option', { hasText: '(TU)' }).getAttribute('value');
    await roles.getByLabel('Tại đơn vị').selectOption(tu);
    await roles.getByRole('button', { name: 'Cấp vai trò' }).click();
    await page.locator('.toast', { hasText: 'Đã cấp vai trò.' }).waitFor();
    await shot(page, 'platform-accounts');
    ctx.reviewerLogin = phone;
    ctx.reviewerName = name;
    await go(page, '/platform/modules');
    const modules = await page.locator('#modules').innerText();
    check(['cms', 'news', 'notices'].every(m => modules.includes(m)), `installed modules: ${modules}`);
  },

  async 'reviewer sends it back, editor resubmits, reviewer approves'() {
    check(ctx.articleId, 'no article from the previous scenario');
    check(ctx.reviewerLogin, 'no reviewer from the previous scenario');
    const reviewer = ctx.reviewer = await session(ctx.reviewerLogin, REVIEWER_PASSWORD);
    check(await reviewer.locator('nav.menu a[data-menu-id="news.review"]').count() === 1, 'no review menu entry for the new reviewer');
    await go(reviewer, '/news/review');
    await reviewer.getByRole('link', { name: new RegExp(WORD) }).click();
    await reviewer.locator('#review-form').waitFor();
    await reviewer.getByRole('button', { name: 'Trả lại' }).click();
    await reviewer.locator('textarea[name=comment][aria-invalid=true]').waitFor(); // the comment is required
    await reviewer.getByLabel('Ý kiến gửi biên tập viên').fill('Đề nghị bổ sung số chi bộ tham gia.');
    await shot(reviewer, 'news-review');
    await reviewer.getByRole('button', { name: 'Trả lại' }).click();
    await reviewer.waitForFunction(() => location.hash === '#/news/review');

    const editor = ctx.editor;
    // the editor restores the first version (a new version), then edits and resubmits
    await go(editor, `/news/history/${ctx.articleId}`);
    await editor.locator('#versions tbody tr', { hasText: 'Trả lại' }).waitFor();
    await editor.locator('#versions tbody tr').last().getByRole('button', { name: 'Xem' }).click();
    await editor.locator('#version-view h2', { hasText: 'Phiên bản 1' }).waitFor();
    await editor.locator('#versions tbody tr').last().getByRole('button', { name: 'Khôi phục' }).click();
    await editor.waitForFunction(id => location.hash === `#/news/edit/${id}`, ctx.articleId);
    await editor.locator('#return-comment', { hasText: 'bổ sung số chi bộ' }).waitFor();
    await editor.locator('#article-body').click();
    await editor.keyboard.press('End');
    await editor.keyboard.type(' Đã có 174 chi bộ tham gia.');
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
    await editor.waitForFunction(() => location.hash === '#/news/write');

    await go(reviewer, `/news/review/${ctx.articleId}`);
    await reviewer.locator('#schedule', { hasText: 'Đăng ngay khi duyệt' }).waitFor();
    // the board may set the publication time; a time already past is refused at the field
    const when = reviewer.getByLabel(/^Giờ đăng khi duyệt/);
    await when.fill('2020-01-01T08:00');
    await reviewer.getByRole('button', { name: 'Duyệt đăng' }).click();
    await reviewer.locator('#review-form', { hasText: 'Thời điểm đăng đã qua' }).waitFor();
    await when.fill('');
    await reviewer.getByRole('button', { name: 'Duyệt đăng' }).click();
    await reviewer.waitForFunction(() => location.hash === '#/news/review');
    await go(editor, `/news/history/${ctx.articleId}`);
    await editor.locator('#versions tbody tr', { hasText: 'Khôi phục' }).waitFor();
    await editor.locator('#versions tbody tr', { hasText: 'Duyệt' }).first().waitFor();
    await shot(editor, 'news-history');
  },

  async 'the approved article is in the member feed (REST)'() {
    const member = await token(MEMBER_A);
    const feed = await rest('GET', '/api/news?limit=50', member);
    check(feed.status === 200, `feed ${feed.status}`);
    const item = feed.json.items.find(i => i.id === ctx.articleId);
    check(item && item.title.includes(WORD) && item.coverThumbUrl, `article ${ctx.articleId} not in the feed: ${feed.text.slice(0, 400)}`);
  },

  async 'secretary sends a notice and watches the acknowledgement rate'() {
    const page = await session(SECRETARY);
    await go(page, '/notices/send');
    await page.getByLabel('Tiêu đề').fill(`Họp chi bộ tháng ${new Date().getMonth() + 1} ${WORD}`);
    await page.getByLabel('Nội dung').fill('Kính mời các đồng chí dự họp chi bộ lúc 8 giờ ngày 5.\n\nNội dung: sơ kết công tác tháng.');
    await shot(page, 'notices-send');
    await page.getByRole('button', { name: 'Gửi thông báo' }).click();
    await page.waitForFunction(() => /#\/notices\/sent\/\d+$/.test(location.hash));
    const id = Number((await page.evaluate(() => location.hash)).split('/').pop());
    const total = page.locator('#notice-stats tr.total td[data-ack-rate]');
    await total.waitFor();
    check(Number(await total.getAttribute('data-ack-rate')) === 0, 'ack rate before is not 0');
    const member = await token(MEMBER_A);
    const ack = await rest('POST', `/api/notices/${id}/ack`, member);
    check(ack.status === 200, `ack ${ack.status} ${ack.text}`);
    await page.getByRole('button', { name: 'Cập nhật số liệu' }).click();
    await page.waitForFunction(() => Number(document.querySelector('#notice-stats tr.total td[data-ack-rate]')?.dataset.ackRate) > 0);
    await shot(page, 'notices-stats');
    await page.context().close();
  },

  async 'a district committee sees the rates per child organisation'() {
    const page = await session(COMMITTEE_TP);
    await go(page, '/notices/send');
    await page.getByLabel('Tiêu đề').fill(`Triển khai Nghị quyết của Thành ủy ${WORD}`);
    await page.getByLabel('Nội dung').fill('Đề nghị các chi bộ tổ chức học tập, quán triệt trong tháng.');
    const tp = await page.locator('select[name=audienceOrgId] option', { hasText: '(TP)' }).getAttribute('value');
    await page.getByLabel('Gửi tới (tổ chức và toàn bộ cấp dưới)').selectOption(tp);
    await page.getByRole('button', { name: 'Gửi thông báo' }).click();
    await page.waitForFunction(() => /#\/notices\/sent\/\d+$/.test(location.hash));
    const id = Number((await page.evaluate(() => location.hash)).split('/').pop());
    const children = page.locator('#notice-stats tbody tr:not(.total)');
    await children.first().waitFor();
    check(await children.count() >= 2, `rows per child organisation: ${await children.count()}`);
    const ack = await rest('POST', `/api/notices/${id}/ack`, await token(MEMBER_A));
    check(ack.status === 200, `ack ${ack.status} ${ack.text}`);
    await page.getByRole('button', { name: 'Cập nhật số liệu' }).click();
    // member A's cell lies under TP-PBT: that child's row now shows an acknowledgement
    await page.waitForFunction(() => [...document.querySelectorAll('#notice-stats tbody tr:not(.total) td[data-ack-rate]')]
      .some(td => Number(td.dataset.ackRate) > 0));
    await shot(page, 'notices-stats-children');
    await page.context().close();
  },

  async 'admin imports a CSV with errors and sees the row errors'() {
    const page = ctx.admin;
    await go(page, '/platform/import');
    await page.getByLabel('Loại dữ liệu').selectOption('organisations');
    const csv = 'Mã,Tên,Loại,Mã cấp trên\nE2E-OK,Đảng ủy phường Hợp Lệ,Đảng bộ cơ sở,TP\nE2E-BAD,Chi bộ Sai Loại,Loại không có,TP\n'
      + 'E2E-ORPHAN,Chi bộ Mồ Côi,Chi bộ,KHONG-TON-TAI\n';
    await page.getByLabel('Tệp CSV (UTF-8)').setInputFiles({ name: 'to-chuc.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    const rows = page.locator('#import-errors tbody tr');
    await rows.first().waitFor();
    const text = await page.locator('#import-errors').innerText();
    check(await rows.count() >= 2 && /\b3\b/.test(text) && /\b4\b/.test(text), `row errors: ${text}`);
    await shot(page, 'platform-import');
    await go(page, '/platform/org');
    await shot(page, 'platform-org');
    const tree = await rest('GET', '/api/org/tree', await token(ADMIN));
    check(!tree.text.includes('E2E-OK'), 'an organisation of the failed file was imported');
  },

  async 'uninstalling news removes its menu and pages without a reload; reinstalling brings them back'() {
    const page = ctx.admin;
    // a page in the background (document.hidden) does not poll: the admin's window must be the visible one
    await page.bringToFront();
    await go(page, '/news');
    await page.locator('nav.menu a[data-menu-id="news.feed"]').waitFor();
    check(await page.evaluate(() => !document.hidden), 'the admin page is hidden: it would not poll');
    await page.evaluate(() => { window.__noReload = 'still here'; });
    // what the page's polls saw, printed when the menu does not follow
    const seen = [];
    const watch = async r => {
      if (!/\/api\/(modules|menu)|\/cms\/m\/index\.json/.test(r.url())) return;
      const body = await r.text().catch(e => `(${e.message})`);
      seen.push(`${new Date().toISOString().slice(11, 23)} ${r.status()} ${r.url().replace(BASE, '')} news=${body.includes('news')} ${body.length}B`);
    };
    const consoled = msg => seen.push(`console ${msg.type()}: ${msg.text()}`);
    page.on('response', watch);
    page.on('console', consoled);
    await shell('feature:uninstall sotay-news');
    seen.push(`${new Date().toISOString().slice(11, 23)} uninstalled`);
    try {
      await page.locator('nav.menu a[data-menu-id="news.feed"]').waitFor({ state: 'detached', timeout: 60000 })
        .catch(e => { throw new Error(`${e.message}\nthe page's polls:\n${seen.join('\n')}`); });
      page.off('response', watch);
      page.off('console', consoled);
      await page.locator('#screen-gone').waitFor({ timeout: 15000 });
      check(await page.evaluate(() => window.__noReload) === 'still here', 'the page was reloaded');
      check(await page.locator('nav.menu a[data-menu-id="notices.inbox"]').count() === 1, 'notices menu went too');
      const served = await (await fetch(`${BASE}/cms/m/index.json`)).json();
      check(!served.news && served.notices && served.platform, `screens served without news: ${JSON.stringify(served)}`);
      check((await fetch(`${BASE}/cms/m/news/screens.js`)).status === 404, 'news screens still served');
      await shot(page, 'menu-without-news');
    } finally {
      await shell('feature:install sotay-news');
    }
    await page.locator('nav.menu a[data-menu-id="news.feed"]').waitFor({ timeout: 60000 });
    await page.locator('main h1', { hasText: 'Tin tức' }).waitFor({ timeout: 15000 });
    check((await fetch(`${BASE}/cms/m/news/screens.js`)).status === 200, 'news screens not served again');
    check(await page.evaluate(() => window.__noReload) === 'still here', 'the page was reloaded');
  },

  async 'English switch, large text and a phone-sized screen'() {
    const page = await session(MEMBER_A, PASSWORD, { width: 390, height: 844 });
    await go(page, '/news');
    await page.locator('article.news-item').first().waitFor();
    await page.getByRole('button', { name: 'Chữ rất lớn' }).click();
    check(await page.evaluate(() => document.documentElement.classList.contains('size-xl')), 'text size not applied');
    const overflow = await page.evaluate(() => ({
      px: document.documentElement.scrollWidth - window.innerWidth,
      by: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent || '').trim().slice(0, 40)}"`),
    }));
    check(overflow.px <= 1, `page wider than a phone screen by ${overflow.px}px: ${overflow.by.join(', ')}`);
    await shot(page, 'phone-news-feed', false);
    await page.locator('#lang-switch').click();
    await page.locator('main h1', { hasText: 'News' }).waitFor();
    check(await page.evaluate(() => document.documentElement.lang) === 'en', 'lang attribute not en');
    await page.context().close();
  },

  async 'documents: search with highlights, a document, upload with a refused file'() {
    const editor = await token(EDITOR);
    const found = await rest('GET', '/api/documents?number=57-NQ%2FTW', editor);
    check(found.status === 200 && found.json.items.length === 1, `demo document 57-NQ/TW: ${found.text}`);
    const demo = await rest('GET', `/api/documents/${found.json.items[0].id}`, editor);
    const pdf = Buffer.from(await (await fetch(BASE + demo.json.attachments[0].url,
      { headers: { Authorization: `Bearer ${editor}` } })).arrayBuffer());
    check(pdf.subarray(0, 5).toString() === '%PDF-', 'the demo attachment is a PDF');
    const page = await session(EDITOR);
    await page.locator('nav.menu a', { hasText: 'Tài liệu' }).first().click();
    await page.locator('main h1', { hasText: 'Tài liệu' }).waitFor();
    const search = page.getByLabel('Tìm theo số ký hiệu hoặc nội dung');
    await search.fill('so 57 NQ/TW');
    await search.press('Enter');
    await page.locator('#documents-results li a', { hasText: '57-NQ/TW' }).first().waitFor();
    await search.fill('đột phá quan trọng hàng đầu');
    await search.press('Enter');
    await page.locator('#documents-results mark', { hasText: 'đột' }).first().waitFor();
    await shot(page, 'documents-search');
    await page.locator('#documents-results li a').first().click();
    await page.locator('main h1', { hasText: '57-NQ/TW' }).waitFor();
    await page.locator('main a[download]').first().waitFor();
    await shot(page, 'documents-view');
    const number = `${Date.now() % 100000}-KH/TU`;
    await go(page, '/documents/new');
    await page.getByLabel('Số, ký hiệu').fill(number);
    await page.getByLabel('Trích yếu').fill(`Kế hoạch thử nghiệm ${WORD}`);
    await page.getByLabel('Ngày ban hành').fill('2026-11-01');
    await page.getByLabel('Cơ quan ban hành').fill('Tỉnh ủy Bình Sơn');
    await page.getByLabel('Cấp ủy đăng tài liệu').selectOption({ label: 'Tỉnh ủy Bình Sơn (TU)' });
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.locator('main h1', { hasText: `Sửa ${number}` }).waitFor();
    const file = page.getByLabel('Chọn tệp PDF, DOCX, PNG hoặc JPEG (tối đa 20 MB)');
    await file.setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: png(40, 30, [200, 0, 0]) });
    await page.getByRole('button', { name: 'Tải tệp lên' }).click();
    await page.locator('#attachment-form .problem', { hasText: 'bao-cao.pdf' }).waitFor();
    await file.setInputFiles({ name: 'ke-hoach.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Tải tệp lên' }).click();
    await page.locator('#document-files li', { hasText: 'ke-hoach.pdf' }).waitFor();
    await shot(page, 'documents-edit');
    const desk = await rest('GET', '/api/documents/desk', editor);
    const mine = desk.json.find(d => d.number === number);
    check(mine && mine.attachments === 1, `the draft with one attachment on the desk: ${desk.text}`);
    await page.context().close();
    // a cell secretary uploads the cell's own documents: the cell is the only issuer offered
    const secretary = await session(SECRETARY);
    await secretary.locator('nav.menu a[data-menu-id="documents.upload"]').waitFor();
    await go(secretary, '/documents/new');
    const owners = (await secretary.getByLabel('Cấp ủy đăng tài liệu').locator('option').allTextContents()).slice(1);
    check(owners.length === 1 && owners[0].includes('TP-PBT-CB01'), `a secretary drafts for the cell only: ${owners}`);
    check(await secretary.getByLabel('Văn bản của Trung ương (do Tỉnh ủy đăng)').count() === 0, 'Central documents are the province\'s');
    await secretary.context().close();
  },
};

// Modules' own scenarios: every e2e/modules/*.mjs exports `default (kit) => ({ 'name'() {...} })`,
// run after the platform's, in file-name order, with the helpers above (so a new module adds a
// file and touches nothing here).
const kit = { BASE, PASSWORD, ADMIN, SECRETARY, COMMITTEE_TP, MEMBER_A, WORD, browser, shell, check, rest, token, png,
  session, shot, go };
for (const file of readdirSync(new URL('./modules/', import.meta.url)).filter(f => f.endsWith('.mjs')).sort()) {
  const contribute = (await import(`./modules/${file}`)).default;
  for (const [name, fn] of Object.entries(contribute(kit))) scenarios[`${file.replace(/\.mjs$/, '')}: ${name}`] = fn;
}

let failed = 0;
for (const [name, fn] of Object.entries(scenarios)) {
  const started = Date.now();
  try {
    await fn();
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
  }
}
if (pageErrors.length) {
  failed++;
  console.log(`FAIL uncaught errors in the pages:\n  ${pageErrors.join('\n  ')}`);
}
await browser.close();
console.log(failed ? `${failed} scenario(s) failed` : 'all scenarios passed');
process.exit(failed ? 1 : 0);
