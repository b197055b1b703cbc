// The committee's question banks: the list, a new bank, and a bank's XLSX/CSV import with the row
// errors in a table like the member import's (all or nothing), then its questions with the key.
import { T, fill, css, page } from './i18n.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function banks(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const org = await ctx.orgSelect({ name: 'orgId', required: true }, () => true, ctx.user.cellId);
  const f = ctx.form({ id: 'bank-form' }, [ctx.field(t('name'), { name: 'name', required: true, maxlength: '255' }), ctx.field(t('org'), org),
    h('button', { type: 'submit', class: 'primary' }, t('create'))], async v => {
    const b = await ctx.api('POST', '/api/study/banks', { orgId: Number(v.orgId), name: v.name });
    ctx.navigate(`/study/banks/${b.id}`);
  });
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: '#/study' }, t('back'))), h('h1', {}, t('banks')),
    ctx.pager(c => ctx.api('GET', page('/api/study/banks', c)), items => h('ul', { class: 'plain', id: 'bank-list' }, items.map(b =>
      h('li', { class: 'study-item' }, h('a', { href: `#/study/banks/${b.id}` }, b.name), h('div', { class: 'muted' }, b.orgName)))), t('noBanks')),
    h('h2', {}, t('newBank')), f);
}

export async function bank(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const b = await ctx.api('GET', `/api/study/banks/${encodeURIComponent(id)}`);
  const size = h('span', { id: 'bank-size' }, String(b.questions));
  const status = h('div', { id: 'import-status', 'aria-live': 'polite' });
  const questions = h('div', { id: 'bank-questions' });
  const list = () => questions.replaceChildren(ctx.pager(c => ctx.api('GET', page(`/api/study/banks/${b.id}/questions`, c)),
    items => h('ol', { class: 'plain' }, items.map(q => h('li', { class: 'study-item' },
      h('p', {}, h('span', { class: 'badge' }, q.topic), ' ', h('span', { class: 'badge' }, t(`d${q.difficulty}`)), ' ', q.text),
      h('ul', {}, q.options.map((o, k) => h('li', { class: q.correct.includes(k) ? 'study-right' : '' }, `${String.fromCharCode(65 + k)}. ${o}`,
        q.correct.includes(k) ? ' ✓' : ''))),
      q.sourceDocument ? h('p', { class: 'muted' }, `${t('source')}: ${q.sourceDocument}${q.sourceArticle ? `, ${q.sourceArticle}` : ''}`) : null))), t('none')));
  const f = ctx.form({ id: 'bank-import' }, [
    ctx.field(t('file'), h('input', { name: 'file', type: 'file', required: true,
      accept: `.csv,.xlsx,text/csv,${XLSX}` }), t('importHint')),
    h('button', { type: 'submit', class: 'primary' }, t('send'))], async (v, form) => {
    const file = form.querySelector('input[type=file]').files[0];
    if (!file) throw { status: 400, problem: { detail: t('noFile'), errors: [{ field: 'file', message: t('noFile') }] } };
    const bar = h('progress', { max: '100', value: '0', 'aria-label': t('sending') });
    const label = h('p', {}, t('sending'));
    status.replaceChildren(label, bar);
    const type = /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv; charset=UTF-8';
    try {
      const r = await ctx.upload(`/api/study/banks/${b.id}/import`, file, type, p => {
        bar.value = Math.round(p * 100);
        if (p >= 1) { label.textContent = t('checking'); bar.removeAttribute('value'); }
      });
      size.textContent = String(r.total);
      status.replaceChildren(h('p', { class: 'notice-ok', role: 'status', id: 'import-done' }, fill(t('imported'), { i: r.imported, n: r.total })));
      list();
    } catch (err) {
      const rows = err && err.problem && Array.isArray(err.problem.errors) ? err.problem.errors.filter(e => e.line != null) : [];
      status.replaceChildren();
      if (!rows.length) throw err;
      status.append(h('div', { class: 'problem', role: 'alert' }, h('strong', {}, err.problem.detail || ''), ' ', t('rowErrors')),
        h('div', { class: 'table-wrap' }, h('table', { id: 'import-errors' },
          h('thead', {}, h('tr', {}, [t('line'), t('column'), t('message')].map(x => h('th', { scope: 'col' }, x)))),
          h('tbody', {}, rows.map(e => h('tr', {}, h('td', {}, String(e.line)), h('td', {}, e.field || ''), h('td', {}, e.message)))))));
    }
  });
  ctx.main.append(css(ctx), h('p', {}, h('a', { href: '#/study/banks' }, '← ', t('banks'))), h('h1', {}, b.name),
    h('p', { class: 'muted' }, `${b.orgName} · ${t('count')}: `, size),
    h('p', {}, h('a', { href: `#/study/contests/new?bank=${b.id}`, class: 'button' }, t('newContest'))),
    h('h2', {}, t('importTitle')), f, status, h('h2', {}, t('questions')), questions);
  list();
}
