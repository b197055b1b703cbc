// The secretary's desk for one meeting: open and close, the check-in code shown large, postpone and
// cancel, live attendance rates and the roll with marking (present, assisted, excused, absent).
import { T as BASE, localInput, iso } from './common.js';

const T = {
  vi: {
    open: 'Bắt đầu họp', close: 'Kết thúc họp', code: 'Mã điểm danh', postpone: 'Dời lịch', cancel: 'Hủy cuộc họp',
    newStart: 'Giờ bắt đầu mới', reason: 'Lý do', rates: 'Điểm danh', present: 'Có mặt', excused: 'Vắng có lý do',
    absent: 'Vắng', notYet: 'Chưa điểm danh', exempt: 'Miễn sinh hoạt (không tính)', assisted: 'Điểm danh hộ',
    roll: 'Danh sách dự họp', confirmClose: 'Kết thúc cuộc họp? Ai chưa điểm danh sẽ thành vắng.', done: 'Đã lưu.',
    INVITED: 'Chưa điểm danh', PRESENT: 'Có mặt', EXCUSED: 'Vắng có lý do', ABSENT: 'Vắng',
    SELF: 'tự điểm danh', ONLINE: 'trực tuyến', MARKED: 'bí thư điểm danh', ASSISTED: 'điểm danh hộ', REPORTED: 'báo vắng trước',
    EXEMPT: 'miễn sinh hoạt', edit: 'Sửa thông báo', attach: 'Đính kèm tệp (PDF, DOCX, PNG, JPEG, tối đa 10 MB)',
    attached: 'Đã đính kèm tệp.',
  },
  en: {
    open: 'Open the meeting', close: 'Close the meeting', code: 'Check-in code', postpone: 'Postpone', cancel: 'Cancel the meeting',
    newStart: 'New start', reason: 'Reason', rates: 'Attendance', present: 'Present', excused: 'Excused', absent: 'Absent',
    notYet: 'Not yet', exempt: 'Exempt (not counted)', assisted: 'Check in on their behalf', roll: 'Roll',
    confirmClose: 'Close the meeting? Whoever has not checked in becomes absent.', done: 'Saved.',
    INVITED: 'Not yet', PRESENT: 'Present', EXCUSED: 'Excused', ABSENT: 'Absent', SELF: 'self', ONLINE: 'online',
    MARKED: 'marked', ASSISTED: 'assisted', REPORTED: 'reported ahead', EXEMPT: 'exempt', edit: 'Edit',
    attach: 'Attach a file (PDF, DOCX, PNG, JPEG, up to 10 MB)', attached: 'File attached.',
  },
};

