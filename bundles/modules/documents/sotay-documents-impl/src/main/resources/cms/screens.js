// CMS screens of the documents module (screens id "documents", header Sotay-Cms-Screens in bnd.bnd).
// Served by the CMS from this bundle while it is active; contract: vn.sotay.spi.cms.CmsScreens.

const T = {
  vi: {
    library: 'Tài liệu', bookmarks: 'Tài liệu xem sau', upload: 'Đăng tài liệu', review: 'Duyệt tài liệu',
    stats: 'Thống kê tài liệu', search: 'Tìm theo số ký hiệu hoặc nội dung', find: 'Tìm', type: 'Loại văn bản',
    level: 'Cấp ban hành', issuer: 'Cơ quan (ký hiệu, ví dụ ĐUK)', year: 'Năm', status: 'Hiệu lực', all: 'Tất cả',
    cellOnly: 'Chỉ tài liệu gửi tới chi bộ của tôi', filter: 'Lọc', none: 'Không có tài liệu nào.',
    number: 'Số, ký hiệu', issuedOn: 'Ngày ban hành', issuerName: 'Cơ quan ban hành', owner: 'Cấp ủy đăng tài liệu',
    central: 'Văn bản của Trung ương (do Tỉnh ủy đăng)', audience: 'Gửi tới (tổ chức và cấp dưới)', signer: 'Người ký',
    title: 'Trích yếu', summary: 'Tóm tắt', relations: 'Văn bản liên quan', relatedBy: 'Được dẫn chiếu bởi',
    relation: 'Quan hệ', relNumber: 'Số ký hiệu văn bản liên quan', attachments: 'Tệp đính kèm', file: 'Chọn tệp PDF, DOCX, PNG hoặc JPEG (tối đa 20 MB)',
    attach: 'Tải tệp lên', save: 'Lưu bản nháp', create: 'Tạo bản nháp', submit: 'Gửi duyệt', approve: 'Duyệt và ban hành',
    sendBack: 'Trả lại', comment: 'Ý kiến khi trả lại', archive: 'Gỡ (lưu trữ)', expire: 'Đánh dấu hết hiệu lực',
    edit: 'Sửa', bookmark: 'Lưu xem sau', unbookmark: 'Bỏ lưu', saved: 'Đã lưu.', done: 'Đã thực hiện.',
    history: 'Lịch sử', desk: 'Bàn biên tập', newDoc: 'Tài liệu mới', back: '← Quay lại', download: 'Tải về',
    pages: 'trang', downloads: 'Lượt tải', reviewStatus: 'Trạng thái duyệt', from: 'Từ ngày', to: 'Đến ngày',
    show: 'Xem', org: 'Tổ chức', period: 'Trong kỳ', cumulative: 'Lũy kế', total: 'Tổng', uploading: 'Đang tải lên…',
    removeFile: 'Gỡ tệp', lastComment: 'Ý kiến của người duyệt', noFile: 'Chưa có tệp đính kèm.', noRelation: '— Không —',
    actions: { DRAFT: 'Tạo bản nháp', UPDATE: 'Sửa', SUBMIT: 'Gửi duyệt', RETURN: 'Trả lại', APPROVE: 'Duyệt và ban hành',
      ARCHIVE: 'Gỡ (lưu trữ)', ATTACH: 'Đính kèm tệp', DETACH: 'Gỡ tệp', STATUS: 'Đổi hiệu lực' },
  },
  en: {
    library: 'Documents', bookmarks: 'Saved documents', upload: 'Upload a document', review: 'Review documents',
    stats: 'Document statistics', search: 'Search by number or text', find: 'Search', type: 'Type', level: 'Level',
    issuer: 'Issuer code (e.g. ĐUK)', year: 'Year', status: 'Legal status', all: 'All',
    cellOnly: 'Only documents addressed to my cell', filter: 'Filter', none: 'No documents.',
    number: 'Number', issuedOn: 'Issued on', issuerName: 'Issuing body', owner: 'Committee posting it',
    central: 'Central document (posted by the province)', audience: 'Addressed to (organisation and below)', signer: 'Signed by',
    title: 'Title', summary: 'Summary', relations: 'Related documents', relatedBy: 'Referred to by', relation: 'Relation',
    relNumber: 'Number of the related document', attachments: 'Attachments', file: 'Choose a PDF, DOCX, PNG or JPEG file (20 MB at most)',
    attach: 'Upload file', save: 'Save draft', create: 'Create draft', submit: 'Submit for review', approve: 'Approve and publish',
    sendBack: 'Send back', comment: 'Comment when sending back', archive: 'Take down (archive)', expire: 'Mark as expired',
    edit: 'Edit', bookmark: 'Save for later', unbookmark: 'Remove from saved', saved: 'Saved.', done: 'Done.',
    history: 'History', desk: 'Editor\'s desk', newDoc: 'New document', back: '← Back', download: 'Download',
    pages: 'pages', downloads: 'Downloads', reviewStatus: 'Review status', from: 'From', to: 'To',
    show: 'Show', org: 'Organisation', period: 'In the period', cumulative: 'Cumulative', total: 'Total', uploading: 'Uploading…',
    removeFile: 'Remove file', lastComment: 'Reviewer\'s comment', noFile: 'No attachment yet.', noRelation: '— None —',
    actions: { DRAFT: 'Drafted', UPDATE: 'Edited', SUBMIT: 'Submitted', RETURN: 'Sent back', APPROVE: 'Approved and published',
      ARCHIVE: 'Taken down', ATTACH: 'File attached', DETACH: 'File removed', STATUS: 'Legal status changed' },
  },
};

