// Platform screens of the CMS (screens id "platform"): organisation tree, members, accounts and
// roles, CSV import, installed modules. They use only /api; see vn.sotay.spi.cms.CmsScreens.

const T = {
  vi: {
    org: 'Tổ chức đảng', members: 'Đảng viên', accounts: 'Tài khoản và vai trò', import: 'Nhập dữ liệu từ tệp CSV',
    modules: 'Chức năng đã cài đặt', code: 'Mã', name: 'Tên', type: 'Loại', unit: 'Đơn vị', search: 'Tìm theo tên, điện thoại hoặc số thẻ',
    find: 'Tìm', fullName: 'Họ và tên', phone: 'Điện thoại', card: 'Số thẻ', cell: 'Chi bộ', status: 'Trạng thái',
    pickOrg: 'Chọn một đơn vị để xem đảng viên.', memberId: 'Mã đảng viên (số ID)', role: 'Vai trò', at: 'Tại đơn vị',
    grant: 'Cấp vai trò', revoke: 'Thu hồi vai trò', granted: 'Đã cấp vai trò.', revoked: 'Đã thu hồi vai trò.',
    reset: 'Đặt lại mật khẩu', newPassword: 'Mật khẩu mới', resetDone: 'Đã đặt lại mật khẩu.',
    passwordHint: 'Ít nhất 8 ký tự, có chữ và số.', roleTitle: 'Cấp hoặc thu hồi vai trò', resetTitle: 'Đặt lại mật khẩu cho đảng viên',
    memberHint: 'Tìm mã đảng viên ở màn hình «Đảng viên».',
    kind: 'Loại dữ liệu', kindOrg: 'Cây tổ chức (Mã, Tên, Loại, Mã cấp trên)',
    kindMembers: 'Danh sách đảng viên (Họ và tên, Ngày sinh, Giới tính, Số thẻ, Điện thoại, Email, Mã chi bộ, Trạng thái, Ngày vào Đảng, Ngày chính thức)',
    file: 'Tệp CSV (UTF-8)', send: 'Nhập dữ liệu', sending: 'Đang gửi tệp…', checking: 'Máy chủ đang kiểm tra và ghi dữ liệu…',
    imported: 'Nhập xong: {c} mới, {u} cập nhật, {n} không đổi.', rowErrors: 'Các dòng cần sửa:',
    line: 'Dòng', column: 'Cột', message: 'Lỗi', noFile: 'Vui lòng chọn tệp CSV.', progress: 'Tiến độ nhập',
    id: 'Mã', description: 'Mô tả', version: 'Phiên bản', screens: 'Màn hình', yes: 'Có', no: '—',
    manage: 'Vai trò, mật khẩu',
  },
  en: {
    org: 'Organisations', members: 'Members', accounts: 'Accounts and roles', import: 'CSV import', modules: 'Installed modules',
    code: 'Code', name: 'Name', type: 'Type', unit: 'Organisation', search: 'Search by name, phone or card number', find: 'Search',
    fullName: 'Full name', phone: 'Phone', card: 'Card no.', cell: 'Cell', status: 'Status',
    pickOrg: 'Choose an organisation to list its members.', memberId: 'Member id', role: 'Role', at: 'At organisation',
    grant: 'Grant role', revoke: 'Revoke role', granted: 'Role granted.', revoked: 'Role revoked.', reset: 'Reset password',
    newPassword: 'New password', resetDone: 'Password reset.', passwordHint: 'At least 8 characters, letters and digits.',
    roleTitle: 'Grant or revoke a role', resetTitle: 'Reset a member\'s password', memberHint: 'Find the member id on the Members screen.',
    kind: 'Data', kindOrg: 'Organisation tree (Mã, Tên, Loại, Mã cấp trên)',
    kindMembers: 'Members (Họ và tên, Ngày sinh, Giới tính, Số thẻ đảng viên, Điện thoại, Email, Mã chi bộ, Trạng thái, Ngày vào Đảng, Ngày chính thức)',
    file: 'CSV file (UTF-8)', send: 'Import', sending: 'Uploading…', checking: 'The server is checking and storing the data…',
    imported: 'Imported: {c} new, {u} updated, {n} unchanged.', rowErrors: 'Rows to fix:',
    line: 'Line', column: 'Column', message: 'Error', noFile: 'Please choose a CSV file.', progress: 'Import progress',
    id: 'Id', description: 'Description', version: 'Version', screens: 'Screens', yes: 'Yes', no: '—',
    manage: 'Roles, password',
  },
};

