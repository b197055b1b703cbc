// The committee's screens: contest set-up (bank, N, topic, difficulty, window, subtree or role,
// attempts), a programme's progress overview (completion per child organisation, overdue cells,
// remind through the inbox) and the rankings of a closed contest.
import { T, fill, css, pct, page } from './i18n.js';

const pad = n => String(n).padStart(2, '0');
const local = ms => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export async function setup(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const wanted = new URLSearchParams(location.hash.split('?')[1] || '').get('bank');
  const banks = (await ctx.api('GET', page('/api/study/banks', null, 100))).items;
  const org = await ctx.orgSelect({ name: 'orgId', required: true }, () => true, ctx.user.cellId);
  const select = (name, opts) => h('select', { name }, opts.map(([v, l]) => h('option', { value: v, selected: v === '' }, l)));
  const bank = h('select', { name: 'bankId', required: true }, banks.map(b => h('option', { value: String(b.id), selected: String(b.id) === wanted }, `${b.name} (${b.orgName})`)));
  const now = Date.now();
  const opens = h('input', { name: 'opensAt', type: 'datetime-local', required: true });
  opens.value = local(now);
  const closes = h('input', { name: 'closesAt', type: 'datetime-local', required: true });
  closes.value = local(now + 7 * 86400000);
  const num = (name, min, max, value) => h('input', { name, type: 'number', min: String(min), max: String(max), required: true, value: String(value) });
  const f = ctx.form({ id: 'contest-form' }, [
    ctx.field(t('title'), { name: 'title', required: true, maxlength: '255' }),
    ctx.field(t('kind'), select('kind', [['CONTEST', t('CONTEST')], ['QUIZ', t('QUIZ')]])),
    ctx.field(t('bank'), bank),
    ctx.field(t('topic'), { name: 'topic', maxlength: '255' }, t('topicHint')),
    ctx.field(t('difficulty'), select('difficulty', [['', t('any')], ['1', t('d1')], ['2', t('d2')], ['3', t('d3')]])),
    ctx.field(t('questionCount'), num('questionCount', 1, 200, 30)), ctx.field(t('minutes'), num('minutes', 1, 600, 60)),
    ctx.field(t('attempts'), num('attemptsAllowed', 1, 10, 1)), ctx.field(t('passPercent'), num('passPercent', 0, 100, 80)),
    ctx.field(t('orgScope'), org),
    ctx.field(t('role'), select('role', [['', t('everyone')], ['SECRETARY', t('SECRETARY')], ['COMMITTEE', t('COMMITTEE')]])),
    ctx.field(t('opens'), opens), ctx.field(t('closes'), closes),
    h('p', {}, h('button', { type: 'submit', class: 'primary' }, t('create')))], async v => {
    const body = { title: v.title, kind: v.kind, bankId: Number(v.bankId), topic: v.topic || null,
      difficulty: v.difficulty ? Number(v.difficulty) : null, questionCount: Number(v.questionCount), minutes: Number(v.minutes),
      attemptsAllowed: Number(v.attemptsAllowed), passPercent: Number(v.passPercent), orgId: Number(v.orgId), role: v.role || null,
      opensAt: new Date(opens.value).toISOString(), closesAt: new Date(closes.value).toISOString() };
    const k = await ctx.api('POST', '/api/study/contests', body);
    ctx.notify(t('createdContest'));
    ctx.navigate(`/study/contests/${k.id}`);
  });
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: '#/study' }, t('back'))), h('h1', {}, t('setup')),
    banks.length ? f : h('p', {}, t('noBanks'), ' ', h('a', { href: '#/study/banks' }, t('newBank'))));
}

const bar = (h, x) => h('progress', { class: 'rate', max: '100', value: String(Math.min(100, x || 0)), 'aria-hidden': 'true' });

export async function completion(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const [p, c] = await Promise.all([ctx.api('GET', `/api/study/programmes/${encodeURIComponent(id)}`),
    ctx.api('GET', `/api/study/programmes/${encodeURIComponent(id)}/completion`)]);
  const row = (o, total) => h('tr', total ? { class: 'total' } : {}, h('th', { scope: 'row' }, total ? `${t('total')}: ${o.name}` : o.name),
    h('td', {}, String(o.expected)), h('td', {}, String(o.completed)),
    h('td', { 'data-rate': String(o.rate), class: c.overdue && o.completed < o.expected ? 'study-overdue' : '' }, bar(h, o.rate), ' ', pct(o.rate)));
  const box = h('div', { class: 'actions', id: 'progress-actions' },
    h('button', { type: 'button', class: 'secondary', id: 'progress-remind', onclick: async () => {
      try { ctx.notify(fill(t('reminded'), { n: (await ctx.api('POST', `/api/study/programmes/${p.id}/remind`)).reminded })); } catch (e) { ctx.showProblem(box, e); }
    } }, t('remind')));
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: `#/study/programmes/${p.id}` }, '← ', p.title)), h('h1', {}, t('progress')),
    h('p', { class: 'muted' }, `${p.title} · ${t('deadline')} ${ctx.date(c.deadline)}`, c.overdue ? h('span', { class: 'badge study-overdue' }, ` ${t('overdue')}`) : ''),
    h('div', { class: 'table-wrap' }, h('table', { id: 'progress-orgs' },
      h('thead', {}, h('tr', {}, [t('unit'), t('expected'), t('done'), t('rate')].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, row(c.overall, true), c.organisations.map(o => row(o))))),
    h('h2', {}, t('overdueCells')),
    c.cells.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'progress-cells' },
      h('thead', {}, h('tr', {}, [t('cell'), t('notDone')].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, c.cells.map(x => h('tr', {}, h('th', { scope: 'row' }, x.name),
        h('td', { class: c.overdue ? 'study-overdue' : '' }, String(x.notCompleted))))))) : h('p', { class: 'muted' }, t('none')),
    box);
}

export async function rankings(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const r = await ctx.api('GET', `/api/study/contests/${encodeURIComponent(id)}/rankings`);
  const secs = s => `${Math.floor(s / 60)}:${pad(s % 60)}`;
  const people = (list, tid) => h('div', { class: 'table-wrap' }, h('table', tid ? { id: tid } : {},
    h('thead', {}, h('tr', {}, [t('rank'), t('member'), t('cell'), t('result'), t('seconds')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, list.map(m => h('tr', {}, h('td', {}, String(m.rank)), h('th', { scope: 'row' }, m.name), h('td', {}, m.cellName),
      h('td', {}, `${m.score}/${m.total}`), h('td', {}, secs(m.seconds)))))));
  const row = (o, total) => h('tr', total ? { class: 'total' } : {}, h('th', { scope: 'row' }, total ? `${t('total')}: ${o.name}` : o.name),
    h('td', {}, String(o.expected)), h('td', {}, String(o.participants)),
    h('td', { 'data-rate': String(o.participationRate) }, bar(h, o.participationRate), ' ', pct(o.participationRate)), h('td', {}, pct(o.averagePercent)),
    h('td', {}, o.top.map(m => m.name).join(', ')));
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: `#/study/contests/${r.contestId}` }, '← ', r.title)), h('h1', {}, `${t('rankings')}: ${r.title}`),
    h('div', { class: 'table-wrap' }, h('table', { id: 'rankings-orgs' },
      h('thead', {}, h('tr', {}, [t('unit'), t('toTake'), t('participants'), t('participation'), t('average'), t('top')].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, row(r.overall, true), r.organisations.map(o => row(o))))),
    h('h2', {}, t('top')), people(r.top, 'rankings-top'));
}
