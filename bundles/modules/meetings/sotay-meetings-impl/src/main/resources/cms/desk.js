// The meeting cycle's screens: the list, announcing, and one meeting (the secretary's desk from
// session.js for those who run it, the member's page from member.js for everyone on the roll).
import { runnerPanel } from './session.js';
import { memberPanel } from './member.js';
import { T, localInput, iso } from './common.js';

export const routes = {
  '/meetings': list,
  '/meetings/new': announce,
  '/meetings/:id': meeting,
};

const staff = ctx => ctx.holds('SECRETARY') || ctx.holds('COMMITTEE');

async function list(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('list')),
    staff(ctx) ? h('p', {}, h('a', { href: '#/meetings/new', class: 'button primary', id: 'meeting-new' }, t('announce'))) : null,
    ctx.pager(
      c => ctx.api('GET', '/api/meetings?limit=20' + (c ? '&cursor=' + encodeURIComponent(c) : '')),
      items => h('ul', { class: 'plain', id: 'meetings-list' }, items.map(i => h('li', { 'data-id': String(i.id) },
        h('a', { href: `#/meetings/${i.id}` }, h('strong', {}, i.title)),
        h('div', { class: 'muted' }, t('at') + ': ' + ctx.date(i.startsAt) + ' · ' + (i.orgName || '') + ' · ' + t(i.status)),
        i.topic ? h('p', {}, i.topic) : null))), t('none')));
  if (staff(ctx)) {
    // the desk: what an organisation holds or takes part in (SECRETARY, COMMITTEE over it)
    const results = h('div', { id: 'meetings-org' });
    const pick = await ctx.orgSelect({ name: 'org', id: 'meetings-org-select' });
    const show = () => results.replaceChildren(ctx.pager(
      c => ctx.api('GET', `/api/meetings?org=${encodeURIComponent(pick.value)}&limit=20` + (c ? '&cursor=' + encodeURIComponent(c) : '')),
      items => h('ul', { class: 'plain' }, items.map(i => h('li', {}, h('a', { href: `#/meetings/${i.id}` }, i.title),
        h('span', { class: 'muted' }, ` · ${ctx.date(i.startsAt)} · ${t(i.status)}`)))), t('none')));
    pick.addEventListener('change', show);
    if (pick.value) show();
    ctx.main.append(h('h2', {}, t('byOrg')), ctx.field(t('org'), pick), results);
  }
}

const lines = v => (v || '').split('\n').map(s => s.trim()).filter(Boolean);

async function announce(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const next = new Date();
  next.setMonth(next.getMonth() + 1, 5);
  next.setHours(8, 0, 0, 0);
  const f = ctx.form({ id: 'announce-form' }, [
    h('h1', {}, t('announce')),
    ctx.field(t('org'), await ctx.orgSelect({ name: 'orgId', required: true })),
    ctx.field(t('kind'), h('select', { name: 'kind' }, ['REGULAR', 'THEMATIC', 'EXTRAORDINARY'].map(k => h('option', { value: k }, t(k))))),
    ctx.field(t('title'), { name: 'title', required: true, maxlength: 255 }),
    ctx.field(t('topic'), { tag: 'textarea', name: 'topic', rows: 2, maxlength: 4000 }),
    ctx.field(t('starts'), { name: 'startsAt', type: 'datetime-local', required: true, value: localInput(next.toISOString()) }),
    ctx.field(t('ends'), { name: 'endsAt', type: 'datetime-local' }),
    ctx.field(t('place'), { name: 'place', maxlength: 255 }),
    ctx.field(t('room'), { name: 'onlineRoom', type: 'url', maxlength: 500 }),
    ctx.field(t('agenda'), { tag: 'textarea', name: 'agenda', rows: 4 }),
    ctx.field(t('materials'), { tag: 'textarea', name: 'materials', rows: 2 }),
    h('button', { type: 'submit', class: 'primary' }, t('send'))], async v => {
    const m = await ctx.api('POST', '/api/meetings', {
      orgId: v.orgId == null ? null : Number(v.orgId), kind: v.kind, title: v.title, topic: v.topic,
      startsAt: iso(v.startsAt), endsAt: iso(v.endsAt), place: v.place, onlineRoom: v.onlineRoom,
      agenda: lines(v.agenda).map(title => ({ title })), materials: lines(v.materials),
    });
    ctx.notify(t('announced'));
    ctx.navigate(`/meetings/${m.id}`);
  });
  ctx.main.append(f);
}

async function meeting(ctx, params) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  let m;
  try {
    m = await ctx.api('GET', `/api/meetings/${encodeURIComponent(params.id)}`);
  } catch (e) {
    ctx.main.append(h('p', { role: 'alert' }, t('notFound')));
    return;
  }
  const where = m.place || t('online');
  ctx.main.append(h('article', { id: 'meeting', 'data-status': m.status },
    h('h1', {}, m.title),
    h('p', { class: 'muted' }, `${t(m.kind)} · ${t(m.status)} · ${ctx.date(m.startsAt)} · ${where} · ${m.orgName || ''}`),
    m.announcedOnTime ? null : h('p', { class: 'warning', id: 'meeting-late' }, t('late')),
    m.topic ? h('p', {}, m.topic) : null,
    m.onlineRoom ? h('p', {}, h('a', { href: m.onlineRoom, rel: 'noopener noreferrer', target: '_blank' }, t('online'))) : null,
    h('h2', {}, t('agendaTitle')),
    h('ol', { id: 'meeting-agenda' }, m.agenda.map(a => h('li', {}, a.title, a.description ? h('div', { class: 'muted' }, a.description) : null))),
    m.status === 'OPEN' || m.status === 'CLOSED' ? h('nav', { class: 'actions', id: 'meeting-parts' },
      h('a', { href: `#/meetings/${m.id}/votes` }, t('votes')), ' · ',
      h('a', { href: `#/meetings/${m.id}/minutes` }, t('minutes')), ' · ',
      h('a', { href: `#/meetings/${m.id}/rating` }, t('rating'))) : null));
  let live = null;
  if (m.status === 'OPEN' || m.status === 'ANNOUNCED') {
    await ctx.api('GET', `/api/meetings/${m.id}/attendance`); // opens the meeting's live topic
    live = new EventSource(`/api/live?topic=${encodeURIComponent('meetings/' + m.id)}`);
  }
  // the same route again does not fire hashchange: draw the page anew in place
  const reload = async () => {
    if (live) live.close();
    ctx.main.replaceChildren();
    await meeting(ctx, params);
  };
  if (m.youRun) {
    await runnerPanel(ctx, m, live, reload);
  }
  await memberPanel(ctx, m, live, reload);
  const hist = await ctx.api('GET', `/api/meetings/${m.id}/history`);
  ctx.main.append(h('details', { id: 'meeting-history' }, h('summary', {}, t('history')),
    h('ul', {}, hist.map(e => h('li', {}, `${ctx.date(e.at)} · ${t(e.what)} · ${e.byName || ''}`
      + (e.newStartsAt && e.what === 'POSTPONED' ? ` → ${ctx.date(e.newStartsAt)}` : '') + (e.reason ? ` · ${t('reason')}: ${e.reason}` : ''))))));
  if (live) {
    const stop = () => live.close();
    window.addEventListener('hashchange', stop, { once: true });
  }
}
