// The committee's programme and lesson editor: a programme (organisation subtree, deadline) created or
// edited; a lesson (position, rich text, content references, a short check) created, or a draft or
// returned lesson opened, edited and saved with the version it was opened at (someone else's change
// meanwhile: the server's 409 is shown, nothing is overwritten), then submitted; and the review
// actions on a lesson that is not approved yet (submit; approve or send back with a comment; the
// server decides who may).
import { T, css } from './i18n.js';
import { richEditor } from './rich.js';
import { filesBox } from './files.js';

const L = {
  vi: { newProgramme: 'Tạo chương trình học tập', editProgramme: 'Sửa chương trình học tập', ptitle: 'Tên chương trình', description: 'Giới thiệu',
    orgTo: 'Gửi tới (tổ chức và toàn bộ cấp dưới)', deadline: 'Hạn hoàn thành', create: 'Tạo', newLesson: 'Soạn bài học', editLesson: 'Sửa bài học',
    position: 'Thứ tự', ltitle: 'Tên bài học', body: 'Nội dung', bodyHint: 'Chỉ giữ định dạng đơn giản: đậm, nghiêng, tiêu đề, danh sách, trích dẫn, liên kết, ảnh, bảng.',
    imagesLater: 'Lưu bản nháp trước, rồi chèn ảnh và đính kèm tệp.',
    refs: 'Văn bản được giải thích (ví dụ document:12, cách nhau bởi dấu phẩy)',
    check: 'Câu hỏi kiểm tra (không bắt buộc)', options: 'Các phương án (mỗi dòng một phương án, 2 đến 6)', correct: 'Phương án đúng (số thứ tự, từ 1)',
    save: 'Lưu bản nháp', saveSubmit: 'Lưu và gửi duyệt', saved: 'Đã lưu bản nháp (phiên bản {v}).', submitted: 'Đã gửi duyệt.', saveProgramme: 'Lưu',
    savedProgramme: 'Đã lưu chương trình.', version: 'Phiên bản', edit: 'Sửa bài học', editP: 'Sửa chương trình', reload: 'Tải lại bản mới nhất',
    cannotEdit: 'Bài học đang chờ duyệt hoặc đã duyệt nên không sửa được.',
    review: 'Duyệt bài học', DRAFT: 'Bản nháp', SUBMITTED: 'Chờ duyệt', RETURNED: 'Trả lại', APPROVED: 'Đã duyệt',
    submit: 'Gửi duyệt', approve: 'Duyệt', sendBack: 'Trả lại', comment: 'Ý kiến khi trả lại', returned: 'Ý kiến của người duyệt' },
  en: { newProgramme: 'New study programme', editProgramme: 'Edit study programme', ptitle: 'Programme title', description: 'Introduction',
    orgTo: 'To (organisation and everything below)', deadline: 'Deadline', create: 'Create', newLesson: 'New lesson', editLesson: 'Edit lesson',
    position: 'Position', ltitle: 'Lesson title', body: 'Text', bodyHint: 'Only simple formatting is kept: bold, italic, headings, lists, quotes, links, images, tables.',
    imagesLater: 'Save the draft first, then insert images and attach files.',
    refs: 'Documents explained (e.g. document:12, comma-separated)',
    check: 'Short check (optional)', options: 'Options (one per line, 2 to 6)', correct: 'Right option (number, from 1)',
    save: 'Save draft', saveSubmit: 'Save and submit', saved: 'Draft saved (version {v}).', submitted: 'Submitted for review.', saveProgramme: 'Save',
    savedProgramme: 'Programme saved.', version: 'Version', edit: 'Edit lesson', editP: 'Edit programme', reload: 'Load the latest version',
    cannotEdit: 'The lesson waits for review or is approved, so it cannot be edited.',
    review: 'Review', DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved',
    submit: 'Submit for review', approve: 'Approve', sendBack: 'Send back', comment: 'Comment when sending back', returned: 'Reviewer\'s comment' },
};

const pad = n => String(n).padStart(2, '0');
const day = iso => { const d = new Date(iso); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };

