// CMS screens of the surveys module (header Sotay-Cms-Screens in bnd.bnd), served by the CMS from
// this bundle while it is active. Contract: vn.sotay.spi.cms.CmsScreens and docs/cms.md (no innerHTML,
// elements through ctx.h, Vietnamese first).

const T = {
  vi: { list: 'Thăm dò ý kiến', none: 'Chưa có mục nào.', at: 'Ngày tạo' },
  en: { list: 'Surveys', none: 'Nothing yet.', at: 'Created' },
};

export const routes = {
  '/surveys': list,
};

async function list(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('list')), ctx.pager(
    c => ctx.api('GET', '/api/surveys?limit=20' + (c ? '&cursor=' + encodeURIComponent(c) : '')),
    items => h('ul', { class: 'plain', id: 'surveys-list' }, items.map(i => h('li', {},
      h('strong', {}, i.title),
      h('div', { class: 'muted' }, t('at') + ': ' + ctx.date(i.createdAt)),
      h('p', {}, i.body)))), t('none')));
}
