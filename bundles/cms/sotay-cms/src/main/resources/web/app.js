// Sổ Tay CMS shell: session, menu from /api/menu, routes to the screens of the installed modules.
// Contract for screens: vn.sotay.spi.cms.CmsScreens and docs/cms.md. No framework, no bundler.

import { state, TEXT, tx, h, field, form, values, clearProblem, showProblem, notify, date } from './ui.js';

export { h };

const POLL_MS = 10000;

// ---------------------------------------------------------------------------------------------
// API over the browser session (HttpOnly cookie; CSRF header on unsafe methods)

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function csrf() {
  const m = document.cookie.match(/(?:^|;\s*)SOTAY_CSRF=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

async function request(method, path, body, contentType) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (!['GET', 'HEAD'].includes(method)) headers['X-CSRF-Token'] = csrf();
  let payload = body;
  if (body !== undefined && body !== null && !contentType) {
    headers['Content-Type'] = 'application/json; charset=UTF-8';
    payload = JSON.stringify(body);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  let r;
  try {
    r = await fetch(path, { method, headers, body: payload ?? undefined, credentials: 'same-origin', cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, { detail: tx('network') });
  }
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!r.ok) {
    const err = new ApiError(r.status, json && typeof json === 'object' ? json : null);
    if (r.status === 401 && state.user && !path.startsWith('/api/auth/session')) expired();
    throw err;
  }
  return json;
}

/** JSON API call: `api('POST', '/api/notices', {...})`. */
const api = (method, path, body) => request(method, path, body);

/** Raw upload with progress (XMLHttpRequest: fetch has no upload progress). Resolves the JSON answer. */
function upload(path, data, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('POST', path);
    x.setRequestHeader('Accept', 'application/json, application/problem+json');
    x.setRequestHeader('X-CSRF-Token', csrf());
    if (contentType) x.setRequestHeader('Content-Type', contentType);
    x.upload.onprogress = e => onProgress && e.lengthComputable && onProgress(e.loaded / e.total);
    x.onerror = () => reject(new ApiError(0, { detail: tx('network') }));
    x.onload = () => {
      let json = null;
      try { json = x.responseText ? JSON.parse(x.responseText) : null; } catch (e) { json = null; }
      if (x.status >= 200 && x.status < 300) resolve(json);
      else {
        if (x.status === 401) expired();
        reject(new ApiError(x.status, json));
      }
    };
    x.send(data);
  });
}

let orgCache = null;
/** The organisation tree, flattened in tree order: [{id, code, name, type, depth, parentId}]. */
async function orgs() {
  if (!orgCache) {
    orgCache = api('GET', '/api/org/tree').then(roots => {
      const out = [];
      const walk = (n, depth) => { out.push({ ...n, depth, children: undefined }); (n.children || []).forEach(c => walk(c, depth + 1)); };
      roots.forEach(r => walk(r, 0));
      return out;
    }).catch(e => { orgCache = null; throw e; });
  }
  return orgCache;
}

/** A <select> of organisations (indented by depth); `filter(node)` keeps some, `selected` preselects an id. */
async function orgSelect(attrs, filter = () => true, selected = null) {
  const list = (await orgs()).filter(filter);
  return h('select', attrs, h('option', { value: '' }, '—'),
    list.map(o => h('option', { value: o.id, selected: String(o.id) === String(selected) },
      `${'\u2003'.repeat(o.depth)}${o.name} (${o.code})`)));
}

/** The caller holds this role somewhere (ADMIN holds every role). */
const holds = role => !!state.user && state.user.grants.some(g => g.role === role || g.role === 'ADMIN');

// ---------------------------------------------------------------------------------------------
// the screen context handed to every module's routes

function context(main) {
  // screens may pass null/false for "nothing here", as with h()
  main.append = (...nodes) => Element.prototype.append.apply(main, nodes.flat(Infinity).filter(n => n !== null && n !== undefined && n !== false));
  return {
    main, h, api, upload, form, field, values, showProblem, clearProblem, notify, date, orgs, orgSelect, holds,
    get user() { return state.user; },
    get lang() { return state.lang; },
    t: dict => (dict[state.lang] ?? dict.vi),
    i18n: table => key => (table[state.lang] && table[state.lang][key]) ?? table.vi[key] ?? key,
    navigate: path => { location.hash = `#${path}`; },
    pager,
    problemText: err => (err && err.problem && (err.problem.detail || err.problem.title)) || tx(`s${err && err.status}`) || tx('network'),
  };
}

/**
 * A paged list: `load(cursor)` resolves `{items, next}`; `row(item)` renders one item. Previous
 * pages are kept as a stack of cursors. Returns the container.
 */
