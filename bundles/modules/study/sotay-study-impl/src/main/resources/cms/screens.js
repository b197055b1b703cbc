// CMS screens of the study module (header Sotay-Cms-Screens in bnd.bnd), served by the CMS from this
// bundle while it is active. Contract: vn.sotay.spi.cms.CmsScreens and docs/cms.md (no innerHTML of
// server text, elements through ctx.h, Vietnamese first). This file: the member's study page, a
// programme, a lesson (open, read, short check) and a contest's page; attempt.js the timed attempt,
// banks.js the question banks and their import, manage.js contest set-up, progress and rankings.
import { T, fill, css } from './i18n.js';
import { attempt } from './attempt.js';
import { banks, bank } from './banks.js';
import { setup, rankings, completion } from './manage.js';
import { render } from './html.js';
import { newProgramme, editProgramme, newLesson, editLesson, reviewBox, programmeEditLink } from './editor.js';
import { attachmentList } from './files.js';

export const routes = {
  '/study': overview,
  '/study/programmes/new': newProgramme,
  '/study/programmes/:id': programme,
  '/study/programmes/:id/edit': editProgramme,
  '/study/programmes/:id/lessons/new': newLesson,
  '/study/programmes/:id/progress': completion,
  '/study/lessons/:id': lesson,
  '/study/lessons/:id/edit': editLesson,
  '/study/contests/new': setup,
  '/study/contests/:id': contest,
  '/study/contests/:id/rankings': rankings,
  '/study/attempts/:id': attempt,
  '/study/banks': banks,
  '/study/banks/:id': bank,
};

const manager = ctx => ctx.holds('SECRETARY') || ctx.holds('COMMITTEE');

export function contestLine(ctx, t, k) {
  const { h } = ctx;
  return h('li', { class: 'study-item', 'data-contest': String(k.id) },
    h('a', { href: `#/study/contests/${k.id}` }, k.runningAttemptId ? h('strong', {}, k.title) : k.title), ' ',
    h('span', { class: 'badge' }, t(k.kind)), ' ', h('span', { class: 'badge' }, t(k.status)),
    h('div', { class: 'muted' }, `${k.orgName} · ${fill(t('questionsMinutes'), { q: k.questionCount, m: k.minutes })} · ${t('closes')} ${ctx.date(k.closesAt)}`),
    k.eligible ? h('div', { class: 'muted' }, fill(t('attemptsUsed'), { u: k.attemptsUsed, a: k.attemptsAllowed }),
      k.bestScore != null ? ` · ${t('best')}: ${k.bestScore}/${k.questionCount}` : '') : null);
}

async function overview(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const o = await ctx.api('GET', '/api/study');
  const list = (id, items, line) => items.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'plain', id }, items.map(line));
  ctx.main.append(css(ctx), h('h1', {}, t('list')),
    manager(ctx) ? h('p', { class: 'actions' }, h('a', { href: '#/study/contests/new', class: 'button' }, t('newContest')), ' ',
      h('a', { href: '#/study/banks', class: 'button' }, t('banks')), ' ',
      h('a', { href: '#/study/programmes/new', class: 'button' }, t('newProgramme'))) : null,
    h('h2', {}, t('programmes')), list('study-programmes', o.programmes || [], p => h('li', { class: 'study-item' },
      h('a', { href: `#/study/programmes/${p.id}` }, p.title),
      h('div', { class: 'muted' }, `${p.orgName} · ${t('deadline')} ${ctx.date(p.deadline)}`),
      p.manages ? h('a', { href: `#/study/programmes/${p.id}/progress` }, t('seeProgress')) : null)),
    h('h2', {}, t('due')), list('study-due', o.due, k => contestLine(ctx, t, k)),
    o.managed.length ? h('h2', {}, t('managed')) : null,
    o.managed.length ? list('study-managed', o.managed, k => contestLine(ctx, t, k)) : null);
}

const stepOf = p => !p ? 'notOpened' : p.completedAt ? 'COMPLETED' : p.readAt ? 'READ' : 'OPENED';

async function programme(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const p = await ctx.api('GET', `/api/study/programmes/${encodeURIComponent(id)}`);
  const lessons = p.lessons || [];
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: '#/study' }, t('back'))), h('h1', {}, p.title),
    h('p', { class: 'muted' }, `${p.orgName} · ${t('deadline')} ${ctx.date(p.deadline)}`),
    p.description ? h('p', {}, p.description) : null,
    p.manages ? h('p', { class: 'actions' }, h('a', { href: `#/study/programmes/${p.id}/progress`, class: 'button' }, t('seeProgress')), ' ',
      programmeEditLink(ctx, p)) : null,
    p.drafts ? h('p', {}, h('a', { href: `#/study/programmes/${p.id}/lessons/new`, class: 'button', id: 'lesson-new' }, t('newLesson'))) : null,
    h('h2', {}, t('lessons')), h('p', { id: 'study-completed' }, fill(t('completedOf'), { c: p.completed, n: lessons.length })),
    lessons.length === 0 ? h('p', { class: 'muted' }, t('noLessons')) : h('ol', { class: 'study-lessons', id: 'study-lessons' },
      lessons.map(l => h('li', {}, h('a', { href: `#/study/lessons/${l.id}` }, l.title), ' ',
        l.status !== 'APPROVED' ? h('span', { class: 'badge' }, t(l.status)) : h('span', { class: `badge step-${stepOf(l.progress)}` }, t(stepOf(l.progress)))))));
}

