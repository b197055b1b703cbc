// CMS screens of the news module (screens id "news", header Sotay-Cms-Screens in bnd.bnd): the
// feed, the editor's desk and editor, the review queue, history and restore. Served by the CMS
// from this bundle while it is active; contract: vn.sotay.spi.cms.CmsScreens.

const T = {
  vi: {
    feed: 'Tin tức', desk: 'Bàn biên tập', write: 'Viết tin mới', edit: 'Sửa tin', review: 'Duyệt tin', history: 'Lịch sử phiên bản',
    category: 'Chuyên mục', all: 'Tất cả', status: 'Trạng thái', search: 'Tìm trong tiêu đề', filter: 'Lọc',
    title: 'Tiêu đề', summary: 'Tóm tắt (không bắt buộc)', body: 'Nội dung', audience: 'Phạm vi đăng (tổ chức và cấp dưới)',
    tags: 'Từ khóa (cách nhau bằng dấu phẩy)', sourceName: 'Nguồn tin', sourceUrl: 'Đường dẫn nguồn (http/https)',
    publishAt: 'Hẹn giờ đăng (để trống: đăng ngay khi được duyệt)', expiresAt: 'Hết hạn lúc (không bắt buộc)',
    featured: 'Tin nổi bật', featuredOrder: 'Thứ tự nổi bật', cover: 'Ảnh đại diện', coverHint: 'PNG, JPEG, WebP hoặc GIF, tối đa 5 MB.',
    removeCover: 'Bỏ ảnh', uploading: 'Đang tải ảnh lên…', save: 'Lưu nháp', submit: 'Gửi duyệt', saved: 'Đã lưu bản nháp.',
    submitted: 'Đã gửi duyệt.', returnedBy: 'Ban Biên tập trả lại với ý kiến:', comment: 'Ý kiến gửi biên tập viên',
    sendBack: 'Trả lại', approve: 'Duyệt đăng', approved: 'Đã duyệt.', sentBack: 'Đã trả lại bài cho biên tập viên.',
    publishNow: 'Đăng ngay khi duyệt', publishLater: 'Hẹn đăng lúc',
    reviewerSchedule: 'Giờ đăng khi duyệt (để trống: đăng ngay hoặc theo giờ người viết hẹn)', version: 'Phiên bản', kind: 'Thao tác', editor: 'Người lưu',
    savedAt: 'Lúc', view: 'Xem', restore: 'Khôi phục', restored: 'Đã khôi phục thành phiên bản mới.', back: '← Quay lại',
    none: 'Không có bài nào.', queueEmpty: 'Không có bài chờ duyệt.', by: 'Tác giả', open: 'Mở', views: 'lượt xem',
    bold: 'Đậm', italic: 'Nghiêng', underline: 'Gạch chân', h2: 'Tiêu đề mục', h3: 'Tiêu đề nhỏ', para: 'Đoạn văn',
    ul: 'Danh sách', ol: 'Danh sách số', quote: 'Trích dẫn', link: 'Liên kết', unlink: 'Bỏ liên kết', image: 'Chèn ảnh',
    linkPrompt: 'Địa chỉ liên kết (http, https hoặc mailto):', altPrompt: 'Mô tả ảnh (cho người khiếm thị):',
    toolbar: 'Định dạng nội dung', editorHint: 'Chỉ giữ định dạng đơn giản: đậm, nghiêng, tiêu đề, danh sách, trích dẫn, liên kết, ảnh, bảng.',
    cannotEdit: 'Bài đang chờ duyệt hoặc đã duyệt nên không sửa được.', preview: 'Xem trước ảnh',
    statuses: { DRAFT: 'Nháp', SUBMITTED: 'Chờ duyệt', RETURNED: 'Bị trả lại', APPROVED: 'Đã duyệt', ARCHIVED: 'Đã gỡ' },
    kinds: { DRAFT: 'Tạo bản nháp', UPDATE: 'Sửa', SUBMIT: 'Gửi duyệt', RETURN: 'Trả lại', APPROVE: 'Duyệt',
      RESTORE: 'Khôi phục', ARCHIVE: 'Gỡ bài' },
  },
  en: {
    feed: 'News', desk: 'Editor\'s desk', write: 'New article', edit: 'Edit article', review: 'Review articles', history: 'Version history',
    category: 'Category', all: 'All', status: 'Status', search: 'Search titles', filter: 'Filter',
    title: 'Title', summary: 'Summary (optional)', body: 'Text', audience: 'Audience (organisation and below)',
    tags: 'Tags (comma-separated)', sourceName: 'Source', sourceUrl: 'Source link (http/https)',
    publishAt: 'Publish at (empty: when approved)', expiresAt: 'Expires at (optional)', featured: 'Featured',
    featuredOrder: 'Featured order', cover: 'Cover image', coverHint: 'PNG, JPEG, WebP or GIF, at most 5 MB.', removeCover: 'Remove image',
    uploading: 'Uploading image…', save: 'Save draft', submit: 'Submit for review', saved: 'Draft saved.', submitted: 'Submitted for review.',
    returnedBy: 'Returned by the editorial board with this comment:', comment: 'Comment for the editor', sendBack: 'Send back',
    approve: 'Approve', approved: 'Approved.', sentBack: 'Sent back to the editor.', publishNow: 'Published when approved',
    reviewerSchedule: 'Publish at on approval (empty: now, or the editor\'s time)',
    publishLater: 'Scheduled for', version: 'Version', kind: 'Change', editor: 'Saved by', savedAt: 'At', view: 'View',
    restore: 'Restore', restored: 'Restored as a new version.', back: '← Back', none: 'No articles.', queueEmpty: 'Nothing waits for review.',
    by: 'Author', open: 'Open', views: 'views', bold: 'Bold', italic: 'Italic', underline: 'Underline', h2: 'Heading',
    h3: 'Subheading', para: 'Paragraph', ul: 'List', ol: 'Numbered list', quote: 'Quote', link: 'Link', unlink: 'Remove link',
    image: 'Insert image', linkPrompt: 'Link address (http, https or mailto):', altPrompt: 'Image description (for blind readers):',
    toolbar: 'Formatting', editorHint: 'Only simple formatting is kept: bold, italic, headings, lists, quotes, links, images, tables.',
    cannotEdit: 'The article waits for review or is approved, so it cannot be edited.', preview: 'Image preview',
    statuses: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved', ARCHIVED: 'Archived' },
    kinds: { DRAFT: 'Drafted', UPDATE: 'Edited', SUBMIT: 'Submitted', RETURN: 'Sent back', APPROVE: 'Approved',
      RESTORE: 'Restored', ARCHIVE: 'Archived' },
  },
};

