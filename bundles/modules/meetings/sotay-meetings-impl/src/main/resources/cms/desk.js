// The meetings list (the secretary's desk grows here).

const T = {
  vi: { list: 'Sinh hoạt chi bộ', none: 'Chưa có cuộc họp nào.', at: 'Thời gian' },
  en: { list: 'Meetings', none: 'No meetings yet.', at: 'When' },
};

export const routes = {
  '/meetings': list,
};

async function list(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('list')), ctx.pager(
    c => ctx.api('GET', '/api/meetings?limit=20' + (c ? '&cursor=' + encodeURIComponent(c) : '')),
    items => h('ul', { class: 'plain', id: 'meetings-list' }, items.map(i => h('li', {},
      h('strong', {}, i.title),
      h('div', { class: 'muted' }, t('at') + ': ' + ctx.date(i.startsAt) + ' · ' + (i.orgName || '')),
      i.topic ? h('p', {}, i.topic) : null))), t('none')));
}
