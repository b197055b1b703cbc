// CMS screens of the notices module (screens id "notices", header Sotay-Cms-Screens in bnd.bnd).
// Served by the CMS from this bundle while it is active; contract: vn.sotay.spi.cms.CmsScreens.

const T = {
  vi: {
    inbox: 'Thông báo', send: 'Gửi thông báo', sent: 'Thông báo đã gửi', title: 'Tiêu đề', body: 'Nội dung',
    audience: 'Gửi tới (tổ chức và toàn bộ cấp dưới)', expires: 'Hết hạn lúc (không bắt buộc)', submit: 'Gửi thông báo',
    sentOk: 'Đã gửi thông báo.', unread: 'Chưa đọc', read: 'Đã đọc', acked: 'Đã xác nhận', ack: 'Xác nhận đã nhận',
    ackDone: 'Đã xác nhận thông báo.', from: 'Người gửi', to: 'Gửi tới', at: 'Lúc', stats: 'Tỷ lệ đọc và xác nhận',
    recipients: 'Số người nhận', readRate: 'Tỷ lệ đọc', ackRate: 'Tỷ lệ xác nhận', unit: 'Đơn vị trực thuộc',
    total: 'Toàn bộ', refresh: 'Cập nhật số liệu', back: '← Quay lại', none: 'Chưa có thông báo nào.',
    noChildren: 'Đơn vị nhận không có đơn vị trực thuộc.', open: 'Xem tỷ lệ', bodyHint: 'Tối đa 20.000 ký tự.',
    updated: 'Số liệu lúc',
  },
  en: {
    inbox: 'Notices', send: 'Send a notice', sent: 'Notices sent', title: 'Title', body: 'Text',
    audience: 'Send to (organisation and everything below it)', expires: 'Expires at (optional)', submit: 'Send notice',
    sentOk: 'Notice sent.', unread: 'Unread', read: 'Read', acked: 'Acknowledged', ack: 'Acknowledge',
    ackDone: 'Notice acknowledged.', from: 'From', to: 'To', at: 'At', stats: 'Read and acknowledgement rates',
    recipients: 'Recipients', readRate: 'Read rate', ackRate: 'Acknowledgement rate', unit: 'Organisation below',
    total: 'All', refresh: 'Refresh figures', back: '← Back', none: 'No notices yet.',
    noChildren: 'The audience has no organisations below it.', open: 'See rates', bodyHint: 'At most 20,000 characters.',
    updated: 'Figures as of',
  },
};

export const routes = {
  '/notices': inbox,
  '/notices/read/:id': openNotice,
  '/notices/send': sendScreen,
  '/notices/sent/:id': statsScreen,
};

const pct = r => `${Math.round((r || 0) * 1000) / 10}%`;
const bar = (h, r) => h('progress', { class: 'rate', max: '1', value: String(Math.min(1, r || 0)), 'aria-hidden': 'true' });

async function inbox(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('inbox')), ctx.pager(
    c => ctx.api('GET', `/api/notices?limit=20${c ? `&cursor=${encodeURIComponent(c)}` : ''}`),
    items => h('ul', { class: 'plain' }, items.map(n => h('li', {},
      h('a', { href: `#/notices/read/${n.id}` }, n.read ? n.title : h('strong', {}, n.title)), ' ',
      h('span', { class: 'badge' }, n.acknowledged ? t('acked') : n.read ? t('read') : t('unread')),
      h('div', { class: 'muted' }, `${n.senderName} → ${n.audienceName} · ${ctx.date(n.sentAt)}`),
      h('p', {}, n.excerpt)))), t('none')));
}

async function openNotice(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const n = await ctx.api('GET', `/api/notices/${encodeURIComponent(id)}`);
  const status = h('p', { class: 'badge', id: 'notice-status' }, n.acknowledged ? t('acked') : t('read'));
  const ack = h('button', { type: 'button', class: 'primary', disabled: n.acknowledged, onclick: async () => {
    try {
      await ctx.api('POST', `/api/notices/${n.id}/ack`);
      status.textContent = t('acked');
      ack.disabled = true;
      ctx.notify(t('ackDone'));
    } catch (e) { ctx.showProblem(ctx.main, e); }
  } }, t('ack'));
  ctx.main.append(h('p', {}, h('a', { href: '#/notices' }, t('back'))), h('h1', {}, n.title),
    h('p', { class: 'muted' }, `${t('from')}: ${n.senderName} · ${t('to')}: ${n.audienceName} · ${ctx.date(n.sentAt)}`),
    status, h('div', { class: 'article-body' }, n.body.split(/\n{2,}/).map(p => h('p', {}, p))), ack);
}

