// CMS screens of the surveys module (screens id "surveys", header Sotay-Cms-Screens in bnd.bnd):
// the caller's list, the answer page (usable on a phone), the committee's builder and the results.
import { T } from './i18n.js';
import { builder } from './builder.js';
import { results } from './results.js';

export const routes = {
  '/surveys': list,
  '/surveys/new': builder,
  '/surveys/:id': survey,
  '/surveys/:id/edit': builder,
  '/surveys/:id/results': results,
};

const RECEIPT = id => `sotay.survey.receipt.${id}`;

async function list(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('list')),
    ctx.holds('SECRETARY') || ctx.holds('COMMITTEE') ? h('p', {}, h('a', { href: '#/surveys/new', class: 'button' }, t('create'))) : null,
    ctx.pager(c => ctx.api('GET', `/api/surveys?limit=20${c ? `&cursor=${encodeURIComponent(c)}` : ''}`),
      items => h('ul', { class: 'plain', id: 'survey-list' }, items.map(s => h('li', {},
        h('a', { href: `#/surveys/${s.id}` }, s.status === 'OPEN' && s.invited && !s.answered ? h('strong', {}, s.title) : s.title), ' ',
        h('span', { class: 'badge' }, t(s.status)), ' ',
        s.invited && s.status === 'OPEN' ? h('span', { class: 'badge' }, s.answered ? t('answered') : t('notAnswered')) : '',
        h('div', { class: 'muted' }, `${s.orgName} · ${s.anonymous ? t('anonymous') : t('named')} · ${t('closes')} ${ctx.date(s.closeAt)}`),
        s.manages && s.status !== 'DRAFT' ? h('a', { href: `#/surveys/${s.id}/results` }, t('results')) : ''))), t('none')));
}

/** One input per question: radios, checkboxes (at most maxChoices) or a textarea. */
function questionInput(ctx, t, q, i, mine) {
  const { h } = ctx;
  const chosen = new Set(mine ? mine.options || [] : []);
  const name = `q${q.id}`;
  let body;
  if (q.kind === 'TEXT') {
    const ta = h('textarea', { name, id: `${name}-text`, rows: '4', 'aria-labelledby': `${name}-legend`, maxlength: String(q.maxLength), 'aria-describedby': `${name}-hint` });
    ta.value = mine && mine.text ? mine.text : '';
    body = [ta, h('span', { class: 'hint', id: `${name}-hint` }, t('charsLeft').replace('{n}', q.maxLength))];
  } else {
    const type = q.kind === 'SINGLE' ? 'radio' : 'checkbox';
    body = q.options.map((o, k) => h('p', { class: 'survey-option' }, h('label', {},
      h('input', { type, name, value: String(k), checked: chosen.has(k) }), ' ', o)));
    if (q.kind === 'MULTIPLE' && q.maxChoices) body.push(h('span', { class: 'hint' }, t('maxHint').replace('{n}', q.maxChoices)));
  }
  return h('fieldset', { class: 'survey-question', 'data-question': String(q.id) },
    h('legend', { id: `${name}-legend` }, `${i + 1}. ${q.text}${q.required ? ' *' : ''}`), body);
}

function readAnswers(form, questions) {
  return questions.map(q => {
    if (q.kind === 'TEXT') {
      const text = form.querySelector(`[name=q${q.id}]`).value;
      return { questionId: q.id, text };
    }
    const options = [...form.querySelectorAll(`[name=q${q.id}]:checked`)].map(x => Number(x.value));
    return { questionId: q.id, options };
  });
}

