// Votes (biểu quyết) of a meeting: the chair's panel (open a vote, live tallies, close) and the
// member's ballot, usable on a phone (large buttons from votes.css). A secret ballot's receipt is kept
// in this browser's localStorage only, to change the ballot until the vote closes. Live tallies come
// from the meeting's live topic (GET /api/live?topic=meetings/<id>, event "tally").

const T = {
  vi: {
    title: 'Biểu quyết', noMeetings: 'Bạn chưa có cuộc họp nào.', back: '← Cuộc họp', none: 'Chưa có cuộc biểu quyết nào.', open: 'Mở biểu quyết',
    item: 'Mục trong chương trình', question: 'Nội dung biểu quyết', matter: 'Việc biểu quyết', secret: 'Bỏ phiếu kín',
    candidates: 'Danh sách ứng cử (mỗi dòng một người; bỏ trống: tán thành / không tán thành)', seats: 'Số người được bầu',
    matters: { ORDINARY: 'Việc thông thường (nghị quyết)', ADMISSION: 'Kết nạp, công nhận chính thức', ELECTION: 'Bầu cử', DISCIPLINE: 'Kỷ luật' },
    YES: 'Tán thành', NO: 'Không tán thành', ABSTAIN: 'Không biểu quyết', vote: 'Bỏ phiếu', change: 'Đổi phiếu',
    voted: 'Đã bỏ phiếu', of: 'trên', eligible: 'người có quyền biểu quyết', rule: 'Thông qua khi', needed: 'cần ít nhất',
    yes: 'phiếu tán thành', close: 'Kết thúc biểu quyết', closed: 'Đã kết thúc', running: 'Đang bỏ phiếu',
    passed: 'ĐƯỢC THÔNG QUA', failed: 'KHÔNG ĐƯỢC THÔNG QUA', elected: 'Trúng cử', cast: 'Số phiếu thu vào',
    youVoted: 'Bạn đã bỏ phiếu', yourChoice: 'Lựa chọn của bạn', pick: 'Chọn tối đa', people: 'người', blank: 'Phiếu trắng',
    receiptKept: 'Biên nhận phiếu kín được giữ trên máy này để đổi phiếu.', who: 'Ai chọn gì', saved: 'Đã ghi nhận phiếu.',
    secretNote: 'Phiếu kín: chỉ thấy số người đã bỏ phiếu cho đến khi kết thúc.', live: 'Cập nhật trực tiếp',
  },
  en: {
    title: 'Votes', noMeetings: 'No meetings yet.', back: '← Meeting', none: 'No votes yet.', open: 'Open a vote',
    item: 'Agenda item', question: 'Question', matter: 'Matter', secret: 'Secret ballot',
    candidates: 'Candidates (one per line; empty: yes / no)', seats: 'Seats',
    matters: { ORDINARY: 'Ordinary (resolution)', ADMISSION: 'Admission', ELECTION: 'Election', DISCIPLINE: 'Discipline' },
    YES: 'Yes', NO: 'No', ABSTAIN: 'Abstain', vote: 'Vote', change: 'Change my ballot',
    voted: 'Voted', of: 'of', eligible: 'entitled to vote', rule: 'Passes with', needed: 'needs at least',
    yes: 'yes votes', close: 'Close the vote', closed: 'Closed', running: 'Voting',
    passed: 'PASSED', failed: 'NOT PASSED', elected: 'Elected', cast: 'Ballots cast',
    youVoted: 'You voted', yourChoice: 'Your choice', pick: 'Pick at most', people: '', blank: 'Blank ballot',
    receiptKept: 'The secret ballot\'s receipt is kept on this device to change the ballot.', who: 'Who voted what', saved: 'Ballot recorded.',
    secretNote: 'Secret ballot: only how many voted is shown until it closes.', live: 'Live updates',
  },
};

export const routes = {
  '/meetings/votes/mine': meetings, // three segments: never taken by a '/meetings/:id' route of another part
  '/meetings/:id/votes': panel,
};

/** The caller's meetings, each linking to its votes (the way into the panel from this part's own route). */
async function meetings(ctx) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  ctx.main.append(h('h1', {}, t('title')), ctx.pager(
    c => ctx.api('GET', '/api/meetings?limit=20' + (c ? '&cursor=' + encodeURIComponent(c) : '')),
    items => h('ul', { class: 'plain', id: 'votes-meetings' }, items.map(i => h('li', {},
      h('a', { href: `#/meetings/${i.id}/votes` }, i.title),
      h('div', { class: 'muted' }, ctx.date(i.startsAt) + ' · ' + (i.orgName || ''))))), t('noMeetings')));
}