async function sendScreen(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const list = () => ctx.pager(c => ctx.api('GET', `/api/notices/sent?limit=10${c ? `&cursor=${encodeURIComponent(c)}` : ''}`),
    items => h('div', { class: 'table-wrap' }, h('table', { id: 'sent-list' },
      h('thead', {}, h('tr', {}, [t('title'), t('to'), t('at'), ''].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, items.map(n => h('tr', {}, h('td', {}, n.title), h('td', {}, n.audienceName), h('td', {}, ctx.date(n.sentAt)),
        h('td', {}, h('a', { href: `#/notices/sent/${n.id}` }, t('open')))))))), t('none'));
  let sent = list();
  const f = ctx.form({ id: 'notice-form' }, [
    ctx.field(t('title'), { name: 'title', required: true, maxlength: '255' }),
    ctx.field(t('body'), h('textarea', { name: 'body', required: true, rows: '8', maxlength: '20000' }), t('bodyHint')),
    ctx.field(t('audience'), await ctx.orgSelect({ name: 'audienceOrgId', required: true }, () => true, ctx.user.cellId)),
    ctx.field(t('expires'), { name: 'expiresAt', type: 'datetime-local' }),
    h('button', { type: 'submit', class: 'primary' }, t('submit'))], async (v, form) => {
    const n = await ctx.api('POST', '/api/notices', { title: v.title, body: v.body,
      audienceOrgId: v.audienceOrgId == null ? null : Number(v.audienceOrgId),
      expiresAt: v.expiresAt ? new Date(v.expiresAt).toISOString() : null });
    form.reset();
    ctx.notify(t('sentOk'));
    ctx.navigate(`/notices/sent/${n.id}`);
  });
  ctx.main.append(h('h1', {}, t('send')), f, h('h2', {}, t('sent')), sent);
}

/** The notice from the sent lists (opening it with GET /api/notices/{id} would count the sender as a reader). */
async function sentNotice(ctx, id) {
  let cursor = null;
  for (let i = 0; i < 10; i++) {
    const page = await ctx.api('GET', `/api/notices/sent?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const n = page.items.find(x => String(x.id) === String(id));
    if (n || !page.next) return n || { id, title: `#${id}`, audienceName: '', sentAt: null };
    cursor = page.next;
  }
  return { id, title: `#${id}`, audienceName: '', sentAt: null };
}

async function statsScreen(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const n = await sentNotice(ctx, id);
  const box = h('div', { id: 'notice-stats', 'aria-live': 'polite' });
  const load = async () => {
    const s = await ctx.api('GET', `/api/notices/${encodeURIComponent(id)}/stats`);
    const row = (name, x, total) => h('tr', total ? { class: 'total' } : {}, h('th', { scope: 'row' }, name), h('td', {}, x.recipients),
      h('td', {}, bar(h, x.readRate), ' ', pct(x.readRate), ` (${x.read})`),
      h('td', { 'data-ack-rate': String(x.ackRate) }, bar(h, x.ackRate), ' ', pct(x.ackRate), ` (${x.acknowledged})`));
    box.replaceChildren(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, [t('unit'), t('recipients'), t('readRate'), t('ackRate')].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, row(`${t('total')}: ${n.audienceName}`, s, true), s.children.map(c => row(c.name, c))))),
    s.children.length ? '' : h('p', { class: 'muted' }, t('noChildren')),
    h('p', { class: 'muted' }, `${t('updated')} ${new Date().toLocaleTimeString(ctx.lang === 'en' ? 'en-GB' : 'vi-VN')}`));
  };
  await load();
  ctx.main.append(h('p', {}, h('a', { href: '#/notices/send' }, t('back'))), h('h1', {}, n.title),
    h('p', { class: 'muted' }, `${t('to')}: ${n.audienceName} · ${ctx.date(n.sentAt)}`), h('h2', {}, t('stats')), box,
    h('button', { type: 'button', class: 'secondary', id: 'refresh-stats', onclick: () => load().catch(e => ctx.showProblem(box, e)) }, t('refresh')));
}
