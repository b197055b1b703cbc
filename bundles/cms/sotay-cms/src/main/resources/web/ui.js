// Sổ Tay CMS: the shell's state, its texts (Vietnamese and English) and the DOM helpers app.js
// builds screens with (screens get them through their context: vn.sotay.spi.cms.CmsScreens, docs/cms.md).

export const state = { user: null, menu: [], screens: {}, installed: null, lang: localStorage.getItem('sotay.lang') === 'en' ? 'en' : 'vi',
  size: localStorage.getItem('sotay.size') || 'm', loaded: new Map(), route: null, polling: null, settling: 0 };

// ---------------------------------------------------------------------------------------------
// text

export const TEXT = {
  vi: {
    brand: 'Sổ Tay – Trang quản trị', login: 'Đăng nhập', loginTitle: 'Đăng nhập trang quản trị',
    loginField: 'Số điện thoại hoặc số thẻ đảng viên', password: 'Mật khẩu', logout: 'Đăng xuất',
    menu: 'Danh mục chức năng', textSize: 'Cỡ chữ', lang: 'English', langLabel: 'Chuyển sang tiếng Anh',
    expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.', loggedOut: 'Bạn đã đăng xuất.',
    gone: 'Chức năng này hiện không được cài đặt trên hệ thống.', notFound: 'Không tìm thấy trang này.',
    welcome: 'Chọn một chức năng trong danh mục.', loading: 'Đang tải…', screenError: 'Không mở được màn hình này.',
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.', problemTitle: 'Chưa thực hiện được:',
    line: 'Dòng', prev: '← Trang trước', next: 'Trang sau →', nothing: 'Không có mục nào.',
    s400: 'Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.', s401: 'Vui lòng đăng nhập.',
    s403: 'Bạn không có quyền thực hiện thao tác này.', s404: 'Không tìm thấy dữ liệu yêu cầu.',
    s409: 'Thao tác không phù hợp với trạng thái hiện tại.', s413: 'Tệp quá lớn.',
    s429: 'Thao tác quá nhiều lần. Vui lòng thử lại sau.', s500: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.',
    sizes: { m: 'Chữ thường', l: 'Chữ lớn', xl: 'Chữ rất lớn' },
  },
  en: {
    brand: 'Sổ Tay – CMS', login: 'Log in', loginTitle: 'Log in to the CMS',
    loginField: 'Phone number or party card number', password: 'Password', logout: 'Log out',
    menu: 'Menu', textSize: 'Text size', lang: 'Tiếng Việt', langLabel: 'Switch to Vietnamese',
    expired: 'Your session has expired. Please log in again.', loggedOut: 'You have logged out.',
    gone: 'This function is not installed on the system any more.', notFound: 'Page not found.',
    welcome: 'Choose a function from the menu.', loading: 'Loading…', screenError: 'This screen could not be opened.',
    network: 'The server cannot be reached. Check the network and try again.', problemTitle: 'Not done:',
    line: 'Line', prev: '← Previous', next: 'Next →', nothing: 'Nothing here.',
    s400: 'Some input is not valid. Please check the marked fields.', s401: 'Please log in.',
    s403: 'You are not allowed to do this.', s404: 'Not found.', s409: 'Not possible in the current state.',
    s413: 'The file is too large.', s429: 'Too many attempts. Please try again later.',
    s500: 'The server failed. Please try again later.', sizes: { m: 'Normal text', l: 'Large text', xl: 'Very large text' },
  },
};
export const tx = key => TEXT[state.lang][key] ?? TEXT.vi[key];

// ---------------------------------------------------------------------------------------------
// DOM

/** Builds an element; text children are text nodes (never parsed as HTML). Attributes: on* = listener, class, aria-*, etc. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

let fieldSeq = 0;
/** A labelled field around an input (created from attrs when `input` is a plain object). */
export function field(label, input, hint) {
  const control = input instanceof Node ? input : h(input.tag || 'input', { ...input, tag: null });
  const id = control.id || `f${++fieldSeq}`;
  control.id = id;
  const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

/** A form whose submit (button or Enter) runs `onSubmit(values, form)` with problems shown on the fields. */
export function form(attrs, children, onSubmit) {
  const f = h('form', { class: 'card', novalidate: true, ...attrs }, children);
  f.addEventListener('submit', async e => {
    e.preventDefault();
    clearProblem(f);
    const buttons = [...f.querySelectorAll('button[type=submit]')];
    buttons.forEach(b => { b.disabled = true; });
    try {
      await onSubmit(values(f), f, e.submitter);
    } catch (err) {
      showProblem(f, err);
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  });
  return f;
}

/**
 * Named values of a form: strings, empty strings as null; a radio group the checked radio's value
 * (null when none is); a checkbox as a boolean, several checkboxes of one name as the array of the
 * checked ones' values.
 */
export function values(f) {
  const out = {};
  const boxes = new Map();
  for (const el of f.elements) if (el.name && el.type === 'checkbox') boxes.set(el.name, [...(boxes.get(el.name) || []), el]);
  for (const el of f.elements) {
    if (!el.name) continue;
    if (el.type === 'radio') {
      if (el.checked) out[el.name] = el.value;
      else if (!(el.name in out)) out[el.name] = null;
    } else if (el.type === 'checkbox') {
      const group = boxes.get(el.name);
      out[el.name] = group.length > 1 ? group.filter(b => b.checked).map(b => b.value) : el.checked;
    } else {
      out[el.name] = el.value.trim() === '' ? null : el.value.trim();
    }
  }
  return out;
}

export function clearProblem(root) {
  root.querySelectorAll('.problem, .field-error').forEach(e => e.remove());
  root.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

/**
 * Shows an error in a container: the problem's Vietnamese `detail` on top (focused, role=alert),
 * each `errors[]` entry next to the field of that name, the others (and CSV line errors) listed.
 */
export function showProblem(root, err) {
  clearProblem(root);
  const p = err && err.problem ? err.problem : null;
  const detail = (p && (p.detail || p.title)) || (err && err.status ? tx(`s${err.status}`) || tx('s500') : tx('network'));
  const rest = [];
  for (const e of (p && Array.isArray(p.errors) ? p.errors : [])) {
    const input = e.field && e.line == null ? root.querySelector(`[name="${CSS.escape(e.field)}"]`) : null;
    if (input) {
      const msg = h('p', { class: 'field-error', id: `${input.id || input.name}-err` }, e.message);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', msg.id);
      (input.closest('.field') || input.parentNode).append(msg);
    } else {
      rest.push(e);
    }
  }
  const box = h('div', { class: 'problem', role: 'alert', tabindex: '-1' },
    h('strong', {}, tx('problemTitle'), ' '), detail,
    rest.length ? h('ul', {}, rest.map(e => h('li', {}, e.line != null ? `${tx('line')} ${e.line}: ` : '',
      e.field ? `${e.field} – ` : '', e.message))) : null);
  root.prepend(box);
  box.focus();
  return box;
}

let toast = null;
/** A short status message at the bottom (one at a time; read out by screen readers). */
export function notify(message) {
  if (!toast) toast = h('div', { class: 'toast', role: 'status' });
  toast.textContent = message;
  document.body.append(toast);
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => toast.remove(), 4000);
}

export const date = (iso, withTime = true) => {
  if (!iso) return '';
  const d = new Date(iso);
  return withTime ? d.toLocaleString(state.lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' })
    : d.toLocaleDateString(state.lang === 'en' ? 'en-GB' : 'vi-VN');
};