export const routes = {
  '/documents': library,
  '/documents/view/:id': view,
  '/documents/bookmarks': bookmarks,
  '/documents/upload': desk,
  '/documents/new': edit,
  '/documents/edit/:id': edit,
  '/documents/review': reviewQueue,
  '/documents/stats': stats,
};

const enc = encodeURIComponent;
const page = (path, cursor, limit = 20) => `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${enc(cursor)}` : ''}`;
let vocabulary = null;
const vocab = ctx => (vocabulary ??= ctx.api('GET', '/api/documents/vocabulary').catch(e => { vocabulary = null; throw e; }));
const options = (h, map, selected, t, empty = 'all') => [h('option', { value: '' }, t(empty)),
  Object.entries(map).map(([k, v]) => h('option', { value: k, selected: k === selected }, v))];

/** Roles that draft documents for an organisation at or below their grant (Access.DRAFTERS on the server). */
const DRAFTERS = ['EDITOR', 'COMMITTEE', 'SECRETARY', 'ADMIN'];

/** The caller's drafting grants, and a test of whether an organisation id lies at or below one of them. */
async function drafting(ctx) {
  const list = await ctx.orgs();
  const parent = new Map(list.map(o => [o.id, o.parentId]));
  const grants = ctx.user.grants.filter(g => DRAFTERS.includes(g.role));
  const roots = new Set(grants.map(g => g.orgId));
  const covers = id => { for (let x = id; x != null; x = parent.get(x)) if (roots.has(x)) return true; return false; };
  // Central documents are posted by the province: only for those who draft at the root
  return { first: grants[0]?.orgId, covers, province: list.some(o => o.parentId == null && covers(o.id)) };
}

/** A table of list items; each row opens the document. */
function table(ctx, t, items) {
  const { h } = ctx;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'documents' },
    h('thead', {}, h('tr', {}, [t('number'), t('title'), t('issuedOn'), t('status')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, items.map(d => h('tr', {},
      h('td', {}, h('a', { href: `#/documents/view/${d.id}` }, d.number)),
      h('td', {}, d.title, h('div', { class: 'muted' }, `${d.typeLabel} · ${d.issuerName}`)),
      h('td', {}, ctx.date(d.issuedOn, false)),
      h('td', {}, h('span', { class: 'badge' }, d.reviewStatus && d.reviewStatus !== 'APPROVED' ? d.reviewStatusLabel : d.legalStatusLabel)))))));
}

/** Marks the highlighted ranges of a search snippet (text nodes only). */
function marked(h, snippet, highlights) {
  const out = [];
  let at = 0;
  for (const { start, end } of highlights || []) {
    out.push(snippet.slice(at, start), h('mark', {}, snippet.slice(start, end)));
    at = end;
  }
  out.push(snippet.slice(at));
  return out;
}