/** Renders the desk into ctx.main; `live` is the meeting's EventSource (or null), `reload` redraws the page. */
export async function runnerPanel(ctx, m, live, reload) {
  const t = ctx.i18n(T);
  const b = ctx.i18n(BASE);
  const { h } = ctx;
  const base = `/api/meetings/${m.id}`;
  const panel = h('section', { id: 'meeting-desk', class: 'card' }, h('h2', {}, b('desk')));
  ctx.main.append(panel);
  const act = (label, id, run, cls = 'primary') => h('button', { type: 'button', class: cls, id, onclick: async e => {
    e.target.disabled = true;
    try {
      await run();
      reload();
    } catch (err) {
      ctx.showProblem(panel, err);
      e.target.disabled = false;
    }
  } }, label);
  if (m.status === 'ANNOUNCED') {
    panel.append(act(t('open'), 'meeting-open', () => ctx.api('POST', `${base}/open`)));
    panel.append(ctx.form({ id: 'postpone-form' }, [h('h3', {}, t('postpone')),
      ctx.field(t('newStart'), { name: 'startsAt', type: 'datetime-local', required: true, value: localInput(m.startsAt) }),
      ctx.field(t('reason'), { name: 'reason', required: true, maxlength: 1000 }),
      h('button', { type: 'submit', class: 'secondary' }, t('postpone'))], async v => {
      await ctx.api('POST', `${base}/postpone`, { startsAt: iso(v.startsAt), reason: v.reason });
      ctx.notify(t('done'));
      reload();
    }));
    panel.append(ctx.form({ id: 'cancel-form' }, [h('h3', {}, t('cancel')),
      ctx.field(t('reason'), { name: 'reason', required: true, maxlength: 1000 }),
      h('button', { type: 'submit', class: 'danger' }, t('cancel'))], async v => {
      await ctx.api('POST', `${base}/cancel`, { reason: v.reason });
      ctx.notify(t('done'));
      reload();
    }));
  }
  if (m.status === 'ANNOUNCED' || m.status === 'OPEN') {
    const file = h('input', { type: 'file', name: 'file', accept: '.pdf,.docx,.png,.jpg,.jpeg' });
    panel.append(ctx.form({ id: 'attach-form' }, [ctx.field(t('attach'), file),
      h('button', { type: 'submit', class: 'secondary' }, t('attach'))], async () => {
      const f = file.files[0];
      if (!f) return;
      await ctx.upload(`${base}/attachments?name=${encodeURIComponent(f.name)}`, f, f.type || 'application/octet-stream');
      ctx.notify(t('attached'));
      reload();
    }));
  }
  if (m.status === 'OPEN') {
    panel.append(h('p', {}, t('code')), h('p', { id: 'checkin-code', class: 'checkin-code', 'aria-live': 'polite' }, m.checkinCode || ''),
      act(t('close'), 'meeting-close', async () => {
        if (window.confirm(t('confirmClose'))) await ctx.api('POST', `${base}/close`);
      }, 'danger'));
  }
  const rates = h('dl', { id: 'meeting-rates', class: 'rates' });
  const showRates = s => rates.replaceChildren(
    ...[['present', s.present, s.presentRate], ['excused', s.excused, s.excusedRate], ['absent', s.absent, s.absentRate],
      ['notYet', s.notYet, null], ['exempt', s.exempt, null]]
      .flatMap(([k, n, r]) => [h('dt', {}, t(k)), h('dd', { 'data-key': k }, r == null ? String(n) : `${n} (${r}%)`)]));
  showRates(await ctx.api('GET', `${base}/attendance`));
  panel.append(h('h3', {}, t('rates')), rates);
  const tbody = h('tbody', {});
  const row = a => h('tr', { 'data-member': String(a.memberId), 'data-state': a.state },
    h('td', {}, a.fullName || String(a.memberId)),
    h('td', {}, t(a.state) + (a.how ? ` (${t(a.how)})` : '') + (a.status === 'EXEMPT' ? ` · ${t('EXEMPT')}` : '')
      + (a.reason ? ` · ${a.reason}` : '')),
    h('td', {}, ...(m.status === 'CANCELLED' ? [] : [
      m.status === 'OPEN' ? mark(a, 'PRESENT', t('present'), false) : null,
      m.status === 'OPEN' ? mark(a, 'PRESENT', t('assisted'), true) : null,
      mark(a, 'EXCUSED', t('excused'), false), mark(a, 'ABSENT', t('absent'), false)])));
  const mark = (a, state, label, assisted) => h('button', { type: 'button', class: 'secondary small',
    'data-mark': assisted ? 'ASSISTED' : state, onclick: async () => {
      try {
        const reason = state === 'EXCUSED' ? window.prompt(t('reason')) : null;
        const r = await ctx.api('PUT', `${base}/attendees/${a.memberId}`, { state, reason, assisted });
        tbody.querySelector(`tr[data-member="${a.memberId}"]`).replaceWith(row({ ...a, ...r }));
      } catch (err) {
        ctx.showProblem(panel, err);
      }
    } }, label);
  const roll = await ctx.api('GET', `${base}/attendees`);
  roll.forEach(a => tbody.append(row(a)));
  panel.append(h('h3', {}, t('roll')), h('table', { id: 'meeting-roll' }, tbody));
  if (live) {
    live.addEventListener('attendance', e => {
      const d = JSON.parse(e.data);
      showRates(d.summary);
      const c = d.changed;
      const tr = c && tbody.querySelector(`tr[data-member="${c.memberId}"]`);
      if (tr) tr.replaceWith(row(c));
    });
  }
}
