// The committee's survey builder: a draft's fields and its questions (POST/PUT /api/surveys).
import { T } from './i18n.js';

const pad = n => String(n).padStart(2, '0');
/** An ISO instant as the value of a datetime-local input, in the browser's time zone. */
const local = iso => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

function questionBlock(ctx, t, q, list) {
  const { h } = ctx;
  const n = list.children.length + 1;
  const id = `q${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const kind = h('select', { name: 'kind', id: `${id}-kind` }, ['SINGLE', 'MULTIPLE', 'TEXT'].map(k =>
    h('option', { value: k, selected: q.kind === k }, t(k))));
  const options = h('textarea', { name: 'options', id: `${id}-options`, rows: '4', maxlength: '4100' });
  options.value = (q.options || []).join('\n');
  const maxChoices = h('input', { name: 'maxChoices', id: `${id}-max`, type: 'number', min: '1', max: '20' });
  maxChoices.value = q.maxChoices == null ? '' : String(q.maxChoices);
  const maxLength = h('input', { name: 'maxLength', id: `${id}-len`, type: 'number', min: '1', max: '4000' });
  maxLength.value = String(q.maxLength || 2000);
  const text = h('input', { name: 'text', id: `${id}-text`, required: true, maxlength: '1000' });
  text.value = q.text || '';
  const required = h('input', { name: 'required', id: `${id}-req`, type: 'checkbox', checked: !!q.required });
  const optionsField = h('p', {}, h('label', { for: options.id }, t('options')), options);
  const maxField = h('p', {}, h('label', { for: maxChoices.id }, t('maxChoices')), maxChoices);
  const lenField = h('p', {}, h('label', { for: maxLength.id }, t('maxLength')), maxLength);
  const sync = () => {
    optionsField.hidden = kind.value === 'TEXT';
    maxField.hidden = kind.value !== 'MULTIPLE';
    lenField.hidden = kind.value !== 'TEXT';
  };
  kind.addEventListener('change', sync);
  const block = h('fieldset', { class: 'survey-question' }, h('legend', {}, `${t('questionText')} ${n}`),
    h('p', {}, h('label', { for: kind.id }, t('kind')), kind),
    h('p', {}, h('label', { for: text.id }, t('questionText')), text),
    h('p', {}, required, ' ', h('label', { for: required.id }, t('required'))),
    optionsField, maxField, lenField,
    h('button', { type: 'button', class: 'secondary', onclick: () => block.remove() }, t('remove')));
  block.read = () => ({
    kind: kind.value, text: text.value, required: required.checked,
    options: kind.value === 'TEXT' ? null : options.value.split('\n').map(s => s.trim()).filter(Boolean),
    maxChoices: kind.value === 'MULTIPLE' && maxChoices.value ? Number(maxChoices.value) : null,
    maxLength: kind.value === 'TEXT' ? Number(maxLength.value || 2000) : null,
  });
  sync();
  return block;
}

export async function builder(ctx, params) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const existing = params && params.id ? await ctx.api('GET', `/api/surveys/${encodeURIComponent(params.id)}`) : null;
  const now = Date.now();
  const s = existing || { title: '', description: '', anonymous: false, resultsPublic: true,
    openAt: new Date(now).toISOString(), closeAt: new Date(now + 7 * 86400000).toISOString(),
    questions: [{ kind: 'SINGLE', text: '', required: true, options: [] }] };
  const list = h('div', { id: 'survey-questions' });
  s.questions.forEach(q => list.append(questionBlock(ctx, t, q, list)));
  const add = h('button', { type: 'button', class: 'secondary', id: 'add-question', onclick: () => {
    if (list.children.length < 50) list.append(questionBlock(ctx, t, { kind: 'SINGLE', options: [] }, list));
  } }, t('addQuestion'));
  const title = h('input', { name: 'title', required: true, maxlength: '255' });
  title.value = s.title;
  const description = h('textarea', { name: 'description', rows: '3', maxlength: '4000' });
  description.value = s.description || '';
  const openAt = h('input', { name: 'openAt', type: 'datetime-local', required: true });
  openAt.value = local(s.openAt);
  const closeAt = h('input', { name: 'closeAt', type: 'datetime-local', required: true });
  closeAt.value = local(s.closeAt);
  const org = await ctx.orgSelect({ name: 'orgId', required: true }, () => true, s.orgId || ctx.user.cellId);
  const f = ctx.form({ id: 'survey-form' }, [
    ctx.field(t('title'), title), ctx.field(t('description'), description), ctx.field(t('org'), org),
    h('p', {}, h('label', {}, h('input', { type: 'checkbox', name: 'anonymous', checked: !!s.anonymous }), ' ', t('anonymousLabel'))),
    h('p', {}, h('label', {}, h('input', { type: 'checkbox', name: 'resultsPublic', checked: !!s.resultsPublic }), ' ', t('publicLabel'))),
    ctx.field(t('opens'), openAt), ctx.field(t('closes'), closeAt),
    h('h2', {}, t('questions')), h('p', { class: 'muted' }, t('hintBounds')), list, add,
    h('p', {}, h('button', { type: 'submit', class: 'primary' }, t('save')))], async (v, form) => {
    const body = {
      title: title.value, description: description.value, orgId: Number(org.value),
      anonymous: !!form.querySelector('[name=anonymous]').checked,
      resultsPublic: !!form.querySelector('[name=resultsPublic]').checked,
      openAt: openAt.value ? new Date(openAt.value).toISOString() : null,
      closeAt: closeAt.value ? new Date(closeAt.value).toISOString() : null,
      questions: [...list.children].map(b => b.read()),
    };
    const saved = existing ? await ctx.api('PUT', `/api/surveys/${existing.id}`, body) : await ctx.api('POST', '/api/surveys', body);
    ctx.notify(t('saved'));
    ctx.navigate(`/surveys/${saved.id}`);
  });
  ctx.main.append(h('p', {}, h('a', { href: '#/surveys' }, t('back'))), h('h1', {}, existing ? t('edit') : t('create')), f);
}
