// Minutes, rating and the committee's overview (part of the meetings module's CMS screens).
// No innerHTML: every element through ctx.h; server text is text.

const T = {
  vi: {
    minutes: 'Biên bản cuộc họp', none: 'Cuộc họp chưa có biên bản.', draft: 'Lập dự thảo từ dữ liệu cuộc họp',
    redraft: 'Lập lại dự thảo', save: 'Lưu biên bản', saved: 'Đã lưu biên bản.', section: 'Phần', title: 'Tiêu đề',
    body: 'Nội dung', add: 'Thêm phần', remove: 'Bỏ phần này', asChair: 'Duyệt (chủ trì)', asClerk: 'Duyệt (thư ký)',
    approved: 'Đã duyệt', locked: 'Biên bản đã khóa (chủ trì và thư ký đã duyệt).', pdf: 'Tải PDF', docx: 'Tải DOCX',
    chair: 'Chủ trì', clerk: 'Thư ký', waiting: 'chưa duyệt', rating: 'Xếp loại cuộc họp', grade: 'Xếp loại',
    comment: 'Nhận xét', rate: 'Lưu xếp loại', rated: 'Đã lưu xếp loại.', self: 'Chi bộ tự xếp loại',
    confirmed: 'Cấp trên xác nhận', confirm: 'Xác nhận / điều chỉnh', notRated: 'Chưa xếp loại.',
    overview: 'Theo dõi sinh hoạt chi bộ', org: 'Tổ chức', month: 'Tháng', show: 'Xem', cells: 'Chi bộ',
    announced: 'Thông báo', onTime: 'Đúng hạn', held: 'Đã họp', recorded: 'Có biên bản', unused: 'Chưa dùng hệ thống',
    attendance: 'Dự họp', yes: 'Có', no: '—', children: 'Theo tổ chức trực thuộc', perCell: 'Từng chi bộ',
    truncated: 'Danh sách bị cắt bớt: chọn tổ chức trực thuộc để xem chi tiết.', back: 'Về cuộc họp',
    GOOD: 'Tốt', FAIR: 'Khá', AVERAGE: 'Trung bình', POOR: 'Kém',
  },
  en: {
    minutes: 'Minutes', none: 'No minutes yet.', draft: 'Draft from the meeting', redraft: 'Draft again',
    save: 'Save minutes', saved: 'Minutes saved.', section: 'Section', title: 'Heading', body: 'Text', add: 'Add section',
    remove: 'Remove section', asChair: 'Approve (chair)', asClerk: 'Approve (clerk)', approved: 'Approved',
    locked: 'Locked (approved by chair and clerk).', pdf: 'Download PDF', docx: 'Download DOCX', chair: 'Chair',
    clerk: 'Clerk', waiting: 'not approved', rating: 'Meeting rating', grade: 'Grade', comment: 'Comment',
    rate: 'Save rating', rated: 'Rating saved.', self: "The cell's rating", confirmed: 'Confirmed from above',
    confirm: 'Confirm / change', notRated: 'Not rated yet.', overview: 'Following the meetings', org: 'Organisation',
    month: 'Month', show: 'Show', cells: 'Cells', announced: 'Announced', onTime: 'On time', held: 'Held',
    recorded: 'Minutes', unused: 'Did not use the system', attendance: 'Attendance', yes: 'Yes', no: '—',
    children: 'Per child organisation', perCell: 'Per cell',
    truncated: 'List cut short: pick a child organisation for details.', back: 'Back to the meeting',
    GOOD: 'Good', FAIR: 'Fair', AVERAGE: 'Average', POOR: 'Poor',
  },
};
const GRADES = ['GOOD', 'FAIR', 'AVERAGE', 'POOR'];

export const routes = {
  '/meetings/:id/minutes': minutes,
  '/meetings/:id/rating': rating,
  '/meetings/overview': overview,
};

const pct = r => Math.round((r || 0) * 1000) / 10 + '%';

