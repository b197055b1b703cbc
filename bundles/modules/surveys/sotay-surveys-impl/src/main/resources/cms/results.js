// Results of a survey: rates per child organisation (exempt members excluded), counts, comments, XLSX.
import { T, pct } from './i18n.js';

export async function results(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const r = await ctx.api('GET', `/api/surveys/${encodeURIComponent(id)}/results`);
  const bar = x => h('progress', { class: 'rate', max: '1', value: String(Math.min(1, x || 0)), 'aria-hidden': 'true' });
  const rateRow = (name, counted, responded, rate, total) => h('tr', total ? { class: 'total' } : {},
    h('th', { scope: 'row' }, name), h('td', {}, String(counted)), h('td', {}, String(responded)),
    h('td', { 'data-rate': String(rate) }, bar(rate), ' ', pct(rate)));
  const rates = h('div', { class: 'table-wrap' }, h('table', { id: 'survey-rates' },
    h('thead', {}, h('tr', {}, [t('unit'), t('counted'), t('responded'), t('rate')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rateRow(`${t('total')}: ${r.orgName}`, r.counted, r.respondedCounted, r.rate, true),
      r.children.map(c => rateRow(c.name, c.counted, c.responded, c.rate)))));
  const questions = r.questions.map((q, i) => {
    const head = h('h3', {}, `${i + 1}. ${q.text}`);
    if (q.kind === 'TEXT') {
      return h('section', { class: 'survey-result' }, head, q.answers.length
        ? h('ul', { class: 'plain' }, q.answers.map(a => h('li', {}, a.text, a.memberName ? h('span', { class: 'muted' }, ` — ${a.memberName}`) : '')))
        : h('p', { class: 'muted' }, t('noTexts')));
    }
    const max = Math.max(1, ...q.options.map(o => o.count));
    return h('section', { class: 'survey-result' }, head, h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('option')), h('th', { scope: 'col' }, t('count')))),
      h('tbody', {}, q.options.map(o => h('tr', {}, h('th', { scope: 'row' }, o.option),
        h('td', {}, h('progress', { class: 'rate', max: String(max), value: String(o.count), 'aria-hidden': 'true' }), ' ', String(o.count))))))));
  });
  ctx.main.append(h('p', {}, h('a', { href: `#/surveys/${r.surveyId}` }, t('back'))), h('h1', {}, r.title),
    h('p', { class: 'muted' }, `${r.orgName} · ${t(r.status)} · ${r.anonymous ? t('anonymous') : t('named')} · ${t('responses')}: ${r.responses}`),
    h('p', {}, h('a', { href: `/api/surveys/${r.surveyId}/results.xlsx`, download: `tham-do-${r.surveyId}.xlsx`, id: 'survey-xlsx', class: 'button' }, t('download'))),
    h('h2', {}, t('rates')), rates, h('h2', {}, t('results')), questions);
}