/** `/study/programmes/new` and `/study/programmes/:id/edit`. */
async function programmeForm(ctx, p) {
  const t = ctx.i18n(L);
  const { h } = ctx;
  const deadline = h('input', { name: 'deadline', type: 'date', required: true });
  deadline.value = p ? day(p.deadline) : day(Date.now() + 30 * 86400000);
  const org = p ? null : await ctx.orgSelect({ name: 'orgId', required: true }, () => true, ctx.user.cellId);
  let version = p ? p.version : null;
  const f = ctx.form({ id: 'programme-form' }, [ctx.field(t('ptitle'), { name: 'title', required: true, maxlength: '255', value: p ? p.title : '' }),
    ctx.field(t('description'), h('textarea', { name: 'description', rows: '3', maxlength: '4000', value: p ? p.description || '' : '' })),
    org ? ctx.field(t('orgTo'), org) : h('p', { class: 'muted' }, `${t('orgTo')}: ${p.orgName}`),
    ctx.field(t('deadline'), deadline), h('button', { type: 'submit', class: 'primary', id: 'programme-save' }, p ? t('saveProgramme') : t('create'))], async v => {
    const body = { title: v.title, description: v.description || null,
      deadline: v.deadline ? new Date(`${v.deadline}T23:59:59`).toISOString() : null };
    const saved = p ? await ctx.api('PUT', `/api/study/programmes/${p.id}`, { ...body, version })
      : await ctx.api('POST', '/api/study/programmes', { ...body, orgId: Number(v.orgId) });
    version = saved.version;
    ctx.notify(t('savedProgramme'));
    ctx.navigate(`/study/programmes/${saved.id}`);
  });
  ctx.main.append(css(ctx), h('p', {}, p ? h('a', { href: `#/study/programmes/${p.id}` }, '← ', p.title) : h('a', { href: '#/study' }, ctx.i18n(T)('back'))),
    h('h1', {}, p ? t('editProgramme') : t('newProgramme')), p ? h('p', { class: 'muted' }, `${t('version')} ${p.version}`) : null, f);
}

export const newProgramme = ctx => programmeForm(ctx, null);

export async function editProgramme(ctx, { id }) {
  await programmeForm(ctx, await ctx.api('GET', `/api/study/programmes/${encodeURIComponent(id)}`));
}

/** The lesson form: a new lesson of programme `p` (l null) or lesson `l` opened for editing. */
function lessonForm(ctx, p, l, next, files) {
  const t = ctx.i18n(L);
  const { h } = ctx;
  let version = l ? l.version : null;
  const versionText = h('span', { id: 'lesson-version' }, l ? `${t('version')} ${l.version}` : '');
  const rich = richEditor(ctx, l ? l.body : '', files ? files.uploadImage : null);
  const check = l && l.check;
  if (files) files.onInsert = rich.insertImage;
  const f = ctx.form({ id: 'lesson-form' }, [
    ctx.field(t('position'), { name: 'position', type: 'number', min: '1', max: '500', value: String(l ? l.position : next) }),
    ctx.field(t('ltitle'), { name: 'title', required: true, maxlength: '255', value: l ? l.title : '' }),
    h('div', { class: 'field' }, h('label', { for: 'lesson-body', id: 'lesson-body-label' }, t('body')),
      h('span', { class: 'hint' }, t('bodyHint'), files ? '' : ` ${t('imagesLater')}`), rich.element, h('input', { type: 'hidden', name: 'body' })),
    files ? files.element : null,
    ctx.field(t('refs'), { name: 'refs', maxlength: '1000', value: l ? (l.refs || []).map(r => `${r.ref.type}:${r.ref.id}`).join(', ') : '' }),
    h('fieldset', {}, h('legend', {}, t('check')), ctx.field(t('check'), { name: 'checkText', maxlength: '1000', value: check ? check.text : '' }),
      ctx.field(t('options'), h('textarea', { name: 'checkOptions', rows: '4', maxlength: '6000', value: check ? check.options.join('\n') : '' })),
      ctx.field(t('correct'), { name: 'checkCorrect', type: 'number', min: '1', max: '6', value: l && l.checkCorrect != null ? String(l.checkCorrect + 1) : '' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', value: 'save', id: 'lesson-save' }, t('save')), ' ',
      h('button', { type: 'submit', class: 'primary', value: 'submit', id: 'lesson-save-submit' }, t('saveSubmit')))], async (v, form, submitter) => {
    const options = (v.checkOptions || '').split('\n').map(s => s.trim()).filter(Boolean);
    const body = { position: Number(v.position || 1), title: v.title, body: rich.html(),
      refs: (v.refs || '').split(',').map(s => s.trim()).filter(Boolean),
      check: v.checkText ? { text: v.checkText, options, correct: v.checkCorrect ? Number(v.checkCorrect) - 1 : null } : null };
    const saved = l ? await ctx.api('PUT', `/api/study/lessons/${l.id}`, { ...body, version })
      : await ctx.api('POST', `/api/study/programmes/${p.id}/lessons`, body);
    version = saved.version;
    versionText.textContent = `${t('version')} ${saved.version}`;
    if (submitter && submitter.value === 'submit') {
      await ctx.api('POST', `/api/study/lessons/${saved.id}/submit`);
      ctx.notify(t('submitted'));
      ctx.navigate(`/study/lessons/${saved.id}`);
    } else {
      ctx.notify(t('saved').replace('{v}', saved.version));
      if (!l) ctx.navigate(`/study/lessons/${saved.id}/edit`);
    }
  });
  return { form: f, versionText };
}

export async function newLesson(ctx, { id }) {
  const t = ctx.i18n(L);
  const { h } = ctx;
  const p = await ctx.api('GET', `/api/study/programmes/${encodeURIComponent(id)}`);
  const { form } = lessonForm(ctx, p, null, (p.lessons || []).length + 1, null);
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: `#/study/programmes/${p.id}` }, '← ', p.title)), h('h1', {}, t('newLesson')), form);
}