async function library(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const v = await vocab(ctx);
  const results = h('div', { id: 'documents-results', 'aria-live': 'polite' });
  const list = q => results.replaceChildren(ctx.pager(c => ctx.api('GET', page(`/api/documents?${q}`, c)),
    items => table(ctx, t, items), t('none')));
  const searchForm = ctx.form({ role: 'search', id: 'documents-search' }, [h('div', { class: 'row' },
    ctx.field(t('search'), { name: 'q', type: 'search', required: true }),
    h('button', { type: 'submit', class: 'primary' }, t('find')))], async ({ q }) => {
    if (!q) return;
    const hits = await ctx.api('GET', `/api/documents/search?q=${enc(q)}&limit=50`);
    results.replaceChildren(hits.length ? h('ol', { class: 'plain' }, hits.map(x => h('li', {},
      h('a', { href: `#/documents/view/${x.document.id}` }, `${x.document.number} – ${x.document.title}`),
      h('p', { class: 'muted' }, marked(h, x.snippet, x.highlights))))) : h('p', { class: 'muted' }, t('none')));
  });
  const filters = ctx.form({ id: 'documents-filter' }, [h('div', { class: 'row' },
    ctx.field(t('type'), h('select', { name: 'type' }, options(h, v.types, null, t))),
    ctx.field(t('level'), h('select', { name: 'level' }, options(h, v.levels, null, t))),
    ctx.field(t('status'), h('select', { name: 'status' }, options(h, v.statuses, null, t))),
    ctx.field(t('issuer'), { name: 'issuer', maxlength: '32' }),
    ctx.field(t('year'), { name: 'year', type: 'number', min: '1930', max: '2100' })),
    h('label', {}, h('input', { type: 'checkbox', name: 'cellOnly' }), ' ', t('cellOnly')),
    h('button', { type: 'submit', class: 'secondary' }, t('filter'))], async f => {
    const q = new URLSearchParams();
    ['type', 'level', 'status', 'issuer', 'year'].forEach(k => f[k] && q.set(k, f[k]));
    if (f.cellOnly) q.set('scope', 'cell');
    list(q.toString());
  });
  list('');
  ctx.main.append(h('h1', {}, t('library')), searchForm, filters, results);
}

async function bookmarks(ctx) {
  const t = ctx.i18n(T);
  ctx.main.append(ctx.h('h1', {}, t('bookmarks')),
    ctx.pager(c => ctx.api('GET', page('/api/documents/bookmarks', c)), items => table(ctx, t, items), t('none')));
}

async function view(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const d = await ctx.api('GET', `/api/documents/${enc(id)}`);
  const act = (label, method, path, body, cls = 'secondary') => h('button', { type: 'button', class: cls, onclick: async () => {
    try {
      await ctx.api(method, path, typeof body === 'function' ? body() : body);
      ctx.notify(t('done'));
      ctx.main.replaceChildren();
      await view(ctx, { id: d.id }); // same route: draw again

    } catch (e) { ctx.showProblem(ctx.main, e); }
  } }, label);
  const mark = h('button', { type: 'button', class: 'secondary', id: 'bookmark', onclick: async () => {
    try {
      await ctx.api(d.bookmarked ? 'DELETE' : 'PUT', `/api/documents/${d.id}/bookmark`);
      d.bookmarked = !d.bookmarked;
      mark.textContent = d.bookmarked ? t('unbookmark') : t('bookmark');
      ctx.notify(t('saved'));
    } catch (e) { ctx.showProblem(ctx.main, e); }
  } }, d.bookmarked ? t('unbookmark') : t('bookmark'));
  const links = (label, list) => list.length ? [h('h2', {}, label), h('ul', {}, list.map(l => h('li', {},
    `${l.label}: `, h('a', { href: `#/documents/view/${l.documentId}` }, l.number), ` – ${l.title}`)))] : [];
  const manager = !!d.reviewStatus;
  const v = manager && d.history ? await vocab(ctx) : null;
  // a legal-status event's note is "<STATUS> [<number of the document that caused it>]"
  const note = e => e.action === 'STATUS' && e.note ? e.note.replace(/^[A-Z_]+/, w => v.statuses[w] || w) : e.note;
  const comment = h('textarea', { name: 'comment', rows: '3', maxlength: '2000' });
  const actions = manager ? h('div', { class: 'actions' },
    ['DRAFT', 'RETURNED'].includes(d.reviewStatus) && [
      h('a', { href: `#/documents/edit/${d.id}`, class: 'button secondary' }, t('edit')),
      act(t('submit'), 'POST', `/api/documents/${d.id}/submit`, null, 'primary')],
    d.reviewStatus === 'SUBMITTED' && ctx.holds('REVIEWER') && [
      act(t('approve'), 'POST', `/api/documents/${d.id}/approve`, null, 'primary'),
      ctx.field(t('comment'), comment),
      act(t('sendBack'), 'POST', `/api/documents/${d.id}/return`, () => ({ comment: comment.value }))],
    d.reviewStatus === 'APPROVED' && ctx.holds('REVIEWER') && [
      act(t('expire'), 'POST', `/api/documents/${d.id}/legal-status`, { status: 'EXPIRED' }),
      act(t('archive'), 'POST', `/api/documents/${d.id}/archive`)]) : null;
  ctx.main.append(h('p', {}, h('a', { href: '#/documents' }, t('back'))),
    h('h1', {}, `${d.number} – ${d.title}`),
    h('p', { class: 'muted' }, `${d.typeLabel} · ${d.levelLabel} · ${d.issuerName} · ${ctx.date(d.issuedOn, false)}${d.signer ? ` · ${d.signer}` : ''}`),
    h('p', {}, h('span', { class: 'badge' }, d.legalStatusLabel), ' ', manager ? h('span', { class: 'badge' }, d.reviewStatusLabel) : null),
    d.lastComment && d.reviewStatus === 'RETURNED' ? h('p', { class: 'problem' }, `${t('lastComment')}: ${d.lastComment}`) : null,
    d.summary ? h('p', {}, d.summary) : null,
    h('h2', {}, t('attachments')),
    d.attachments.length ? h('ul', {}, d.attachments.map(a => h('li', {},
      h('a', { href: a.url, download: a.fileName }, `${t('download')} ${a.fileName}`),
      h('span', { class: 'muted' }, ` (${Math.ceil(a.size / 1024)} KB${a.pages ? `, ${a.pages} ${t('pages')}` : ''})`)))) : h('p', { class: 'muted' }, t('noFile')),
    links(t('relations'), d.relations), links(t('relatedBy'), d.relatedBy),
    h('p', {}, `${t('downloads')}: ${d.downloads}`), d.reviewStatus === 'APPROVED' || !manager ? mark : null, actions,
    manager && d.history ? [h('h2', {}, t('history')), h('ol', {}, d.history.map(e => h('li', {},
      `${ctx.date(e.at)} · ${e.actorName} · ${t('actions')[e.action] || e.action}${e.note ? ` · ${note(e)}` : ''}`)))] : null);
}

