// CMS screens of the qa module (header Sotay-Cms-Screens in bnd.bnd), served by the CMS from this bundle
// while it is active. Contract: vn.sotay.spi.cms.CmsScreens and docs/cms.md (no innerHTML, elements through
// ctx.h, Vietnamese first). The ask page puts the assistant first; the desk answers, forwards, takes a question.
// No Chromium scenarios yet.

const T = {
  vi: { title: 'Hỏi đáp', ask: 'Đặt câu hỏi', question: 'Câu hỏi của đồng chí', tryAssistant: 'Hỏi trợ lý ảo',
    sendCommittee: 'Gửi tới cấp ủy', sendTo: 'Gửi câu hỏi tới ', publishable: 'Đồng ý công bố (ẩn danh) nếu hữu ích',
    sources: 'Nguồn', mine: 'Câu hỏi của tôi', none: 'Chưa có câu hỏi nào.', desks: 'Bàn trả lời', open: 'đang chờ',
    overdue: 'quá hạn', asked: 'Ngày hỏi', waiting: 'Đã chờ', hours: 'giờ', answer: 'Trả lời', citations: 'Trích dẫn (vd. document:12), cách nhau bởi dấu phẩy',
    forward: 'Chuyển lên cấp trên', take: 'Nhận xử lý', sent: 'Đã gửi.', route: 'Lộ trình', faq: 'Hỏi đáp thường gặp',
    search: 'Tìm', topic: 'Chủ đề', empty: 'Không có mục nào.', answerOf: 'Trả lời của ', to: 'Gửi tới' },
  en: { title: 'Questions', ask: 'Ask a question', question: 'Your question', tryAssistant: 'Ask the assistant',
    sendCommittee: 'Send to the committee', sendTo: 'Send the question to ', publishable: 'May be published (anonymously)',
    sources: 'Sources', mine: 'My questions', none: 'No question yet.', desks: 'Answer desks', open: 'waiting',
    overdue: 'overdue', asked: 'Asked', waiting: 'Waited', hours: 'hours', answer: 'Answer', citations: 'Citations (e.g. document:12), comma-separated',
    forward: 'Forward upward', take: 'Take it', sent: 'Sent.', route: 'Route', faq: 'FAQ', search: 'Search',
    topic: 'Topic', empty: 'Nothing here.', answerOf: 'Answer by ', to: 'To' },
};

export const routes = { '/qa': askPage, '/qa/questions/:id': questionPage, '/qa/desk': deskPage, '/qa/faq': faqPage };

async function askPage(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const result = h('div', { id: 'qa-assistant', 'aria-live': 'polite' });
  const f = ctx.form({ id: 'qa-ask' }, [
    ctx.field(t('question'), h('textarea', { name: 'question', required: true, rows: '4', maxlength: '500' })),
    h('button', { type: 'submit', class: 'primary' }, t('tryAssistant'))], async v => {
    const a = await ctx.api('POST', '/api/qa/assistant', { question: v.question });
    result.replaceChildren(...assistantAnswer(ctx, t, a));
  });
  const o = await ctx.api('GET', '/api/qa');
  ctx.main.append(h('h1', {}, t('title')), h('h2', {}, t('ask')), f, result, h('h2', {}, t('mine')),
    o.mine.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'plain', id: 'qa-mine' },
      o.mine.map(q => h('li', {}, h('a', { href: `#/qa/questions/${q.id}` }, q.excerpt),
        h('div', { class: 'muted' }, `${q.statusLabel} · ${t('asked')}: ${ctx.date(q.askedAt)}`)))));
  if (o.desks.length > 0) {
    ctx.main.append(h('p', {}, h('a', { href: '#/qa/desk' }, t('desks')), ': ',
      o.desks.map(d => `${d.orgName} ${d.open} ${t('open')}, ${d.overdue} ${t('overdue')}`).join('; ')));
  }
}

function assistantAnswer(ctx, t, a) {
  const { h } = ctx;
  const out = [];
  if (a.answered) {
    out.push(...a.passages.map(p => h('blockquote', {}, p.text, ` [${p.citation}]`)), h('h3', {}, t('sources')),
      h('ol', {}, a.citations.map(c => h('li', {}, [c.title, c.documentNumber, c.article].filter(Boolean).join(' · ')))));
  } else {
    out.push(h('p', { role: 'status' }, a.message));
  }
  if (a.handoff) {
    const send = ctx.form({ class: 'qa-handoff' }, [
      ctx.field(t('publishable'), { name: 'publishable', type: 'checkbox' }),
      h('button', { type: 'submit' }, t('sendTo') + a.handoff.orgName)], async v => {
      const q = await ctx.api('POST', a.handoff.path, { ...a.handoff.request, publishable: !!v.publishable });
      ctx.notify(t('sent'));
      ctx.navigate(`/qa/questions/${q.id}`);
    });
    out.push(send);
  }
  return out;
}