function pager(load, row, empty) {
  const box = h('div', { class: 'paged' });
  const stack = [];
  let current = null;
  const show = async cursor => {
    box.replaceChildren(h('p', { class: 'muted' }, tx('loading')));
    try {
      const page = await load(cursor);
      const items = page.items || [];
      const prev = h('button', { type: 'button', class: 'secondary', disabled: !stack.length,
        onclick: () => show(stack.pop()) }, tx('prev'));
      const next = h('button', { type: 'button', class: 'secondary', disabled: !page.next,
        onclick: () => { stack.push(current); show(page.next); } }, tx('next'));
      current = cursor;
      box.replaceChildren(items.length ? row(items) : h('p', { class: 'muted' }, empty || tx('nothing')),
        (stack.length || page.next) ? h('div', { class: 'pager' }, prev, next) : '');
    } catch (e) {
      box.replaceChildren();
      showProblem(box, e);
    }
  };
  show(null);
  box.reload = () => show(current);
  return box;
}

// ---------------------------------------------------------------------------------------------
// shell

const app = document.getElementById('app');
let mainEl = null;
let navEl = null;

function applyPrefs() {
  document.documentElement.lang = state.lang;
  document.documentElement.classList.remove('size-l', 'size-xl');
  if (state.size !== 'm') document.documentElement.classList.add(`size-${state.size}`);
  document.title = tx('brand');
}

function topBar() {
  const sizes = h('div', { role: 'group', 'aria-label': tx('textSize') },
    ['m', 'l', 'xl'].map((s, i) => h('button', { type: 'button', 'aria-pressed': String(state.size === s),
      title: TEXT[state.lang].sizes[s], 'aria-label': TEXT[state.lang].sizes[s], 'data-size': s,
      onclick: () => { state.size = s; localStorage.setItem('sotay.size', s); render(); } }, 'A'.repeat(1) + '+'.repeat(i))));
  return h('header', { class: 'top' },
    h('span', { class: 'brand' }, tx('brand')),
    sizes,
    h('button', { type: 'button', lang: state.lang === 'vi' ? 'en' : 'vi', 'aria-label': tx('langLabel'), id: 'lang-switch',
      onclick: () => { state.lang = state.lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('sotay.lang', state.lang); render(); } }, tx('lang')),
    state.user ? h('span', { class: 'who' }, state.user.name) : null,
    state.user ? h('button', { type: 'button', id: 'logout', onclick: logout }, tx('logout')) : null);
}

function render() {
  applyPrefs();
  if (!state.user) return renderLogin();
  navEl = h('nav', { class: 'menu', 'aria-label': tx('menu') });
  mainEl = h('main', { id: 'main', tabindex: '-1' });
  app.replaceChildren(topBar(), h('div', { class: 'layout' }, navEl, mainEl));
  renderMenu();
  route();
}

function renderLogin(message) {
  const f = form({ class: 'login', id: 'login-form' }, [
    h('h1', {}, tx('loginTitle')),
    message ? h('p', { class: 'notice-ok', role: 'status' }, message) : null,
    field(tx('loginField'), { name: 'login', autocomplete: 'username', inputmode: 'tel', required: true, autofocus: true }),
    field(tx('password'), { name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit', class: 'primary' }, tx('login')),
  ], async v => {
    const r = await request('POST', '/api/auth/session', { login: v.login, password: v.password ?? '' });
    state.user = r.caller;
    orgCache = null;
    await refreshMenu();
    render();
    startPolling();
  });
  app.replaceChildren(topBar(), f);
  f.querySelector('input').focus();
}

function expired() {
  state.user = null;
  stopPolling();
  renderLogin(tx('expired'));
}

async function logout() {
  try { await request('DELETE', '/api/auth/session'); } catch (e) { /* the cookies are cleared by the answer anyway */ }
  state.user = null;
  stopPolling();
  renderLogin(tx('loggedOut'));
}

/** Menu entries whose screens are installed now. */
function entries() {
  return state.menu.filter(m => state.screens[screensOf(m.path)]);
}

const screensOf = path => (path || '').split('/').filter(Boolean)[0] || '';

function renderMenu() {
  if (!navEl) return;
  const current = state.route || '';
  const list = entries();
  // the entry for the current route: the longest path equal to it or a prefix of it
  const active = list.filter(m => current === m.path || current.startsWith(`${m.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const ul = h('ul', {}, list.map(m => h('li', {}, h('a', { href: `#${m.path}`, 'data-menu-id': m.id,
    'aria-current': m === active ? 'page' : null }, state.lang === 'en' ? m.labelEn || m.label : m.label))));
  const wide = matchMedia('(min-width: 48rem)').matches;
  navEl.replaceChildren(h('details', { open: wide }, h('summary', {}, tx('menu')), ul));
}