export const routes = {
  '/news': feed,
  '/news/read/:id': read,
  '/news/write': desk,
  '/news/edit/:id': editor,
  '/news/history/:id': history,
  '/news/review': queue,
  '/news/review/:id': reviewOne,
};

// ---------------------------------------------------------------------------------------------
// HTML the server's sanitiser keeps (HtmlSafety.java): the same tags and attributes, nothing else

const KEEP = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A', 'IMG',
  'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);
const DROP = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK']);
const RENAME = { DIV: 'P', H1: 'H2', H5: 'H4', H6: 'H4' };
const LINK = /^\s*(https?:\/\/|mailto:)\S+$/i;
// the API answers this module's image URLs signed (?variant=&exp=&sig=): HtmlSafety stores them unsigned
const IMAGE = /^\s*(https?:\/\/\S+|\/api\/news\/images\/[A-Za-z0-9._-]+(\?[A-Za-z0-9=&._-]*)?)$/i;
const SPAN = /^[1-9][0-9]?$/;

/** Copies `from`'s children into `to` keeping only what the server keeps (parsed in an inert document). */
function cleanInto(from, to, doc) {
  for (const n of [...from.childNodes]) {
    if (n.nodeType === Node.TEXT_NODE) { to.append(doc.createTextNode(n.data)); continue; }
    if (n.nodeType !== Node.ELEMENT_NODE || DROP.has(n.tagName)) continue;
    const tag = RENAME[n.tagName] || n.tagName;
    if (!KEEP.has(tag)) { cleanInto(n, to, doc); continue; }
    const el = doc.createElement(tag.toLowerCase());
    if (tag === 'A' && LINK.test(n.getAttribute('href') || '')) { el.setAttribute('href', n.getAttribute('href').trim()); el.setAttribute('rel', 'noopener noreferrer'); }
    if (tag === 'IMG') {
      const src = (n.getAttribute('src') || '').trim();
      if (!IMAGE.test(src)) continue;
      el.setAttribute('src', src);
      if (n.getAttribute('alt')) el.setAttribute('alt', n.getAttribute('alt'));
    }
    if ((tag === 'A' || tag === 'IMG') && n.getAttribute('title')) el.setAttribute('title', n.getAttribute('title'));
    if (tag === 'TD' || tag === 'TH') for (const a of ['colspan', 'rowspan']) if (SPAN.test(n.getAttribute(a) || '')) el.setAttribute(a, n.getAttribute(a));
    cleanInto(n, el, doc);
    to.append(el);
  }
}

