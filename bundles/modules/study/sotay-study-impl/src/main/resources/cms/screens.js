// CMS screens of the study module (header Sotay-Cms-Screens in bnd.bnd), served by the CMS from
// this bundle while it is active. Contract: vn.sotay.spi.cms.CmsScreens and docs/cms.md (no innerHTML,
// elements through ctx.h, Vietnamese first). The full screens (bank import, contest set-up, the timed
// attempt) are still to come: this page lists what GET /api/study answers.

const T = {
  vi: { list: 'Học tập', due: 'Đang mở cho tôi', managed: 'Cuộc thi tôi quản lý', none: 'Chưa có mục nào.', closes: 'Kết thúc' },
  en: { list: 'Study', due: 'Open for me', managed: 'Contests I manage', none: 'Nothing yet.', closes: 'Closes' },
};

export const routes = {
  '/study': list,
};

async function list(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const o = await ctx.api('GET', '/api/study');
  const section = (title, items) => [h('h2', {}, title), items.length === 0 ? h('p', { class: 'muted' }, t('none'))
    : h('ul', { class: 'plain' }, items.map(i => h('li', {}, h('strong', {}, i.title),
      h('div', { class: 'muted' }, t('closes') + ': ' + ctx.date(i.closesAt)))))];
  ctx.main.append(h('h1', {}, t('list')), ...section(t('due'), o.due), ...section(t('managed'), o.managed));
}
