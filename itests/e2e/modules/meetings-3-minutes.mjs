// Meetings, part 3: the minutes editor with approvals and downloads, the rating form, the committee's
// overview on a phone. The meeting is set up over REST (announce, open, close: the cycle's endpoints).

export default ({ BASE, ADMIN, SECRETARY, COMMITTEE_TP, WORD, session, shot, go, check, rest, token }) => {
  const state = {};
  async function closedMeeting() {
    if (state.id) return state.id;
    const secretary = await token(SECRETARY);
    const tree = await rest('GET', '/api/org/tree', secretary);
    const flat = [];
    const walk = n => { flat.push(n); (n.children || []).forEach(walk); };
    (Array.isArray(tree.json) ? tree.json : [tree.json]).forEach(walk);
    const cell = flat.find(n => n.code === 'TP-PBT-CB01');
    state.tp = flat.find(n => n.code === 'TP')?.id;
    check(cell, 'cell A in the tree');
    const m = await rest('POST', '/api/meetings', secretary, { orgId: cell.id, kind: 'REGULAR', title: `Sinh hoạt chi bộ ${WORD}`,
      startsAt: new Date(Date.now() + 5 * 60000).toISOString(), place: 'Hội trường khu phố 1',
      agenda: [{ title: 'Kiểm điểm nhiệm vụ tháng' }] });
    check(m.status === 201, `announce: ${m.status} ${m.text}`);
    state.id = m.json.id;
    for (const step of ['open', 'close']) {
      const r = await rest('POST', `/api/meetings/${state.id}/${step}`, secretary);
      check(r.status === 200, `${step}: ${r.status} ${r.text}`);
    }
    return state.id;
  }

  return {
    async 'the secretary drafts, edits and approves the minutes; both approvals lock them'() {
      const id = await closedMeeting();
      const page = await session(SECRETARY);
      await go(page, `/meetings/${id}/minutes`);
      await page.locator('#minutes-draft').click();
      await page.locator('#minutes-form').waitFor();
      check(await page.getByText('ĐẢNG CỘNG SẢN VIỆT NAM').first().isVisible(), 'the party heading is shown');
      check(await page.getByText('BIÊN BẢN SINH HOẠT CHI BỘ').first().isVisible(), 'the title is shown');
      const body = page.locator('#minutes-sections textarea').last();
      await body.fill(`Cuộc họp kết thúc lúc 21 giờ. ${WORD}`);
      await page.getByRole('button', { name: 'Lưu biên bản' }).click();
      await page.getByText(`Cuộc họp kết thúc lúc 21 giờ. ${WORD}`).first().waitFor().catch(() => {});
      await page.locator('#minutes-approve-chair').click();
      await page.locator('#minutes-approvals .badge').first().waitFor();
      await shot(page, 'meetings-minutes-editor');
      const admin = await token(ADMIN);
      const clerk = await rest('POST', `/api/meetings/${id}/minutes/approve`, admin, { as: 'CLERK' });
      check(clerk.status === 200 && clerk.json.lockedAt, `clerk approval locks: ${clerk.status} ${clerk.text}`);
      await page.reload();
      await page.locator('#minutes-locked').waitFor();
      check(await page.locator('#minutes-pdf').getAttribute('href') === `/api/meetings/${id}/minutes/pdf`, 'PDF link');
      const pdf = await fetch(`${BASE}/api/meetings/${id}/minutes/pdf`, { headers: { Authorization: `Bearer ${admin}` } });
      check(pdf.status === 200 && (pdf.headers.get('content-type') || '').startsWith('application/pdf'), `PDF: ${pdf.status}`);
      await page.context().close();
    },

    async 'the cell rates the meeting and the committee follows its month on a phone'() {
      const id = await closedMeeting();
      const page = await session(SECRETARY);
      await go(page, `/meetings/${id}/rating`);
      await page.locator('#rating-form select[name=grade]').selectOption('GOOD');
      await page.getByRole('button', { name: 'Lưu xếp loại' }).click();
      await page.locator('#rating-now', { hasText: 'Tốt' }).waitFor();
      await page.context().close();
      const phone = await session(COMMITTEE_TP, undefined, { width: 390, height: 844 });
      const now = new Date();
      const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
      await go(phone, `/meetings/overview?org=${state.tp}&month=${month}`);
      await phone.locator('#overview-children').waitFor();
      await phone.locator('#overview-cells').waitFor();
      check(await phone.locator('#overview-cells tr.unused').count() >= 0, 'cells listed');
      await shot(phone, 'meetings-overview-phone');
      await phone.context().close();
    },
  };
};