async function refreshMenu() {
  const [menu, screens] = await Promise.all([request('GET', '/api/menu'), request('GET', '/cms/m/index.json')]);
  const changed = JSON.stringify(menu) !== JSON.stringify(state.menu) || JSON.stringify(screens) !== JSON.stringify(state.screens);
  state.menu = menu;
  state.screens = screens;
  return changed;
}

/**
 * What is installed (the public module list and screens index), read without the session cookie:
 * polling must not slide the session's idle expiry, or an unattended open page would never log out.
 */
async function installed() {
  const read = async path => (await fetch(path, { credentials: 'omit', cache: 'no-store', headers: { Accept: 'application/json' } })).text();
  return (await Promise.all([read('/api/modules'), read('/cms/m/index.json')])).join('\n');
}

/** Keeps the menu in step with installed modules: a module's feature goes, its entries and pages go. */
function startPolling() {
  stopPolling();
  state.installed = null;
  state.settling = 0;
  // the baseline goes with the menu just read at login or boot: taken now, not at the first tick,
  // or a module installed or removed in those first seconds would never reach the menu
  installed().then(now => { if (state.installed === null) state.installed = now; }, () => {});
  const tick = async () => {
    if (!state.user || document.hidden) return;
    try {
      const now = await installed();
      const changed = now !== state.installed;
      if (!changed && !state.settling) return;
      state.installed = now;
      // a module's services leave (and arrive) one by one: after a change, read the menu again at the
      // next two ticks too, so that a menu read halfway through the change does not stay
      state.settling = changed ? 2 : state.settling - 1;
      if (await refreshMenu()) {
        renderMenu();
        const id = screensOf(state.route);
        if (id && (!state.screens[id] || state.loaded.get(id)?.stamp !== state.screens[id])) route();
      }
    } catch (e) { /* offline for a moment: try again at the next tick */ }
  };
  state.polling = setInterval(tick, POLL_MS);
  document.addEventListener('visibilitychange', tick);
  state.tick = tick;
}

function stopPolling() {
  if (state.polling) clearInterval(state.polling);
  if (state.tick) document.removeEventListener('visibilitychange', state.tick);
  state.polling = null;
}

/** Matches a route pattern ('/news/edit/:id') against a path; returns params or null. */
function match(pattern, path) {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

async function loadScreens(id) {
  const stamp = state.screens[id];
  const cached = state.loaded.get(id);
  if (cached && cached.stamp === stamp) return cached.module;
  const module = await import(`/cms/m/${encodeURIComponent(id)}/screens.js?v=${encodeURIComponent(stamp)}`);
  state.loaded.set(id, { stamp, module });
  return module;
}

let routeSeq = 0;
async function route() {
  if (!state.user || !mainEl) return;
  const seq = ++routeSeq;
  let path;
  try { path = decodeURI(location.hash.replace(/^#/, '')).split('?')[0]; } catch (e) { path = ''; }
  if (!path || path === '/') {
    const first = entries()[0];
    if (first) { location.replace(`#${first.path}`); return; }
  }
  state.route = path;
  renderMenu();
  const main = h('main', { id: 'main', tabindex: '-1' });
  mainEl.replaceWith(main);
  mainEl = main;
  const id = screensOf(path);
  if (!id) { main.append(h('p', {}, tx('welcome'))); return; }
  if (!state.screens[id]) { main.append(h('h1', {}, tx('gone')), h('p', { class: 'muted', id: 'screen-gone' }, path)); return; }
  main.append(h('p', { class: 'muted' }, tx('loading')));
  try {
    const module = await loadScreens(id);
    if (seq !== routeSeq) return;
    // the most specific pattern wins whatever the order the parts of a module list them in:
    // '/meetings/overview' before '/meetings/:id' (fewest parameters first)
    const found = Object.entries(module.routes || {}).map(([pattern, fn]) => ({ fn, params: match(pattern, path),
      vars: pattern.split('/').filter(x => x.startsWith(':')).length })).filter(r => r.params).sort((a, b) => a.vars - b.vars);
    if (found.length) {
      main.replaceChildren();
      await found[0].fn(context(main), found[0].params);
      const heading = main.querySelector('h1');
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: false }); }
      return;
    }
    main.replaceChildren(h('h1', {}, tx('notFound')));
  } catch (e) {
    if (seq !== routeSeq) return;
    main.replaceChildren(h('h1', {}, tx('screenError')));
    showProblem(main, e instanceof ApiError ? e : new ApiError(0, { detail: tx('screenError') }));
    console.error(e);
  }
}

window.addEventListener('hashchange', route);

async function boot() {
  applyPrefs();
  try {
    state.user = await request('GET', '/api/auth/me');
  } catch (e) {
    state.user = null;
  }
  if (state.user) {
    try { await refreshMenu(); } catch (e) { /* shown empty; the poll retries */ }
    startPolling();
  }
  render();
}

boot();