async function survey(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const s = await ctx.api('GET', `/api/surveys/${encodeURIComponent(id)}`);
  const mine = new Map((s.myAnswers || []).map(a => [a.questionId, a]));
  const status = h('p', { id: 'survey-status', class: 'badge', 'aria-live': 'polite' },
    t(s.status), s.invited && s.status === 'OPEN' ? ` · ${s.answered ? t('answered') : t('notAnswered')}` : '');
  const parts = [h('p', {}, h('a', { href: '#/surveys' }, t('back'))), h('h1', {}, s.title),
    h('p', { class: 'muted' }, `${s.orgName} · ${s.anonymous ? t('anonymous') : t('named')} · ${t('opens')} ${ctx.date(s.openAt)} · ${t('closes')} ${ctx.date(s.closeAt)}`),
    status, s.description ? h('p', {}, s.description) : null];
  if (s.manages) parts.push(managerActions(ctx, t, s));
  if (s.invited && s.status === 'OPEN') {
    const stored = s.anonymous ? localStorage.getItem(RECEIPT(s.id)) : null;
    const note = h('div', { id: 'survey-receipt', 'aria-live': 'polite' },
      stored ? h('p', { class: 'muted' }, `${t('receipt')}: `, h('code', {}, stored)) : null,
      s.anonymous && s.answered && !stored ? h('p', { class: 'muted' }, t('noReceipt')) : null);
    const f = ctx.form({ id: 'survey-answer' }, [...s.questions.map((q, i) => questionInput(ctx, t, q, i, mine.get(q.id))),
      h('p', {}, h('button', { type: 'submit', class: 'primary', disabled: s.anonymous && s.answered && !stored },
        s.answered ? t('change') : t('submit')))], async (v, form) => {
      const body = { answers: readAnswers(form, s.questions) };
      if (s.anonymous && stored) body.receipt = stored;
      const r = await ctx.api('POST', `/api/surveys/${s.id}/responses`, body);
      if (r.receipt) {
        localStorage.setItem(RECEIPT(s.id), r.receipt);
        note.replaceChildren(h('p', {}, t('receiptNote'), ' ', h('code', {}, r.receipt)));
      }
      status.textContent = `${t('OPEN')} · ${t('answered')}`;
      ctx.notify(t('thanks'));
    });
    parts.push(f, note);
  } else if (s.status === 'CLOSED' && s.resultsPublic && !s.manages) {
    parts.push(h('p', {}, h('a', { href: `#/surveys/${s.id}/results` }, t('results'))));
  } else {
    parts.push(h('ol', {}, s.questions.map(q => h('li', {}, q.text, q.options.length ? h('ul', {}, q.options.map(o => h('li', {}, o))) : ''))));
  }
  ctx.main.append(...parts.filter(Boolean));
}

function managerActions(ctx, t, s) {
  const { h } = ctx;
  const act = (label, id, run) => h('button', { type: 'button', class: 'secondary', id, onclick: async () => {
    try { await run(); } catch (e) { ctx.showProblem(box, e); }
  } }, label);
  const box = h('div', { class: 'actions', id: 'survey-actions' });
  if (s.status === 'DRAFT') {
    box.append(h('a', { href: `#/surveys/${s.id}/edit`, class: 'button' }, t('edit')), ' ',
      act(t('publish'), 'survey-publish', async () => {
        await ctx.api('POST', `/api/surveys/${s.id}/publish`);
        ctx.notify(t('published'));
        ctx.navigate(`/surveys/${s.id}/results`);
      }));
  } else {
    box.append(h('a', { href: `#/surveys/${s.id}/results`, class: 'button', id: 'survey-results' }, t('results')), ' ');
    if (s.status === 'OPEN') {
      box.append(act(t('remind'), 'survey-remind', async () => {
        const r = await ctx.api('POST', `/api/surveys/${s.id}/remind`);
        ctx.notify(t('reminded').replace('{n}', r.told));
      }), ' ');
    }
    if (s.status === 'OPEN' || s.status === 'SCHEDULED') {
      box.append(act(t('close'), 'survey-close', async () => {
        await ctx.api('POST', `/api/surveys/${s.id}/close`);
        ctx.notify(t('closed'));
        ctx.navigate(`/surveys/${s.id}/results`);
      }));
    }
  }
  return h('section', {}, h('h2', {}, t('manage')), box);
}