async function minutes(ctx, params) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const id = Number(params.id);
  const meeting = await ctx.api('GET', `/api/meetings/${id}`);
  let m = null;
  try {
    m = await ctx.api('GET', `/api/meetings/${id}/minutes`);
  } catch (e) {
    if (e.status !== 404) throw e;
  }
  const box = h('div', { id: 'minutes-status', role: 'status' });
  ctx.main.append(h('h1', {}, t('minutes')), h('p', { class: 'muted' }, meeting.title + ' · ' + ctx.date(meeting.startsAt)), box);
  // the same route again fires no hashchange: render in place
  const redraw = () => { ctx.main.replaceChildren(); return minutes(ctx, params); };
  const draftButton = h('button', { type: 'button', id: 'minutes-draft', onclick: async () => {
    try { await ctx.api('POST', `/api/meetings/${id}/minutes`); redraw(); } catch (e) { ctx.showProblem(box, e); }
  } }, m ? t('redraft') : t('draft'));
  if (!m) {
    ctx.main.append(h('p', {}, t('none')), draftButton);
    return;
  }
  ctx.main.append(heading(ctx, m), approvals(ctx, t, m, id, box, redraw));
  if (m.lockedAt) {
    ctx.main.append(h('p', { class: 'badge', id: 'minutes-locked' }, t('locked')));
    m.sections.forEach(s => ctx.main.append(s.title ? h('h3', {}, s.title) : null,
      ...(s.body || '').split('\n').map(p => h('p', {}, p))));
  } else {
    ctx.main.append(editor(ctx, t, m, id, redraw), draftButton);
  }
  ctx.main.append(h('p', { class: 'row' },
    h('a', { href: `/api/meetings/${id}/minutes/pdf`, download: `bien-ban-${id}.pdf`, class: 'button', id: 'minutes-pdf' }, t('pdf')), ' ',
    h('a', { href: `/api/meetings/${id}/minutes/docx`, download: `bien-ban-${id}.docx`, class: 'button', id: 'minutes-docx' }, t('docx')), ' ',
    h('a', { href: `#/meetings/${id}/rating` }, t('rating'))));
}

function heading(ctx, m) {
  const { h } = ctx;
  return h('div', { class: 'minutes-heading' },
    h('div', { class: 'row' }, h('div', {}, (m.superiorName || '').toUpperCase(), h('br'), h('strong', {}, (m.orgName || '').toUpperCase())),
      h('div', {}, h('strong', {}, 'ĐẢNG CỘNG SẢN VIỆT NAM'), h('br'), h('em', {}, m.placeAndDate))),
    ...m.title.split('\n').map((l, i) => i === 0 ? h('h2', { class: 'center' }, l) : h('p', { class: 'center' }, l)));
}

function approvals(ctx, t, m, id, box, redraw) {
  const { h } = ctx;
  const approve = as => h('button', { type: 'button', id: `minutes-approve-${as.toLowerCase()}`, onclick: async () => {
    try { await ctx.api('POST', `/api/meetings/${id}/minutes/approve`, { as }); redraw(); } catch (e) { ctx.showProblem(box, e); }
  } }, as === 'CHAIR' ? t('asChair') : t('asClerk'));
  const line = (label, name, a, as) => h('li', {}, label + ': ' + (name || '…') + ' — ',
    a ? h('span', { class: 'badge' }, t('approved') + ' ' + ctx.date(a.at)) : (m.lockedAt ? t('waiting') : approve(as)));
  return h('ul', { class: 'plain', id: 'minutes-approvals' },
    line(t('chair'), m.chairName, m.chairApproval, 'CHAIR'), line(t('clerk'), m.clerkName, m.clerkApproval, 'CLERK'));
}

function editor(ctx, t, m, id, redraw) {
  const { h } = ctx;
  const list = h('div', { id: 'minutes-sections' });
  const add = s => {
    const n = list.children.length + 1;
    const row = h('fieldset', { class: 'minutes-section' }, h('legend', {}, t('section') + ' ' + n),
      ctx.field(t('title'), { name: 'title', value: s.title || '', maxlength: '500' }),
      ctx.field(t('body'), h('textarea', { name: 'body', rows: '6', maxlength: '20000' }, s.body || '')),
      h('button', { type: 'button', class: 'link', onclick: () => row.remove() }, t('remove')));
    list.append(row);
  };
  m.sections.forEach(add);
  return ctx.form({ id: 'minutes-form' }, [list,
    h('p', { class: 'row' }, h('button', { type: 'button', onclick: () => add({}) }, t('add')), ' ',
      h('button', { type: 'submit' }, t('save')))], async (values, form) => {
    const sections = [...form.querySelectorAll('fieldset.minutes-section')].map(f => ({
      title: f.querySelector('[name=title]').value, body: f.querySelector('[name=body]').value }));
    await ctx.api('PUT', `/api/meetings/${id}/minutes`, { sections });
    ctx.notify(t('saved'));
    await redraw();
  });
}