/** Cleaned HTML string of an HTML string. */
export function clean(html) {
  const src = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const out = document.implementation.createHTMLDocument('');
  const box = out.createElement('div');
  cleanInto(src.body, box, out);
  return box.innerHTML;
}

/** Nodes to show stored article HTML in the page (cleaned again, adopted from an inert document). */
function render(html) {
  const src = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const box = document.createElement('div');
  cleanInto(src.body, box, document);
  box.className = 'article-body';
  return box;
}

// ---------------------------------------------------------------------------------------------

const page = (base, c, limit = 20) => `${base}${base.includes('?') ? '&' : '?'}limit=${limit}${c ? `&cursor=${encodeURIComponent(c)}` : ''}`;
const badge = (ctx, t, s) => ctx.h('span', { class: `badge status-${s}` }, t('statuses')[s] || s);
const toLocal = iso => {
  if (!iso) return '';
  const d = new Date(iso);
  const z = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${z(d.getMonth() + 1)}-${z(d.getDate())}T${z(d.getHours())}:${z(d.getMinutes())}`;
};

async function categories(ctx) {
  return ctx.api('GET', '/api/news/categories');
}

async function feed(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const cats = await categories(ctx);
  const list = h('div', {});
  const show = cat => list.replaceChildren(ctx.pager(c => ctx.api('GET', page(`/api/news${cat ? `?category=${encodeURIComponent(cat)}` : ''}`, c, 10)),
    items => h('div', {}, items.map(a => h('article', { class: 'news-item' },
      a.coverThumbUrl ? h('img', { src: a.coverThumbUrl, alt: '' }) : null,
      h('div', {}, h('h2', {}, h('a', { href: `#/news/read/${a.id}` }, a.title)),
        h('p', { class: 'muted' }, `${a.categoryLabel} · ${a.audienceName} · ${ctx.date(a.publishAt)}`), h('p', {}, a.summary))))), t('none')));
  const f = ctx.form({ role: 'search' }, [h('div', { class: 'row' }, ctx.field(t('category'), h('select', { name: 'category' },
    h('option', { value: '' }, t('all')), cats.map(c => h('option', { value: c.code }, c.label)))),
  h('button', { type: 'submit', class: 'secondary' }, t('filter')))], async v => show(v.category));
  ctx.main.append(h('h1', {}, t('feed')), f, list);
  show(null);
}

async function read(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const a = await ctx.api('GET', `/api/news/articles/${encodeURIComponent(id)}`);
  ctx.main.append(h('p', {}, h('a', { href: '#/news' }, t('back'))), h('h1', {}, a.title),
    h('p', { class: 'muted' }, `${a.categoryLabel} · ${a.audienceName} · ${ctx.date(a.publishAt)}`, ' ', badge(ctx, t, a.status)),
    a.coverUrl ? h('img', { src: a.coverUrl, alt: '', class: 'cover' }) : null,
    a.summary ? h('p', {}, h('strong', {}, a.summary)) : null, render(a.body),
    a.sourceName ? h('p', { class: 'muted' }, `${t('sourceName')}: ${a.sourceName}`) : null);
}