const ROLES = ['MEMBER', 'SECRETARY', 'COMMITTEE', 'EDITOR', 'REVIEWER', 'ADMIN'];
const ROLE_LABELS = { vi: { MEMBER: 'Đảng viên', SECRETARY: 'Bí thư chi bộ', COMMITTEE: 'Cấp ủy', EDITOR: 'Biên tập viên',
  REVIEWER: 'Ban Biên tập (duyệt tin)', ADMIN: 'Quản trị' }, en: { MEMBER: 'Member', SECRETARY: 'Cell secretary',
  COMMITTEE: 'Committee', EDITOR: 'Editor', REVIEWER: 'Reviewer', ADMIN: 'Administrator' } };

export const routes = {
  '/platform/org': orgScreen,
  '/platform/members': membersScreen,
  '/platform/accounts': accountsScreen,
  '/platform/accounts/:memberId': accountsScreen,
  '/platform/import': importScreen,
  '/platform/modules': modulesScreen,
};

async function orgScreen(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('org')));
  const roots = await ctx.api('GET', '/api/org/tree');
  const node = (n, depth) => {
    const label = [h('strong', {}, n.name), ' ', h('span', { class: 'code' }, `${n.code} · ${n.type}`)];
    return h('li', {}, n.children && n.children.length
      ? h('details', { open: depth < 1 }, h('summary', {}, label), h('ul', {}, n.children.map(c => node(c, depth + 1))))
      : label);
  };
  ctx.main.append(h('div', { class: 'tree' }, h('ul', {}, roots.map(r => node(r, 0)))));
}

async function membersScreen(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('members')));
  const results = h('div', {}, h('p', { class: 'muted' }, t('pickOrg')));
  const f = ctx.form({ role: 'search' }, [h('div', { class: 'row' },
    ctx.field(t('unit'), await ctx.orgSelect({ name: 'org', required: true }, () => true, ctx.user.cellId)),
    ctx.field(t('search'), { name: 'q', type: 'search' }),
    h('button', { type: 'submit', class: 'primary' }, t('find')))], async v => {
    if (!v.org) throw { status: 400, problem: { detail: t('pickOrg'), errors: [{ field: 'org', message: t('pickOrg') }] } };
    const q = v.q ? `&q=${encodeURIComponent(v.q)}` : '';
    results.replaceChildren(ctx.pager(c => ctx.api('GET', `/api/members?org=${v.org}${q}&limit=20${c ? `&cursor=${encodeURIComponent(c)}` : ''}`),
      items => h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, [t('id'), t('fullName'), t('phone'),
        t('card'), t('status'), ''].map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, items.map(m => h('tr', {}, h('td', {}, m.id), h('td', {}, m.fullName), h('td', {}, m.phone || ''),
        h('td', {}, m.cardNumber || ''), h('td', {}, m.status),
        h('td', {}, ctx.holds('COMMITTEE') ? h('a', { href: `#/platform/accounts/${m.id}` }, t('manage')) : ''))))))));
  });
  ctx.main.append(f, results);
}