const receiptKey = (m, v) => `sotay.receipt.${m}.${v}`;
const store = {
  get: k => { try { return localStorage.getItem(k); } catch (e) { return null; } },
  set: (k, v) => { try { localStorage.setItem(k, v); } catch (e) { /* private mode: the ballot stays as cast */ } },
};

async function panel(ctx, params) {
  const t = ctx.i18n(T);
  const { h } = ctx;
  const id = params.id;
  ctx.main.append(h('link', { rel: 'stylesheet', href: '/cms/m/meetings/votes.css' }));
  const m = await ctx.api('GET', `/api/meetings/${id}`);
  const chair = !!m.checkinCode;
  const list = h('div', { id: 'votes-list', class: 'votes', 'aria-live': 'polite' });
  ctx.main.append(
    h('p', {}, h('a', { href: '#/meetings/votes/mine' }, t('back'))),
    h('h1', {}, t('title') + ': ' + m.title),
    h('p', { class: 'muted' }, (m.orgName || '') + ' · ' + ctx.date(m.startsAt)),
    chair && m.status === 'OPEN' ? opener(ctx, t, m, () => refresh()) : null,
    list);
  const cards = new Map();
  async function refresh() {
    const votes = await ctx.api('GET', `/api/meetings/${id}/votes`);
    list.replaceChildren();
    cards.clear();
    if (!votes.length) list.append(h('p', { class: 'muted' }, t('none')));
    for (const v of votes) {
      const card = h('section', { class: 'vote-card', id: `vote-${v.id}` });
      cards.set(v.id, card);
      render(ctx, t, m, v, card, chair, refresh);
      list.append(card);
    }
  }
  await refresh();
  follow(ctx, id, list, async ev => {
    const card = cards.get(ev.voteId);
    if (!card) return refresh();
    const counts = card.querySelector('.vote-counts');
    if (counts) counts.replaceChildren(...countLines(ctx, t, ev));
    if (ev.status === 'CLOSED' && !card.classList.contains('vote-closed')) {
      const v = await ctx.api('GET', `/api/meetings/${id}/votes/${ev.voteId}`);
      card.replaceChildren();
      render(ctx, t, m, v, card, chair, refresh);
    }
  });
}

/** The live topic: tallies within a second; closed when the screen is left. */
function follow(ctx, id, anchor, onTally) {
  if (typeof EventSource === 'undefined') return;
  const es = new EventSource(`/api/live?topic=${encodeURIComponent('meetings/' + id)}`);
  es.addEventListener('tally', e => { try { onTally(JSON.parse(e.data)); } catch (err) { /* a hint only */ } });
  const timer = setInterval(() => {
    if (!anchor.isConnected) { es.close(); clearInterval(timer); }
  }, 2000);
}

function opener(ctx, t, m, done) {
  const { h } = ctx;
  const box = h('details', { class: 'vote-opener' }, h('summary', {}, t('open')));
  const f = ctx.form({ id: 'vote-form' }, [
    ctx.field(t('item'), h('select', { name: 'agendaItemId', required: true },
      m.agenda.map(a => h('option', { value: String(a.id) }, `${a.position + 1}. ${a.title}`)))),
    ctx.field(t('question'), { name: 'question', required: true, maxlength: '500' }),
    ctx.field(t('matter'), h('select', { name: 'matter' },
      Object.entries(t('matters')).map(([k, v]) => h('option', { value: k }, v)))),
    h('label', { class: 'row' }, h('input', { type: 'checkbox', name: 'secret', value: 'true' }), ' ' + t('secret')),
    ctx.field(t('candidates'), h('textarea', { name: 'candidates', rows: '3', maxlength: '6200' })),
    ctx.field(t('seats'), { name: 'seats', type: 'number', min: '1', max: '30', value: '1' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('open'))),
  ], async values => {
    const candidates = String(values.candidates || '').split('\n').map(s => s.trim()).filter(Boolean);
    await ctx.api('POST', `/api/meetings/${m.id}/votes`, {
      agendaItemId: Number(values.agendaItemId), question: values.question, matter: values.matter,
      secret: [true, 'true', 'on'].includes(values.secret), candidates, seats: candidates.length ? Number(values.seats || 1) : null,
    });
    box.open = false;
    await done();
  });
  box.append(f);
  return box;
}