/** Every page of a queue (small: the desk and the review queue hold what waits for work). */
async function everything(ctx, base) {
  const out = [];
  let cursor = null;
  for (let i = 0; i < 20; i++) {
    const p = await ctx.api('GET', page(base, cursor, 100));
    out.push(...p.items);
    if (!p.next) break;
    cursor = p.next;
  }
  return out;
}

async function desk(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const all = await everything(ctx, '/api/news/desk');
  const list = h('div', { id: 'desk-list' });
  const show = v => {
    const q = (v.q || '').toLocaleLowerCase('vi');
    const rows = all.filter(a => (!v.status || a.status === v.status) && (!q || a.title.toLocaleLowerCase('vi').includes(q)));
    const size = 10;
    list.replaceChildren(ctx.pager(async c => {
      const from = Number(c || 0);
      return { items: rows.slice(from, from + size), next: from + size < rows.length ? String(from + size) : null };
    }, items => h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, [t('title'), t('status'), t('audience'), t('savedAt'), ''].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, items.map(a => h('tr', {}, h('td', {}, h('a', { href: `#/news/edit/${a.id}` }, a.title)),
        h('td', {}, badge(ctx, t, a.status)), h('td', {}, a.audienceName), h('td', {}, ctx.date(a.updatedAt)),
        h('td', {}, h('a', { href: `#/news/history/${a.id}` }, t('history')))))))), t('none')));
  };
  const f = ctx.form({ role: 'search' }, [h('div', { class: 'row' },
    ctx.field(t('status'), h('select', { name: 'status' }, h('option', { value: '' }, t('all')),
      ['DRAFT', 'RETURNED', 'SUBMITTED'].map(s => h('option', { value: s }, t('statuses')[s])))),
    ctx.field(t('search'), { name: 'q', type: 'search' }),
    h('button', { type: 'submit', class: 'secondary' }, t('filter')))], async v => show(v));
  ctx.main.append(h('h1', {}, t('desk')), h('p', {}, h('a', { href: '#/news/edit/new', class: 'button', id: 'new-article' }, t('write'))), f, list);
  show({});
}

/** The rich-text editor: a toolbar over a contenteditable box whose HTML is cleaned like the server does. */
function richEditor(ctx, t, html, onImage) {
  const { h } = ctx;
  const area = h('div', { class: 'rich', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', name: 'body', id: 'article-body' });
  area.append(render(html));
  const unwrap = area.firstChild;
  if (unwrap) unwrap.replaceWith(...unwrap.childNodes);
  const cmd = (c, v) => { area.focus(); document.execCommand(c, false, v); };
  const button = (label, text, fn) => h('button', { type: 'button', title: label, 'aria-label': label, onclick: fn }, text);
  const bar = h('div', { class: 'rich-toolbar', role: 'toolbar', 'aria-label': t('toolbar'), 'aria-controls': area.id },
    button(t('bold'), 'B', () => cmd('bold')), button(t('italic'), 'I', () => cmd('italic')), button(t('underline'), 'U', () => cmd('underline')),
    button(t('h2'), 'H2', () => cmd('formatBlock', 'h2')), button(t('h3'), 'H3', () => cmd('formatBlock', 'h3')),
    button(t('para'), '¶', () => cmd('formatBlock', 'p')), button(t('ul'), '•', () => cmd('insertUnorderedList')),
    button(t('ol'), '1.', () => cmd('insertOrderedList')), button(t('quote'), '❝', () => cmd('formatBlock', 'blockquote')),
    button(t('link'), t('link'), () => { const u = prompt(t('linkPrompt'), 'https://'); if (u && LINK.test(u)) cmd('createLink', u.trim()); }),
    button(t('unlink'), t('unlink'), () => cmd('unlink')),
    button(t('image'), t('image'), () => picker.click()));
  const picker = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/webp,image/gif', class: 'visually-hidden', tabindex: '-1',
    'aria-hidden': 'true', onchange: async () => {
      const file = picker.files[0];
      picker.value = '';
      if (!file) return;
      const img = await onImage(file);
      if (!img) return;
      const alt = prompt(t('altPrompt'), '') || '';
      area.focus();
      document.execCommand('insertHTML', false, clean(`<img src="${img.url}" alt="${alt.replace(/[<>"&]/g, '')}">`));
    } });
  area.addEventListener('paste', e => {
    e.preventDefault();
    const data = e.clipboardData;
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    document.execCommand('insertHTML', false, html ? clean(html)
      : clean(text.split(/\n{2,}/).map(p => `<p>${p.replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c])).replace(/\n/g, '<br>')}</p>`).join('')));
  });
  document.execCommand('defaultParagraphSeparator', false, 'p');
  return { element: h('div', {}, bar, area, picker), html: () => clean(area.innerHTML) };
}