async function desk(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const items = await ctx.api('GET', '/api/documents/desk');
  ctx.main.append(h('h1', {}, t('desk')), h('p', {}, h('a', { href: '#/documents/new', class: 'button primary' }, t('newDoc'))),
    items.length ? table(ctx, t, items) : h('p', { class: 'muted' }, t('none')));
}

async function reviewQueue(ctx) {
  const t = ctx.i18n(T);
  const items = await ctx.api('GET', '/api/documents/review');
  ctx.main.append(ctx.h('h1', {}, t('review')), items.length ? table(ctx, t, items) : ctx.h('p', { class: 'muted' }, t('none')));
}

async function edit(ctx, params = {}) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const d = params.id ? await ctx.api('GET', `/api/documents/${enc(params.id)}`) : null;
  const v = await vocab(ctx);
  const scope = await drafting(ctx);
  const rel = d && d.relations[0];
  const f = ctx.form({ id: 'document-form' }, [
    ctx.field(t('number'), { name: 'number', required: true, maxlength: '64', value: d?.number || '', placeholder: '619-BC/ĐUK' }),
    ctx.field(t('title'), h('textarea', { name: 'title', required: true, rows: '2', maxlength: '1000', value: d?.title || '' })),
    h('div', { class: 'row' },
      ctx.field(t('issuedOn'), { name: 'issuedOn', type: 'date', required: true, value: d?.issuedOn || '' }),
      ctx.field(t('signer'), { name: 'signer', maxlength: '255', value: d?.signer || '' })),
    ctx.field(t('issuerName'), { name: 'issuerName', required: true, maxlength: '255', value: d?.issuerName || '' }),
    ctx.field(t('owner'), await ctx.orgSelect({ name: 'ownerOrgId', required: true }, o => scope.covers(o.id), d?.owner.id ?? scope.first)),
    scope.province || d?.level === 'CENTRAL'
      ? h('label', {}, h('input', { type: 'checkbox', name: 'central', checked: d?.level === 'CENTRAL' }), ' ', t('central')) : null,
    ctx.field(t('audience'), await ctx.orgSelect({ name: 'audienceOrgId' }, () => true, d?.audience.id)),
    ctx.field(t('summary'), h('textarea', { name: 'summary', rows: '4', maxlength: '4000', value: d?.summary || '' })),
    h('div', { class: 'row' },
      ctx.field(t('relation'), h('select', { name: 'relationKind' }, options(h, v.relations, rel?.kind, t, 'noRelation'))),
      ctx.field(t('relNumber'), { name: 'relationNumber', maxlength: '64', value: rel?.number || '' })),
    h('button', { type: 'submit', class: 'primary' }, d ? t('save') : t('create'))], async x => {
    const body = { number: x.number, title: x.title, issuedOn: x.issuedOn, signer: x.signer, issuerName: x.issuerName,
      ownerOrgId: x.ownerOrgId == null ? null : Number(x.ownerOrgId), central: !!x.central,
      audienceOrgId: x.audienceOrgId == null ? null : Number(x.audienceOrgId), summary: x.summary,
      relations: x.relationKind && x.relationNumber ? [{ kind: x.relationKind, number: x.relationNumber }] : [] };
    const saved = d ? await ctx.api('PUT', `/api/documents/${d.id}`, body) : await ctx.api('POST', '/api/documents', body);
    ctx.notify(t('saved'));
    if (d) {
      ctx.main.replaceChildren();
      await edit(ctx, { id: saved.id });
    } else {
      ctx.navigate(`/documents/edit/${saved.id}`);
    }
  });
  ctx.main.append(h('p', {}, h('a', { href: d ? `#/documents/view/${d.id}` : '#/documents/upload' }, t('back'))),
    h('h1', {}, d ? `${t('edit')} ${d.number}` : t('newDoc')), f);
  if (!d) return;
  const bar = h('progress', { max: '100', value: '0', hidden: true });
  const file = h('input', { type: 'file', name: 'file', accept: '.pdf,.docx,.png,.jpg,.jpeg' });
  const files = h('ul', { id: 'document-files' }, d.attachments.map(a => h('li', {}, a.fileName, ' ',
    h('button', { type: 'button', class: 'secondary', onclick: async () => {
      try {
        await ctx.api('DELETE', `/api/documents/${d.id}/attachments/${a.id}`);
        ctx.main.replaceChildren();
        await edit(ctx, { id: d.id });
      } catch (e) { ctx.showProblem(up, e); }
    } }, t('removeFile')))));
  const up = ctx.form({ id: 'attachment-form' }, [ctx.field(t('file'), file), bar,
    h('button', { type: 'submit', class: 'secondary' }, t('attach'))], async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    bar.hidden = false;
    try {
      const a = await ctx.upload(`/api/documents/${d.id}/attachments?name=${enc(chosen.name)}`, chosen,
        'application/octet-stream', p => { bar.value = Math.round(p * 100); });
      files.append(h('li', {}, a.fileName));
      file.value = '';
    } finally { bar.hidden = true; }
  });
  ctx.main.append(h('h2', {}, t('attachments')), files, up);
}