function countLines(ctx, t, v) {
  const { h } = ctx;
  const out = [h('div', { class: 'vote-voted' }, `${t('voted')}: ${v.voted} ${t('of')} ${v.eligible} ${t('eligible')}`)];
  const tally = v.tally;
  if (tally && !(tally.candidates && tally.candidates.length)) {
    out.push(h('div', {}, `${t('YES')}: ${tally.yes} · ${t('NO')}: ${tally.no} · ${t('ABSTAIN')}: ${tally.abstain}`));
  } else if (tally) {
    out.push(h('ul', { class: 'plain' }, tally.candidates.map(c =>
      h('li', {}, `${c.name}: ${c.votes}${c.elected ? ' ✓ ' + t('elected') : ''}`))));
  }
  return out;
}

function render(ctx, t, m, v, card, chair, refresh) {
  const { h } = ctx;
  const closed = v.status === 'CLOSED';
  card.classList.toggle('vote-closed', closed);
  card.append(
    h('h2', {}, v.question),
    h('p', { class: 'muted' }, [t('matters')[v.matter] || v.matter, v.secret ? t('secret') : null, closed ? t('closed') : t('running')]
      .filter(Boolean).join(' · ')),
    h('p', {}, `${t('rule')} ${v.ruleText}` + (v.seats ? '' : ` (${t('needed')} ${v.needed} ${t('yes')})`)),
    h('div', { class: 'vote-counts' }, ...countLines(ctx, t, v)));
  if (v.secret && !closed) card.append(h('p', { class: 'muted' }, t('secretNote')));
  if (closed && v.result) {
    const r = v.result;
    card.append(h('p', { class: r.passed ? 'vote-passed' : 'vote-failed' }, r.passed ? t('passed') : t('failed')),
      h('p', {}, `${t('cast')}: ${r.cast} · ${t('YES')}: ${r.yes} · ${t('NO')}: ${r.no} · ${t('ABSTAIN')}: ${r.abstain}`));
    if (r.elected && r.elected.length) card.append(h('p', {}, `${t('elected')}: ${r.elected.join(', ')}`));
    if (v.ballots && v.ballots.length) {
      card.append(h('details', {}, h('summary', {}, t('who')), h('ul', { class: 'plain' },
        v.ballots.map(b => h('li', {}, `${b.fullName || b.memberId}: ${t(b.choice) || b.choice || t('blank')}`)))));
    } else if (!v.secret) {
      const more = h('button', { type: 'button', class: 'secondary' }, t('who'));
      more.addEventListener('click', async () => {
        const full = await ctx.api('GET', `/api/meetings/${m.id}/votes/${v.id}`);
        card.replaceChildren();
        render(ctx, t, m, full, card, chair, refresh);
      });
      card.append(more);
    }
    return;
  }
  if (v.youVoted) card.append(h('p', { class: 'notice-ok' }, t('youVoted') + (v.yourChoice ? `: ${t(v.yourChoice) || v.yourChoice}` : '')));
  if (m.status === 'OPEN') card.append(ballot(ctx, t, m, v, refresh));
  if (chair) {
    const close = h('button', { type: 'button', class: 'secondary vote-close' }, t('close'));
    close.addEventListener('click', async () => {
      try { await ctx.api('POST', `/api/meetings/${m.id}/votes/${v.id}/close`); await refresh(); } catch (e) { ctx.showProblem(card, e); }
    });
    card.append(close);
  }
}

function ballot(ctx, t, m, v, refresh) {
  const { h } = ctx;
  const box = h('div', { class: 'ballot' });
  const key = receiptKey(m.id, v.id);
  async function send(body) {
    const receipt = v.secret ? store.get(key) : null;
    if (receipt) body.receipt = receipt;
    try {
      const ack = await ctx.api('POST', `/api/meetings/${m.id}/votes/${v.id}/ballot`, body);
      if (ack.receipt) { store.set(key, ack.receipt); ctx.notify(t('receiptKept')); } else ctx.notify(t('saved'));
      await refresh();
    } catch (e) { ctx.showProblem(box, e); }
  }
  if (!v.seats) {
    box.append(h('div', { class: 'ballot-buttons' }, ['YES', 'NO', 'ABSTAIN'].map(c => {
      const b = h('button', { type: 'button', class: `ballot-${c.toLowerCase()}`, 'data-choice': c }, t(c));
      b.addEventListener('click', () => send({ choice: c }));
      return b;
    })));
    return box;
  }
  const checks = v.candidates.map(name => h('label', { class: 'ballot-candidate' },
    h('input', { type: 'checkbox', value: name }), ' ' + name));
  const submit = h('button', { type: 'button', class: 'primary ballot-submit' }, v.youVoted ? t('change') : t('vote'));
  submit.addEventListener('click', () => send({ candidates: checks.map(l => l.querySelector('input')).filter(i => i.checked).map(i => i.value) }));
  box.append(h('p', {}, `${t('pick')} ${v.seats} ${t('people')}`), ...checks, submit);
  return box;
}
