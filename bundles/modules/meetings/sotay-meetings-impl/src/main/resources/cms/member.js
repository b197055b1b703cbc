// The member's side of one meeting, usable on a phone: materials (reading recorded), opinions on
// agenda items, reporting absence ahead, checking in with the code (or the online room).
const T = {
  vi: {
    materials: 'Tài liệu', unavailable: 'Nội dung không còn xem được', read: 'Đã đọc', markRead: 'Đánh dấu đã đọc',
    readers: 'người đã đọc', opinions: 'Góp ý', item: 'Mục chương trình', opinion: 'Ý kiến của tôi', send: 'Gửi góp ý',
    absence: 'Báo vắng', reason: 'Lý do vắng', report: 'Báo vắng', checkIn: 'Điểm danh', code: 'Mã điểm danh (6 chữ số)',
    checkInBtn: 'Điểm danh', online: 'Tôi đã vào phòng họp trực tuyến', present: 'Bạn đã điểm danh có mặt.',
    reported: 'Đã báo vắng.', sent: 'Đã gửi góp ý.', none: 'Chưa có góp ý.', files: 'Tệp đính kèm', presentNow: 'Có mặt',
  },
  en: {
    materials: 'Materials', unavailable: 'No longer available', read: 'Read', markRead: 'Mark as read', readers: 'have read it',
    opinions: 'Opinions', item: 'Agenda item', opinion: 'My opinion', send: 'Send', absence: 'Report absence',
    reason: 'Reason', report: 'Report absence', checkIn: 'Check in', code: 'Check-in code (6 digits)', checkInBtn: 'Check in',
    online: 'I joined the online room', present: 'You are checked in.', reported: 'Absence reported.', sent: 'Opinion sent.',
    none: 'No opinions yet.', files: 'Attachments', presentNow: 'Present',
  },
};

export async function memberPanel(ctx, m, live, reload) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const base = `/api/meetings/${m.id}`;
  if (live && !m.youRun) {
    // the room's attendance, live
    const line = h('p', { id: 'meeting-live', class: 'muted', 'aria-live': 'polite' });
    const show = s => { line.textContent = `${t('presentNow')}: ${s.present}/${s.counted} (${s.presentRate}%)`; };
    show(await ctx.api('GET', `${base}/attendance`));
    live.addEventListener('attendance', e => show(JSON.parse(e.data).summary));
    ctx.main.append(line);
  }
  const materials = await ctx.api('GET', `${base}/materials`);
  if (materials.length) {
    ctx.main.append(h('section', { id: 'meeting-materials' }, h('h2', {}, t('materials')), h('ul', { class: 'plain' },
      materials.map(x => h('li', { 'data-ref': x.ref },
        x.available ? h('strong', {}, x.title) : h('em', {}, t('unavailable')),
        x.typeLabel ? h('span', { class: 'muted' }, ` · ${x.typeLabel}`) : null,
        x.readers != null ? h('span', { class: 'muted readers' }, ` · ${x.readers}/${x.invited} ${t('readers')}`) : null,
        x.read ? h('span', { class: 'badge' }, ` ${t('read')}`) : h('button', { type: 'button', class: 'secondary small read-material',
          onclick: async () => { await ctx.api('POST', `${base}/materials/${x.id}/read`); reload(); } }, t('markRead')))))));
  }
  const files = await ctx.api('GET', `${base}/attachments`);
  if (files.length) {
    ctx.main.append(h('section', { id: 'meeting-files' }, h('h2', {}, t('files')), h('ul', { class: 'plain' },
      files.map(f => h('li', {}, h('a', { href: f.url, download: f.fileName }, f.fileName),
        h('span', { class: 'muted' }, ` · ${Math.ceil(f.size / 1024)} KB`))))));
  }
  const groups = await ctx.api('GET', `${base}/opinions`);
  const section = h('section', { id: 'meeting-opinions' }, h('h2', {}, t('opinions')),
    ...groups.map(g => h('div', { class: 'opinion-group', 'data-item': String(g.agendaItemId) }, h('h3', {}, g.title),
      g.opinions.length ? h('ul', {}, g.opinions.map(o => h('li', {}, h('strong', {}, o.fullName || ''), ': ', o.body)))
        : h('p', { class: 'muted' }, t('none')))));
  ctx.main.append(section);
  if (m.status === 'CLOSED' || m.status === 'CANCELLED' || m.agenda.length === 0) {
    return;
  }
  const open = m.status === 'OPEN';
  ctx.main.append(ctx.form({ id: 'opinion-form' }, [h('h3', {}, t('opinion')),
    ctx.field(t('item'), h('select', { name: 'agendaItemId' }, m.agenda.map(a => h('option', { value: String(a.id) }, a.title)))),
    ctx.field(t('opinion'), { tag: 'textarea', name: 'body', rows: 3, maxlength: 4000, required: true }),
    h('button', { type: 'submit', class: 'primary' }, t('send'))], async v => {
    await ctx.api('POST', `${base}/opinions`, { agendaItemId: Number(v.agendaItemId), body: v.body });
    ctx.notify(t('sent'));
    reload();
  }));
  if (open) {
    ctx.main.append(ctx.form({ id: 'checkin-form' }, [h('h2', {}, t('checkIn')),
      ctx.field(t('code'), { name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, pattern: '[0-9]{6}' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', value: 'code' }, t('checkInBtn')),
        m.onlineRoom ? h('button', { type: 'submit', class: 'secondary', value: 'online' }, t('online')) : null)],
    async (v, form, submitter) => {
      const online = submitter && submitter.value === 'online';
      await ctx.api('POST', `${base}/check-in`, online ? { online: true } : { code: v.code });
      form.replaceWith(h('p', { id: 'checked-in', role: 'status' }, t('present')));
    }));
  }
  ctx.main.append(ctx.form({ id: 'absence-form' }, [h('h2', {}, t('absence')),
    ctx.field(t('reason'), { name: 'reason', required: true, maxlength: 1000 }),
    h('button', { type: 'submit', class: 'secondary' }, t('report'))], async (v, form) => {
    await ctx.api('POST', `${base}/absence`, { reason: v.reason });
    form.replaceWith(h('p', { id: 'absence-reported', role: 'status' }, t('reported')));
  }));
}
