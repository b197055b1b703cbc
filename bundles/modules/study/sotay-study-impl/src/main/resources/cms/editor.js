// The committee's programme and lesson editor: a new programme (organisation subtree, deadline), a new
// lesson (position, sanitised HTML, content references, a short check), and the review actions on a
// lesson that is not approved yet (submit; approve or send back with a comment; the server decides who may).
import { T, css } from './i18n.js';

const L = {
  vi: { newProgramme: 'Tạo chương trình học tập', ptitle: 'Tên chương trình', description: 'Giới thiệu', orgTo: 'Gửi tới (tổ chức và toàn bộ cấp dưới)',
    deadline: 'Hạn hoàn thành', create: 'Tạo', newLesson: 'Soạn bài học', position: 'Thứ tự', ltitle: 'Tên bài học',
    body: 'Nội dung (HTML: đoạn văn, đậm, nghiêng, danh sách, bảng, liên kết)', refs: 'Văn bản được giải thích (ví dụ document:12, cách nhau bởi dấu phẩy)',
    check: 'Câu hỏi kiểm tra (không bắt buộc)', options: 'Các phương án (mỗi dòng một phương án, 2 đến 6)', correct: 'Phương án đúng (số thứ tự, từ 1)',
    save: 'Lưu bản nháp', review: 'Duyệt bài học', DRAFT: 'Bản nháp', SUBMITTED: 'Chờ duyệt', RETURNED: 'Trả lại', APPROVED: 'Đã duyệt',
    submit: 'Gửi duyệt', approve: 'Duyệt', sendBack: 'Trả lại', comment: 'Ý kiến khi trả lại', returned: 'Ý kiến của người duyệt' },
  en: { newProgramme: 'New study programme', ptitle: 'Programme title', description: 'Introduction', orgTo: 'To (organisation and everything below)',
    deadline: 'Deadline', create: 'Create', newLesson: 'New lesson', position: 'Position', ltitle: 'Lesson title',
    body: 'Text (HTML: paragraphs, bold, italics, lists, tables, links)', refs: 'Documents explained (e.g. document:12, comma-separated)',
    check: 'Short check (optional)', options: 'Options (one per line, 2 to 6)', correct: 'Right option (number, from 1)',
    save: 'Save draft', review: 'Review', DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved',
    submit: 'Submit for review', approve: 'Approve', sendBack: 'Send back', comment: 'Comment when sending back', returned: 'Reviewer\'s comment' },
};

export async function newProgramme(ctx) {
  const t = ctx.i18n(L);
  const { h } = ctx;
  const org = await ctx.orgSelect({ name: 'orgId', required: true }, () => true, ctx.user.cellId);
  const deadline = h('input', { name: 'deadline', type: 'date', required: true });
  deadline.value = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
  const f = ctx.form({ id: 'programme-form' }, [ctx.field(t('ptitle'), { name: 'title', required: true, maxlength: '255' }),
    ctx.field(t('description'), h('textarea', { name: 'description', rows: '3', maxlength: '4000' })), ctx.field(t('orgTo'), org),
    ctx.field(t('deadline'), deadline), h('button', { type: 'submit', class: 'primary' }, t('create'))], async v => {
    const p = await ctx.api('POST', '/api/study/programmes', { orgId: Number(v.orgId), title: v.title, description: v.description || null,
      deadline: v.deadline ? new Date(`${v.deadline}T23:59:59`).toISOString() : null });
    ctx.navigate(`/study/programmes/${p.id}`);
  });
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: '#/study' }, ctx.i18n(T)('back'))), h('h1', {}, t('newProgramme')), f);
}

export async function newLesson(ctx, { id }) {
  const t = ctx.i18n(L);
  const { h } = ctx;
  const p = await ctx.api('GET', `/api/study/programmes/${encodeURIComponent(id)}`);
  const f = ctx.form({ id: 'lesson-form' }, [
    ctx.field(t('position'), { name: 'position', type: 'number', min: '1', max: '500', value: String((p.lessons || []).length + 1) }),
    ctx.field(t('ltitle'), { name: 'title', required: true, maxlength: '255' }),
    ctx.field(t('body'), h('textarea', { name: 'body', rows: '10', maxlength: '30000' })),
    ctx.field(t('refs'), { name: 'refs', maxlength: '1000' }),
    h('fieldset', {}, h('legend', {}, t('check')), ctx.field(t('check'), { name: 'checkText', maxlength: '1000' }),
      ctx.field(t('options'), h('textarea', { name: 'checkOptions', rows: '4', maxlength: '6000' })),
      ctx.field(t('correct'), { name: 'checkCorrect', type: 'number', min: '1', max: '6' })),
    h('button', { type: 'submit', class: 'primary' }, t('save'))], async v => {
    const options = (v.checkOptions || '').split('\n').map(s => s.trim()).filter(Boolean);
    const l = await ctx.api('POST', `/api/study/programmes/${p.id}/lessons`, { position: Number(v.position || 1), title: v.title, body: v.body,
      refs: (v.refs || '').split(',').map(s => s.trim()).filter(Boolean),
      check: v.checkText ? { text: v.checkText, options, correct: v.checkCorrect ? Number(v.checkCorrect) - 1 : null } : null });
    ctx.navigate(`/study/lessons/${l.id}`);
  });
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: `#/study/programmes/${p.id}` }, '← ', p.title)), h('h1', {}, t('newLesson')), f);
}

/** Review actions for a lesson not approved yet (null when approved). */
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
  if (l.status === 'DRAFT' || l.status === 'RETURNED') box.append(act(t('submit'), 'lesson-submit', () => ctx.api('POST', `/api/study/lessons/${l.id}/submit`)));
  if (l.status === 'SUBMITTED') {
    box.append(act(t('approve'), 'lesson-approve', () => ctx.api('POST', `/api/study/lessons/${l.id}/approve`)), ' ',
      ctx.field(t('comment'), comment), act(t('sendBack'), 'lesson-return', () => ctx.api('POST', `/api/study/lessons/${l.id}/return`, { comment: comment.value })));
  }
  return box;
}