export async function editLesson(ctx, { id }) {
  const t = ctx.i18n(L);
  const { h } = ctx;
  const l = await ctx.api('GET', `/api/study/lessons/${encodeURIComponent(id)}`);
  const back = h('p', {}, h('a', { href: `#/study/lessons/${l.id}` }, '← ', l.title));
  if (!l.editable) {
    ctx.main.append(css(ctx), back, h('h1', {}, t('editLesson')), h('p', { class: 'notice-ok', id: 'lesson-not-editable' }, t('cannotEdit')));
    return;
  }
  const files = filesBox(ctx, l);
  const { form, versionText } = lessonForm(ctx, null, l, l.position, files);
  ctx.main.append(css(ctx), back, h('h1', {}, t('editLesson')),
    h('p', { class: 'muted' }, h('span', { class: 'badge' }, t(l.status)), ' ', versionText, ' · ',
      h('button', { type: 'button', class: 'secondary', id: 'lesson-reload', onclick: () => { ctx.main.replaceChildren(); editLesson(ctx, { id }); } }, t('reload'))),
    l.status === 'RETURNED' && l.reviewComment ? h('div', { class: 'problem', id: 'return-comment' }, h('strong', {}, `${t('returned')}: `), l.reviewComment) : null,
    form);
}

/** Review actions for a lesson not approved yet (null when approved), and the edit link for its drafters. */
export function reviewBox(ctx, l) {
  if (l.status === 'APPROVED') return null;
  const t = ctx.i18n(L);
  const { h } = ctx;
  const act = (label, id, run) => h('button', { type: 'button', class: 'secondary', id, onclick: async () => {
    try { await run(); ctx.navigate(`/study/programmes/${l.programmeId}`); } catch (e) { ctx.showProblem(box, e); }
  } }, label);
  const comment = h('textarea', { name: 'comment', rows: '3', maxlength: '1000' });
  const box = h('section', { id: 'lesson-review' }, h('h2', {}, `${t('review')}: `, h('span', { class: 'badge' }, t(l.status))),
    l.reviewComment ? h('p', {}, h('em', {}, `${t('returned')}: `), l.reviewComment) : null);
  if (l.editable) box.append(h('a', { href: `#/study/lessons/${l.id}/edit`, class: 'button', id: 'lesson-edit' }, t('edit')), ' ');
  if (l.status === 'DRAFT' || l.status === 'RETURNED') box.append(act(t('submit'), 'lesson-submit', () => ctx.api('POST', `/api/study/lessons/${l.id}/submit`)));
  if (l.status === 'SUBMITTED') {
    box.append(act(t('approve'), 'lesson-approve', () => ctx.api('POST', `/api/study/lessons/${l.id}/approve`)), ' ',
      ctx.field(t('comment'), comment), act(t('sendBack'), 'lesson-return', () => ctx.api('POST', `/api/study/lessons/${l.id}/return`, { comment: comment.value })));
  }
  return box;
}

/** The edit link of a programme for its managers. */
export const programmeEditLink = (ctx, p) => p.manages
  ? ctx.h('a', { href: `#/study/programmes/${p.id}/edit`, class: 'button', id: 'programme-edit' }, ctx.i18n(L)('editP')) : null;