async function editor(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const isNew = id === 'new';
  const [cats, a] = await Promise.all([categories(ctx), isNew ? null : ctx.api('GET', `/api/news/articles/${encodeURIComponent(id)}`)]);
  const editable = isNew || ['DRAFT', 'RETURNED'].includes(a.status);
  const editorGrant = ctx.user.grants.find(g => g.role === 'EDITOR' || g.role === 'ADMIN');
  const coverId = h('input', { type: 'hidden', name: 'coverImageId', value: a?.coverImageId || '' });
  const preview = h('div', { class: 'preview', id: 'cover-preview', 'aria-live': 'polite' });
  let shown = []; // the cover's URLs as the API gave them (signed): shown again after an inline upload
  const showCover = (url, thumb) => { shown = [url, thumb]; preview.replaceChildren(url ? h('img', { src: thumb || url, alt: t('preview') }) : '',
    url ? h('button', { type: 'button', class: 'secondary', onclick: () => { coverId.value = ''; showCover(null); } }, t('removeCover')) : ''); };
  showCover(a?.coverUrl, a?.coverThumbUrl);
  const uploadImage = async file => {
    const status = h('p', { class: 'muted' }, t('uploading'));
    const bar = h('progress', { max: '100', value: '0', 'aria-label': t('uploading') });
    preview.replaceChildren(status, bar);
    try {
      return await ctx.upload('/api/news/images', file, file.type || 'application/octet-stream', p => { bar.value = Math.round(p * 100); });
    } catch (e) {
      preview.replaceChildren();
      ctx.showProblem(preview, e);
      return null;
    }
  };
  const coverInput = h('input', { type: 'file', name: 'cover', id: 'cover-file', accept: 'image/png,image/jpeg,image/webp,image/gif', onchange: async () => {
    const file = coverInput.files[0];
    if (!file) return;
    const img = await uploadImage(file);
    if (img) { coverId.value = img.id; showCover(img.url, img.variants && img.variants.thumb); }
  } });
  const rich = richEditor(ctx, t, a?.body || '', async file => {
    const keep = shown;
    const img = await uploadImage(file);
    showCover(...keep);
    return img;
  });
  const request = v => ({ title: v.title, summary: v.summary, body: rich.html(), category: v.category,
    tags: v.tags ? v.tags.split(',').map(s => s.trim()).filter(Boolean) : [], sourceName: v.sourceName, sourceUrl: v.sourceUrl,
    audienceOrgId: v.audienceOrgId == null ? null : Number(v.audienceOrgId), featured: v.featured,
    featuredOrder: v.featuredOrder == null ? null : Number(v.featuredOrder),
    publishAt: v.publishAt ? new Date(v.publishAt).toISOString() : null, expiresAt: v.expiresAt ? new Date(v.expiresAt).toISOString() : null,
    coverImageId: v.coverImageId });
  const f = ctx.form({ id: 'article-form' }, [
    ctx.field(t('title'), { name: 'title', required: true, maxlength: '500', value: a?.title || '' }),
    ctx.field(t('summary'), h('textarea', { name: 'summary', rows: '3', maxlength: '2000', value: a?.summary || '' })),
    h('div', { class: 'row' },
      ctx.field(t('category'), h('select', { name: 'category', required: true }, cats.map(c => h('option', { value: c.code, selected: a?.category === c.code }, c.label)))),
      ctx.field(t('audience'), await ctx.orgSelect({ name: 'audienceOrgId', required: true }, () => true, a ? a.audienceOrgId : editorGrant?.orgId))),
    h('div', { class: 'field' }, h('label', { for: 'article-body', id: 'body-label' }, t('body')), h('span', { class: 'hint' }, t('editorHint')), rich.element),
    ctx.field(t('cover'), coverInput, t('coverHint')), coverId, preview,
    h('div', { class: 'row' },
      ctx.field(t('publishAt'), { name: 'publishAt', type: 'datetime-local', value: toLocal(a?.publishAt) }),
      ctx.field(t('expiresAt'), { name: 'expiresAt', type: 'datetime-local', value: toLocal(a?.expiresAt) })),
    h('div', { class: 'row' },
      ctx.field(t('tags'), { name: 'tags', value: (a?.tags || []).join(', ') }),
      ctx.field(t('sourceName'), { name: 'sourceName', value: a?.sourceName || '' }),
      ctx.field(t('sourceUrl'), { name: 'sourceUrl', type: 'url', value: a?.sourceUrl || '' })),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', {}, h('input', { type: 'checkbox', name: 'featured', checked: a?.featured }), ' ', t('featured'))),
      ctx.field(t('featuredOrder'), { name: 'featuredOrder', type: 'number', min: '0', value: a?.featuredOrder ?? '' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', value: 'save', id: 'save-article' }, t('save')),
      h('button', { type: 'submit', class: 'primary', value: 'submit', id: 'submit-article' }, t('submit'))),
  ], async (v, form, submitter) => {
    const saved = isNew ? await ctx.api('POST', '/api/news/articles', request(v))
      : await ctx.api('PUT', `/api/news/articles/${a.id}`, request(v));
    if (submitter && submitter.value === 'submit') {
      await ctx.api('POST', `/api/news/articles/${saved.id}/submit`);
      ctx.notify(t('submitted'));
      ctx.navigate('/news/write');
    } else {
      ctx.notify(t('saved'));
      if (isNew) ctx.navigate(`/news/edit/${saved.id}`);
    }
  });
  if (!editable) f.querySelectorAll('input, select, textarea, button').forEach(e => { e.disabled = true; });
  if (!editable) f.querySelector('.rich').setAttribute('contenteditable', 'false');
  ctx.main.append(h('p', {}, h('a', { href: '#/news/write' }, t('back'))), h('h1', {}, isNew ? t('write') : t('edit')),
    a ? h('p', {}, badge(ctx, t, a.status), ' ', `${t('version')} ${a.version}`, ' · ', h('a', { href: `#/news/history/${a.id}` }, t('history'))) : null,
    a?.status === 'RETURNED' && a.lastComment ? h('div', { class: 'problem', id: 'return-comment' }, h('strong', {}, t('returnedBy')), ' ', a.lastComment) : null,
    editable ? null : h('p', { class: 'notice-ok' }, t('cannotEdit')), f);
}

async function history(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const a = await ctx.api('GET', `/api/news/articles/${encodeURIComponent(id)}`);
  const versions = await ctx.api('GET', `/api/news/articles/${encodeURIComponent(id)}/versions`);
  const view = h('section', { class: 'card', id: 'version-view', 'aria-live': 'polite' });
  view.hidden = true;
  const canRestore = ['DRAFT', 'RETURNED'].includes(a.status) && ctx.holds('EDITOR');
  ctx.main.append(h('p', {}, h('a', { href: `#/news/edit/${a.id}` }, t('back'))), h('h1', {}, `${t('history')}: ${a.title}`),
    h('div', { class: 'table-wrap' }, h('table', { id: 'versions' },
      h('thead', {}, h('tr', {}, [t('version'), t('kind'), t('status'), t('editor'), t('savedAt'), t('comment'), ''].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, versions.slice().reverse().map(v => h('tr', {}, h('td', {}, v.number), h('td', {}, t('kinds')[v.kind] || v.kind), h('td', {}, badge(ctx, t, v.status)),
        h('td', {}, v.editorName), h('td', {}, ctx.date(v.savedAt)), h('td', {}, v.comment || ''),
        h('td', {}, h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', onclick: async () => {
            const full = await ctx.api('GET', `/api/news/articles/${a.id}/versions/${v.number}`);
            view.hidden = false;
            view.replaceChildren(h('h2', {}, `${t('version')} ${v.number}: ${full.title}`), full.summary ? h('p', {}, h('strong', {}, full.summary)) : '', render(full.body));
            view.focus();
          } }, t('view')),
          canRestore && v.number !== a.version ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
            try {
              await ctx.api('POST', `/api/news/articles/${a.id}/versions/${v.number}/restore`);
              ctx.notify(t('restored'));
              ctx.navigate(`/news/edit/${a.id}`);
            } catch (e) { ctx.showProblem(ctx.main, e); }
          } }, t('restore')) : null))))))), view);
  view.setAttribute('tabindex', '-1');
}

