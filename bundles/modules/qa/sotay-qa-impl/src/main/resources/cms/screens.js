// CMS screens of the qa module (header Sotay-Cms-Screens in bnd.bnd), served by the CMS from
// this bundle while it is active. Contract: vn.sotay.spi.cms.CmsScreens and docs/cms.md (no innerHTML,
// elements through ctx.h, Vietnamese first). A first screen only: the member's questions and the
// desks' counts (GET /api/qa); the ask page, the answer desk and the FAQ editor are still to come.

const T = {
  vi: { title: 'Hỏi đáp', mine: 'Câu hỏi của tôi', none: 'Chưa có câu hỏi nào.', desks: 'Bàn trả lời',
    open: 'đang chờ', overdue: 'quá hạn', asked: 'Ngày hỏi' },
  en: { title: 'Questions', mine: 'My questions', none: 'No question yet.', desks: 'Answer desks',
    open: 'waiting', overdue: 'overdue', asked: 'Asked' },
};

export const routes = {
  '/qa': overview,
};

async function overview(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const o = await ctx.api('GET', '/api/qa');
  ctx.main.append(h('h1', {}, t('title')), h('h2', {}, t('mine')),
    o.mine.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'plain', id: 'qa-mine' },
      o.mine.map(q => h('li', {}, h('strong', {}, q.excerpt),
        h('div', { class: 'muted' }, q.statusLabel + ' · ' + t('asked') + ': ' + ctx.date(q.askedAt))))));
  if (o.desks.length > 0) {
    ctx.main.append(h('h2', {}, t('desks')), h('ul', { class: 'plain', id: 'qa-desks' },
      o.desks.map(d => h('li', {}, h('strong', {}, d.orgName), ' ' + d.open + ' ' + t('open') + ', '
        + d.overdue + ' ' + t('overdue')))));
  }
}
