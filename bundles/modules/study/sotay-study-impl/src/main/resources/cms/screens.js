// CMS screens of the study module (header Sotay-Cms-Screens in bnd.bnd), served by the CMS from
// this bundle while it is active. Contract: vn.sotay.spi.cms.CmsScreens and docs/cms.md (no innerHTML,
// elements through ctx.h, Vietnamese first).

const T = {
  vi: { list: 'Học tập', none: 'Chưa có mục nào.', at: 'Ngày tạo' },
  en: { list: 'Study', none: 'Nothing yet.', at: 'Created' },
};

export const routes = {
  '/study': list,
};

async function list(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('list')), ctx.pager(
    c => ctx.api('GET', '/api/study?limit=20' + (c ? '&cursor=' + encodeURIComponent(c) : '')),
    items => h('ul', { class: 'plain', id: 'study-list' }, items.map(i => h('li', {},
      h('strong', {}, i.title),
      h('div', { class: 'muted' }, t('at') + ': ' + ctx.date(i.createdAt)),
      h('p', {}, i.body)))), t('none')));
}