async function lesson(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  let l = await ctx.api('GET', `/api/study/lessons/${encodeURIComponent(id)}`);
  const step = (s, answer) => ctx.api('POST', `/api/study/lessons/${l.id}/progress`, answer == null ? { step: s } : { step: s, answer });
  const status = h('p', { id: 'lesson-status', class: 'badge', 'aria-live': 'polite' }, t(stepOf(l.progress)));
  const show = p => { l.progress = p; status.textContent = t(stepOf(p)); };
  if (l.status === 'APPROVED' && !l.progress) { try { show(await step('OPENED')); } catch (e) { /* a reviewer reading: no progress */ } }
  const read = h('button', { type: 'button', class: 'secondary', id: 'lesson-read', onclick: async () => {
    try { show(await step('READ')); } catch (e) { ctx.showProblem(box, e); }
  } }, t('markRead'));
  const box = h('section', { class: 'study-check' });
  if (l.check) {
    box.append(h('h2', {}, t('check')), ctx.form({ id: 'lesson-check' }, [
      h('fieldset', {}, h('legend', {}, l.check.text), l.check.options.map((o, k) =>
        h('p', { class: 'study-option' }, h('label', {}, h('input', { type: 'radio', name: 'answer', value: String(k), required: true }), ' ', o)))),
      h('button', { type: 'submit', class: 'primary' }, t('answerCheck'))], async v => {
      show(await step('COMPLETED', v.answer == null ? null : Number(v.answer)));
      ctx.notify(t('COMPLETED'));
    }));
  } else {
    box.append(h('button', { type: 'button', class: 'primary', id: 'lesson-complete', onclick: async () => {
      try { show(await step('COMPLETED')); } catch (e) { ctx.showProblem(box, e); }
    } }, t('completeNoCheck')));
  }
  const refs = (l.refs || []).map(r => h('li', {}, r.available && r.url ? h('a', { href: r.url }, r.title) : `${r.ref.type}:${r.ref.id} (${t('unavailable')})`));
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: `#/study/programmes/${l.programmeId}` }, '← ', t('lessons'))),
    h('h1', {}, l.title), status, render(l.body),
    attachmentList(ctx, l), refs.length ? h('section', {}, h('h2', {}, t('refs')), h('ul', {}, refs)) : null,
    l.status === 'APPROVED' ? h('p', {}, read) : null, l.status === 'APPROVED' ? box : null, reviewBox(ctx, l));
}

async function contest(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const k = await ctx.api('GET', `/api/study/contests/${encodeURIComponent(id)}`);
  const box = h('div', { class: 'actions', id: 'contest-actions' });
  const go = h('button', { type: 'button', class: 'primary big', id: 'contest-start', onclick: async () => {
    try {
      const a = await ctx.api('POST', `/api/study/contests/${k.id}/attempts`);
      ctx.navigate(`/study/attempts/${a.id}`);
    } catch (e) { ctx.showProblem(box, e); }
  } }, k.runningAttemptId ? t('resume') : t('start'));
  if (k.status === 'OPEN' && k.eligible && (k.runningAttemptId || k.attemptsUsed < k.attemptsAllowed)) box.append(go);
  else if (k.status === 'OPEN' && !k.eligible) box.append(h('p', { class: 'muted' }, t('notEligible')));
  if (k.status === 'CLOSED' && k.kind === 'CONTEST') box.append(' ', h('a', { href: `#/study/contests/${k.id}/rankings`, class: 'button', id: 'contest-rankings' }, t('rankings')));
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: '#/study' }, t('back'))), h('h1', {}, k.title),
    h('p', {}, h('span', { class: 'badge' }, t(k.kind)), ' ', h('span', { class: 'badge' }, t(k.status))),
    h('p', { class: 'muted' }, `${k.orgName}${k.role ? ` · ${t(k.role)}` : ''} · ${t('opens')} ${ctx.date(k.opensAt)} · ${t('closes')} ${ctx.date(k.closesAt)}`),
    h('p', { class: 'study-big' }, fill(t('questionsMinutes'), { q: k.questionCount, m: k.minutes })),
    k.eligible ? h('p', {}, fill(t('attemptsUsed'), { u: k.attemptsUsed, a: k.attemptsAllowed }),
      k.bestScore != null ? ` · ${t('best')}: ${k.bestScore}/${k.questionCount}` : '') : null, box);
}