async function stats(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const v = await vocab(ctx);
  const out = h('div', { id: 'documents-stats', 'aria-live': 'polite' });
  const today = new Date().toISOString().slice(0, 10);
  const f = ctx.form({ id: 'stats-form' }, [h('div', { class: 'row' },
    ctx.field(t('org'), await ctx.orgSelect({ name: 'org' }, o => o.type !== 'CELL')),
    ctx.field(t('from'), { name: 'from', type: 'date', value: `${today.slice(0, 8)}01` }),
    ctx.field(t('to'), { name: 'to', type: 'date' })),
    h('button', { type: 'submit', class: 'primary' }, t('show'))], async x => {
    const q = new URLSearchParams();
    ['org', 'from', 'to'].forEach(k => x[k] && q.set(k, x[k]));
    const s = await ctx.api('GET', `/api/documents/stats?${q}`);
    out.replaceChildren(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, [t('level'), t('period'), t('cumulative')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, Object.keys(s.postedByLevel).map(l => h('tr', {}, h('th', { scope: 'row' }, v.levels[l] || l),
        h('td', {}, s.postedByLevel[l]), h('td', {}, s.postedByLevelTotal[l]))),
        h('tr', { class: 'total' }, h('th', { scope: 'row' }, t('total')), h('td', {}, s.posted), h('td', {}, s.postedTotal))))),
      h('p', {}, `${t('downloads')} (${s.from} – ${s.to}): ${s.downloads}`));
  });
  ctx.main.append(h('h1', {}, t('stats')), f, out);
}