async function questionPage(ctx, { id }) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const q = await ctx.api('GET', `/api/qa/questions/${encodeURIComponent(id)}`);
  ctx.main.append(h('h1', {}, q.topic || t('title')), h('p', {}, q.text),
    h('p', { class: 'muted' }, `${q.statusLabel} · ${t('to')}: ${q.orgName} · ${t('asked')}: ${ctx.date(q.askedAt)}`),
    q.route.length === 0 ? null : h('p', {}, `${t('route')}: `, q.route.map(r => `${r.fromName} → ${r.toName}`).join('; ')),
    q.answer ? h('section', {}, h('h2', {}, t('answerOf') + q.answer.orgName), h('p', {}, q.answer.text),
      h('ul', {}, q.answer.citations.map(c => h('li', {}, c.available ? c.title : 'Nội dung không còn xem được')))) : null,
    q.canAct ? actions(ctx, t, q) : null);
}

function actions(ctx, t, q) {
  const { h } = ctx;
  const reload = () => ctx.navigate(`/qa/questions/${q.id}`);
  const answer = ctx.form({ id: 'qa-answer' }, [
    ctx.field(t('answer'), h('textarea', { name: 'text', required: true, rows: '6', maxlength: '8000' })),
    ctx.field(t('citations'), { name: 'citations' }),
    h('button', { type: 'submit', class: 'primary' }, t('answer'))], async v => {
    const citations = (v.citations || '').split(',').map(s => s.trim()).filter(Boolean);
    await ctx.api('POST', `/api/qa/questions/${q.id}/answer`, { text: v.text, citations });
    reload();
  });
  const forward = ctx.form({ id: 'qa-forward' }, [h('label', {}, t('forward')), h('select', { name: 'orgId' }),
    h('button', { type: 'submit' }, t('forward'))], async v => {
    await ctx.api('POST', `/api/qa/questions/${q.id}/forward`, { orgId: Number(v.orgId) });
    reload();
  });
  ctx.orgSelect({ name: 'orgId' }, () => true).then(sel => forward.querySelector('select').replaceWith(sel));
  const take = h('button', { type: 'button', onclick: async () => {
    await ctx.api('POST', `/api/qa/questions/${q.id}/assign`, {});
    reload();
  } }, t('take'));
  return h('section', {}, take, answer, forward);
}

async function deskPage(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const o = await ctx.api('GET', '/api/qa');
  ctx.main.append(h('h1', {}, t('desks')));
  if (o.desks.length === 0) ctx.main.append(h('p', { class: 'muted' }, t('empty')));
  for (const d of o.desks) {
    ctx.main.append(h('h2', {}, `${d.orgName}: ${d.open} ${t('open')}, ${d.overdue} ${t('overdue')}`),
      ctx.pager(c => ctx.api('GET', `/api/qa/desk?orgId=${d.orgId}&limit=20${c ? `&cursor=${encodeURIComponent(c)}` : ''}`),
        items => h('ul', { class: 'plain qa-desk' }, items.map(q => h('li', { class: q.overdue ? 'overdue' : '' },
          h('a', { href: `#/qa/questions/${q.id}` }, q.text),
          h('div', { class: 'muted' }, `${q.statusLabel} · ${q.askerCellName} · ${q.orgName} · ${t('waiting')} `
            + `${Math.round(q.waitingSeconds / 3600)} ${t('hours')}${q.overdue ? ' · ' + t('overdue') : ''}`)))), t('empty')));
  }
}

async function faqPage(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const list = h('div', { id: 'qa-faq' });
  const load = q => list.replaceChildren(ctx.pager(
    c => ctx.api('GET', `/api/qa/faq?limit=20${q ? `&q=${encodeURIComponent(q)}` : ''}${c ? `&cursor=${encodeURIComponent(c)}` : ''}`),
    items => h('dl', {}, items.flatMap(f => [h('dt', {}, `${f.topic}: ${f.question}`),
      h('dd', {}, f.answer, f.source ? h('div', { class: 'muted' }, f.source) : null)])), t('empty')));
  const f = ctx.form({ id: 'qa-faq-search' }, [ctx.field(t('search'), { name: 'q', type: 'search', maxlength: '200' }),
    h('button', { type: 'submit' }, t('search'))], async v => load(v.q));
  ctx.main.append(h('h1', {}, t('faq')), f, list);
  load('');
}