async function accountsScreen(ctx, { memberId } = {}) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const roleLabels = ROLE_LABELS[ctx.lang] || ROLE_LABELS.vi;
  ctx.main.append(h('h1', {}, t('accounts')));
  const roleForm = ctx.form({ id: 'role-form' }, [h('h2', {}, t('roleTitle')),
    ctx.field(t('memberId'), { name: 'memberId', inputmode: 'numeric', required: true, value: memberId || '' }, t('memberHint')),
    ctx.field(t('role'), h('select', { name: 'role', required: true }, ROLES.filter(r => r !== 'MEMBER')
      .map(r => h('option', { value: r }, roleLabels[r])))),
    ctx.field(t('at'), await ctx.orgSelect({ name: 'orgId', required: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', value: 'grant' }, t('grant')),
      h('button', { type: 'submit', class: 'secondary', value: 'revoke' }, t('revoke')))],
  async (v, form, submitter) => {
    const body = { memberId: v.memberId == null ? null : Number(v.memberId), role: v.role, orgId: v.orgId == null ? null : Number(v.orgId) };
    if (submitter && submitter.value === 'revoke') {
      await ctx.api('DELETE', `/api/roles?memberId=${encodeURIComponent(v.memberId ?? '')}&role=${v.role}&orgId=${v.orgId ?? ''}`);
      ctx.notify(t('revoked'));
    } else {
      await ctx.api('POST', '/api/roles', body);
      ctx.notify(t('granted'));
    }
  });
  const resetForm = ctx.form({ id: 'reset-form' }, [h('h2', {}, t('resetTitle')),
    ctx.field(t('memberId'), { name: 'memberId', inputmode: 'numeric', required: true, value: memberId || '' }),
    ctx.field(t('newPassword'), { name: 'password', type: 'password', autocomplete: 'new-password', required: true }, t('passwordHint')),
    h('button', { type: 'submit', class: 'primary' }, t('reset'))], async (v, form) => {
    await ctx.api('POST', `/api/accounts/${encodeURIComponent(v.memberId ?? '0')}/password`, { password: v.password ?? '' });
    form.reset();
    ctx.notify(t('resetDone'));
  });
  ctx.main.append(roleForm, resetForm);
}

async function importScreen(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('import')));
  const status = h('div', { id: 'import-status', 'aria-live': 'polite' });
  const f = ctx.form({ id: 'import-form' }, [
    ctx.field(t('kind'), h('select', { name: 'kind' }, h('option', { value: 'organisations' }, t('kindOrg')),
      h('option', { value: 'members' }, t('kindMembers')))),
    ctx.field(t('file'), h('input', { name: 'file', type: 'file', accept: '.csv,text/csv,text/plain', required: true })),
    h('button', { type: 'submit', class: 'primary' }, t('send'))], async (v, form) => {
    const file = form.querySelector('input[type=file]').files[0];
    if (!file) throw { status: 400, problem: { detail: t('noFile'), errors: [{ field: 'file', message: t('noFile') }] } };
    const bar = h('progress', { max: '100', value: '0', 'aria-label': t('progress') });
    const label = h('p', {}, t('sending'));
    status.replaceChildren(label, bar);
    try {
      const report = await ctx.upload(`/api/import/${v.kind}`, file, 'text/csv; charset=UTF-8', p => {
        bar.value = Math.round(p * 100);
        if (p >= 1) { label.textContent = t('checking'); bar.removeAttribute('value'); }
      });
      status.replaceChildren(h('p', { class: 'notice-ok', role: 'status', id: 'import-done' }, t('imported')
        .replace('{c}', report.created).replace('{u}', report.updated).replace('{n}', report.unchanged)));
    } catch (err) {
      const rows = err && err.problem && Array.isArray(err.problem.errors) ? err.problem.errors.filter(e => e.line != null) : [];
      status.replaceChildren();
      if (!rows.length) throw err;
      status.append(h('div', { class: 'problem', role: 'alert' }, h('strong', {}, err.problem.detail || ''), ' ', t('rowErrors')),
        h('div', { class: 'table-wrap' }, h('table', { id: 'import-errors' },
          h('thead', {}, h('tr', {}, [t('line'), t('column'), t('message')].map(x => h('th', { scope: 'col' }, x)))),
          h('tbody', {}, rows.map(e => h('tr', {}, h('td', {}, e.line), h('td', {}, e.field || ''), h('td', {}, e.message)))))));
    }
  });
  ctx.main.append(f, status);
}

async function modulesScreen(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('modules')));
  const [mods, screens] = await Promise.all([ctx.api('GET', '/api/modules'), ctx.api('GET', '/cms/m/index.json')]);
  ctx.main.append(h('div', { class: 'table-wrap' }, h('table', { id: 'modules' },
    h('thead', {}, h('tr', {}, [t('id'), t('name'), t('description'), t('version'), t('screens')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, mods.map(m => h('tr', {}, h('td', { class: 'code' }, m.id), h('td', {}, m.name), h('td', {}, m.description),
      h('td', {}, m.version || ''), h('td', {}, screens[m.id] ? t('yes') : t('no'))))))));
}
