// The timed attempt, usable on a phone: the questions in the member's order, each answer saved as it is
// chosen (PUT .../answers/{no}), the time left counted down from the server's secondsLeft with the
// monotonic performance.now() (the client's wall clock is never read), resynchronised by every save;
// submission, then the result (and the key when the server shows it).
import { T, fill, css } from './i18n.js';

export async function attempt(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const a = await ctx.api('GET', `/api/study/attempts/${encodeURIComponent(id)}`);
  ctx.main.append(css(ctx));
  if (a.over) { result(ctx, t, a); return; }
  let left = a.secondsLeft;
  let at = performance.now();
  const sync = s => { left = s; at = performance.now(); };
  const remaining = () => Math.max(0, Math.ceil(left - (performance.now() - at) / 1000));
  const clock = h('span', { id: 'attempt-clock', class: 'study-clock-time' });
  const answered = h('span', { id: 'attempt-answered' });
  const chosen = new Map(a.questions.map(q => [q.no, q.chosen || []]));
  const count = () => { answered.textContent = fill(t('answered'), { a: [...chosen.values()].filter(c => c.length).length, n: a.questions.length }); };
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    clearInterval(timer);
    const r = await ctx.api('GET', `/api/study/attempts/${a.id}`);
    ctx.main.replaceChildren(css(ctx));
    if (!r.submitted) ctx.main.append(h('p', { class: 'problem', role: 'alert' }, t('timeUp')));
    result(ctx, t, r);
  };
  let shown = false;
  const tick = () => {
    if (clock.isConnected) shown = true;
    else if (shown) { clearInterval(timer); return; } // the member left the page
    const s = remaining();
    clock.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    clock.classList.toggle('low', s <= 60);
    if (s === 0) finish();
  };
  const timer = setInterval(tick, 500);
  const save = async (q, fieldset, note) => {
    const choices = [...fieldset.querySelectorAll('input:checked')].map(x => Number(x.value));
    note.textContent = t('saving');
    try {
      const r = await ctx.api('PUT', `/api/study/attempts/${a.id}/answers/${q.no}`, { choices });
      chosen.set(q.no, r.chosen);
      sync(r.secondsLeft);
      note.textContent = t('saved');
      count();
    } catch (e) {
      note.textContent = t('notSaved');
      if (e && e.status === 409) finish();
      else ctx.showProblem(fieldset, e);
    }
  };
  const questions = a.questions.map(q => {
    const note = h('span', { class: 'study-saved', 'aria-live': 'polite', id: `q${q.no}-saved` });
    const mine = new Set(q.chosen || []);
    const fieldset = h('fieldset', { class: 'study-question', 'data-no': String(q.no) },
      h('legend', {}, `${t('question')} ${q.no}. ${q.text}`),
      q.multiple ? h('p', { class: 'hint' }, t('multipleHint')) : null,
      q.options.map(o => h('label', { class: 'study-option' },
        h('input', { type: q.multiple ? 'checkbox' : 'radio', name: `q${q.no}`, value: String(o.index), checked: mine.has(o.index) }), ' ', o.text)),
      note);
    fieldset.addEventListener('change', () => save(q, fieldset, note));
    return fieldset;
  });
  const submitBox = h('div', { id: 'attempt-submit-box' });
  const submit = h('button', { type: 'button', class: 'primary big', id: 'attempt-submit', onclick: async () => {
    if (!confirm(t('confirmSubmit'))) return;
    submit.disabled = true;
    try {
      const r = await ctx.api('POST', `/api/study/attempts/${a.id}/submit`);
      finished = true;
      clearInterval(timer);
      ctx.main.replaceChildren(css(ctx));
      result(ctx, t, r);
      window.scrollTo(0, 0);
    } catch (e) {
      submit.disabled = false;
      if (e && e.status === 409) finish(); else ctx.showProblem(submitBox, e);
    }
  } }, t('submit'));
  submitBox.append(submit);
  count();
  ctx.main.append(h('h1', {}, a.contestTitle),
    h('div', { class: 'study-clock', role: 'timer', 'aria-live': 'off' }, `${t('timeLeft')}: `, clock, ' · ', answered),
    h('form', { id: 'attempt-form', class: 'study-attempt', onsubmit: e => e.preventDefault() }, questions), submitBox);
  tick();
}

function result(ctx, t, a) {
  const { h } = ctx;
  const key = a.questions.some(q => q.correct);
  ctx.main.append(h('p', {}, h('a', { href: `#/study/contests/${a.contestId}` }, '← ', a.contestTitle)),
    h('h1', {}, t('result')),
    h('section', { class: 'study-result', id: 'attempt-result' },
      h('p', { class: 'study-score' }, a.score == null ? '' : fill(t('score'), { s: a.score, n: a.total })),
      a.passed == null ? null : h('p', { class: a.passed ? 'study-passed' : 'study-failed' }, a.passed ? t('passed') : t('failed')),
      // the key is shown once results are published: then a member above the pass mark has a certificate
      a.passed && key ? h('p', {}, h('a', { href: `/api/study/contests/${a.contestId}/certificate`, class: 'button',
        id: 'attempt-certificate', download: '' }, t('certificate'))) : null),
    key ? h('div', { class: 'study-key' }, a.questions.map(q => {
      const right = new Set(q.correct || []);
      const mine = new Set(q.chosen || []);
      return h('section', { class: 'study-question' }, h('p', {}, h('strong', {}, `${t('question')} ${q.no}. `), q.text),
        h('ul', {}, q.options.map(o => h('li', { class: right.has(o.index) ? 'study-right' : mine.has(o.index) ? 'study-wrong' : '' },
          o.text, right.has(o.index) ? ` ✓ (${t('correct')})` : '', mine.has(o.index) ? ` ← ${t('yourChoice')}` : ''))),
        q.explanation ? h('p', {}, h('em', {}, `${t('explanation')}: `), q.explanation) : null,
        q.sourceDocument ? h('p', { class: 'muted' }, `${t('source')}: ${q.sourceDocument}${q.sourceArticle ? `, ${q.sourceArticle}` : ''}`) : null);
    })) : h('p', { class: 'muted' }, t('keyLater')));
}