async function rating(ctx, params) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const id = Number(params.id);
  const meeting = await ctx.api('GET', `/api/meetings/${id}`);
  const criteria = await ctx.api('GET', '/api/meetings/rating-criteria');
  let r = null;
  try { r = await ctx.api('GET', `/api/meetings/${id}/rating`); } catch (e) { if (e.status !== 404) throw e; }
  const again = () => { ctx.main.replaceChildren(); return rating(ctx, params); };
  const select = (name, selected) => h('select', { name }, GRADES.map(g => h('option', { value: g, selected: g === selected }, t(g))));
  ctx.main.append(h('h1', {}, t('rating')), h('p', { class: 'muted' }, meeting.title),
    h('p', { id: 'rating-now' }, r ? `${t('self')}: ${t(r.selfGrade)}` + (r.confirmedGrade
      ? ` · ${t('confirmed')}: ${t(r.confirmedGrade)}` + (r.confirmComment ? ` (${r.confirmComment})` : '') : '') : t('notRated')));
  if (!r || !r.confirmedGrade) {
    ctx.main.append(ctx.form({ id: 'rating-form' }, [
      ctx.field(t('grade'), select('grade', r?.selfGrade)),
      ...criteria.map(c => ctx.field(c.name, select('c_' + c.key, r?.criteria?.[c.key]), c.text)),
      ctx.field(t('comment'), h('textarea', { name: 'comment', rows: '3', maxlength: '2000' }, r?.selfComment || '')),
      h('button', { type: 'submit' }, t('rate'))], async values => {
      const picked = {};
      criteria.forEach(c => { picked[c.key] = values['c_' + c.key]; });
      await ctx.api('PUT', `/api/meetings/${id}/rating`, { grade: values.grade, criteria: picked, comment: values.comment });
      ctx.notify(t('rated'));
      await again();
    }));
  }
  if (r && (ctx.holds('COMMITTEE'))) {
    ctx.main.append(h('h2', {}, t('confirm')), ctx.form({ id: 'rating-confirm' }, [
      ctx.field(t('grade'), select('grade', r.confirmedGrade || r.selfGrade)),
      ctx.field(t('comment'), h('textarea', { name: 'comment', rows: '3', maxlength: '2000' }, r.confirmComment || '')),
      h('button', { type: 'submit' }, t('confirm'))], async values => {
      await ctx.api('POST', `/api/meetings/${id}/rating/confirm`, { grade: values.grade, comment: values.comment });
      ctx.notify(t('rated'));
      await again();
    }));
  }
  ctx.main.append(h('p', {}, h('a', { href: `#/meetings/${id}/minutes` }, t('minutes'))));
}

async function overview(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const q = new URLSearchParams(location.hash.split('?')[1] || '');
  const grant = ctx.user.grants.find(g => g.role === 'COMMITTEE' || g.role === 'ADMIN' || g.role === 'SECRETARY');
  const org = q.get('org') || grant?.orgId;
  const now = new Date();
  const month = q.get('month') || `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const out = h('div', { id: 'overview-result' });
  const go = (o, mo) => ctx.navigate(`/meetings/overview?org=${o}&month=${mo}`);
  const select = await ctx.orgSelect({ name: 'org' }, undefined, org);
  ctx.main.append(h('h1', {}, t('overview')), ctx.form({ id: 'overview-form', class: 'row' }, [
    ctx.field(t('org'), select),
    ctx.field(t('month'), { name: 'month', type: 'month', value: month, required: true }),
    h('button', { type: 'submit' }, t('show'))], values => go(values.org, values.month)), out);
  if (!org) return;
  const o = await ctx.api('GET', `/api/meetings/overview?org=${encodeURIComponent(org)}&month=${encodeURIComponent(month)}`);
  const yes = b => b ? t('yes') : t('no');
  const head = cols => h('thead', {}, h('tr', {}, cols.map(c => h('th', { scope: 'col' }, c))));
  const counts = [t('cells'), t('announced'), t('onTime'), t('held'), t('recorded'), t('unused'), t('attendance'),
    t('GOOD'), t('FAIR'), t('AVERAGE'), t('POOR')];
  const row = (r, link) => h('tr', {}, h('td', {}, link ? h('a', { href: `#/meetings/overview?org=${r.orgId}&month=${month}` }, r.name) : r.name),
    ...[r.cells, r.announced, r.announcedOnTime, r.held, r.recorded, r.unused].map(x => h('td', {}, String(x))),
    h('td', {}, pct(r.attendanceRate)), ...[r.good, r.fair, r.average, r.poor].map(x => h('td', {}, String(x))));
  out.append(h('h2', {}, t('children')), h('div', { class: 'table-wrap' }, h('table', { id: 'overview-children' },
    head([t('org'), ...counts]), h('tbody', {}, o.children.map(r => row(r, true)), row(o.total, false)))));
  out.append(h('h2', {}, t('perCell')));
  if (o.cellsTruncated) out.append(h('p', { class: 'muted' }, t('truncated')));
  out.append(h('div', { class: 'table-wrap' }, h('table', { id: 'overview-cells' },
      head([t('cells'), t('announced'), t('onTime'), t('held'), t('recorded'), t('attendance'), t('self'), t('confirmed')]),
      h('tbody', {}, o.cells.map(c => h('tr', { class: c.announced ? '' : 'unused' },
        h('td', {}, c.name), ...[c.announced, c.announcedOnTime, c.held, c.recorded].map(b => h('td', {}, yes(b))),
        h('td', {}, c.counted ? `${c.present}/${c.counted} (${pct(c.attendanceRate)})` : t('no')),
        h('td', {}, c.selfGrade ? t(c.selfGrade) : t('no')),
        h('td', {}, c.ratedMeetingId ? h('a', { href: `#/meetings/${c.ratedMeetingId}/rating` },
          c.confirmedGrade ? t(c.confirmedGrade) : '…') : t('no'))))))));
}