async function queue(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('review')), ctx.pager(c => ctx.api('GET', page('/api/news/review', c)),
    items => h('div', { class: 'table-wrap' }, h('table', { id: 'review-list' },
      h('thead', {}, h('tr', {}, [t('title'), t('by'), t('audience'), t('publishAt'), t('savedAt')].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, items.map(a => h('tr', {}, h('td', {}, h('a', { href: `#/news/review/${a.id}` }, a.title)), h('td', {}, a.authorName),
        h('td', {}, a.audienceName), h('td', {}, a.publishAt ? ctx.date(a.publishAt) : t('publishNow')), h('td', {}, ctx.date(a.updatedAt))))))),
    t('queueEmpty')));
}

async function reviewOne(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const a = await ctx.api('GET', `/api/news/articles/${encodeURIComponent(id)}`);
  const scheduled = toLocal(a.publishAt);
  const f = ctx.form({ id: 'review-form' }, [
    ctx.field(t('reviewerSchedule'), { name: 'publishAt', type: 'datetime-local', value: scheduled }),
    ctx.field(t('comment'), h('textarea', { name: 'comment', rows: '4', maxlength: '2000' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', value: 'return', id: 'return-article' }, t('sendBack')),
      h('button', { type: 'submit', class: 'primary', value: 'approve', id: 'approve-article' }, t('approve')))],
  async (v, form, submitter) => {
    if (submitter && submitter.value === 'approve') {
      // only a time the reviewer changed is sent: the editor's own may have passed while the article waited
      const at = v.publishAt && v.publishAt !== scheduled ? `?publishAt=${encodeURIComponent(new Date(v.publishAt).toISOString())}` : '';
      await ctx.api('POST', `/api/news/articles/${a.id}/approve${at}`);
      ctx.notify(t('approved'));
    } else {
      await ctx.api('POST', `/api/news/articles/${a.id}/return`, { comment: v.comment });
      ctx.notify(t('sentBack'));
    }
    ctx.navigate('/news/review');
  });
  if (a.status !== 'SUBMITTED') f.querySelectorAll('button, textarea, input').forEach(e => { e.disabled = true; });
  ctx.main.append(h('p', {}, h('a', { href: '#/news/review' }, t('back'))), h('h1', {}, a.title),
    h('p', { class: 'muted' }, `${t('by')}: ${a.authorName} · ${a.categoryLabel} · ${a.audienceName} · `, badge(ctx, t, a.status)),
    h('p', { id: 'schedule' }, h('strong', {}, a.publishAt ? `${t('publishLater')} ${ctx.date(a.publishAt)}` : t('publishNow')),
      a.expiresAt ? ` · ${t('expiresAt')}: ${ctx.date(a.expiresAt)}` : ''),
    a.coverUrl ? h('img', { src: a.coverThumbUrl || a.coverUrl, alt: t('cover'), class: 'cover' }) : null,
    a.summary ? h('p', {}, h('strong', {}, a.summary)) : null, render(a.body),
    h('p', {}, h('a', { href: `#/news/history/${a.id}` }, t('history'))), f);
}
