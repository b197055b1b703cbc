// Votes in a meeting (issue 11): the secretary of cell A opens a vote from the votes panel, member A
// votes on a phone-sized screen with the large buttons, the chair's panel shows the tally live (SSE,
// no reload), a secret ballot is changed with the receipt the browser kept, and closing shows the result.
export default ({ SECRETARY, MEMBER_A, WORD, check, rest, token, session, shot, go }) => {
  const state = {};
  return {
    async 'the chair opens a vote and sees the member\'s ballot live'() {
      const chair = await token(SECRETARY);
      const member = await token(MEMBER_A);
      const me = (await rest('GET', '/api/members/me', member)).json;
      const m = await rest('POST', '/api/meetings', chair, {
        orgId: me.cellId, kind: 'EXTRAORDINARY', title: `Họp biểu quyết ${WORD}`, place: 'Hội trường',
        startsAt: new Date().toISOString(), agenda: [{ title: 'Nghị quyết tháng' }, { title: 'Kết nạp đảng viên' }],
      });
      check(m.status === 201, `announce: ${m.status} ${m.text}`);
      const id = state.id = m.json.id;
      check((await rest('POST', `/api/meetings/${id}/open`, chair)).status === 200, 'open');
      const marked = await rest('PUT', `/api/meetings/${id}/attendees/${me.id}`, chair, { state: 'PRESENT' });
      check(marked.status === 200, `mark present: ${marked.status} ${marked.text}`);

      const page = state.chair = await session(SECRETARY);
      await go(page, `/meetings/${id}/votes`);
      await page.locator('.vote-opener summary').click();
      const form = page.locator('#vote-form');
      await form.getByLabel('Nội dung biểu quyết').fill('Thông qua nghị quyết tháng của chi bộ');
      await form.getByRole('button', { name: 'Mở biểu quyết' }).click();
      const card = page.locator('.vote-card').first();
      await card.getByText('Thông qua nghị quyết tháng của chi bộ').waitFor();
      await card.getByText('hơn một nửa số đảng viên có quyền biểu quyết', { exact: false }).waitFor();

      const phone = state.member = await session(MEMBER_A, undefined, { width: 390, height: 844 });
      await go(phone, `/meetings/${id}/votes`);
      const yes = phone.getByRole('button', { name: 'Tán thành', exact: true });
      const box = await yes.boundingBox();
      check(box && box.height >= 48, `the ballot buttons are large on a phone: ${JSON.stringify(box)}`);
      await yes.click();
      await phone.getByText('Bạn đã bỏ phiếu', { exact: false }).first().waitFor();
      await shot(phone, 'meetings-votes-phone');
      // the chair's open panel gets the count over the live topic, without a reload
      await card.locator('.vote-counts', { hasText: 'Tán thành: 1' }).waitFor({ timeout: 5000 });
      await card.locator('.vote-voted', { hasText: 'Đã bỏ phiếu: 1' }).waitFor();
      await shot(page, 'meetings-votes-chair');
    },

    async 'a secret ballot is changed with the receipt kept in the browser, then the chair closes'() {
      const { id, chair: page, member: phone } = state;
      check(id && page && phone, 'the previous scenario set the meeting up');
      await page.locator('.vote-opener summary').click();
      const form = page.locator('#vote-form');
      await form.getByLabel('Nội dung biểu quyết').fill('Bỏ phiếu kín kết nạp quần chúng ưu tú');
      await form.getByLabel('Việc biểu quyết').selectOption('ADMISSION');
      await form.getByLabel('Bỏ phiếu kín').check();
      await form.getByRole('button', { name: 'Mở biểu quyết' }).click();
      const secret = page.locator('.vote-card', { hasText: 'Bỏ phiếu kín kết nạp' });
      await secret.waitFor();

      await go(phone, `/meetings/${id}/votes`);
      const card = phone.locator('.vote-card', { hasText: 'Bỏ phiếu kín kết nạp' });
      await card.getByRole('button', { name: 'Không tán thành', exact: true }).click();
      await card.getByText('Bạn đã bỏ phiếu', { exact: false }).waitFor();
      const receipts = await phone.evaluate(() => Object.keys(localStorage).filter(k => k.startsWith('sotay.receipt.')));
      check(receipts.length === 1, `one receipt kept: ${receipts}`);
      await phone.locator('.vote-card', { hasText: 'Bỏ phiếu kín kết nạp' }).getByRole('button', { name: 'Tán thành', exact: true }).click();
      await phone.locator('.toast', { hasText: 'Đã ghi nhận phiếu.' }).waitFor();
      await secret.locator('.vote-voted', { hasText: 'Đã bỏ phiếu: 1' }).waitFor({ timeout: 5000 });
      check(!(await secret.locator('.vote-counts').textContent()).includes('Tán thành:'), 'no secret counts before closing');

      await secret.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
      const closed = page.locator('.vote-card', { hasText: 'Bỏ phiếu kín kết nạp' });
      await closed.getByText('KHÔNG ĐƯỢC THÔNG QUA').waitFor();
      await closed.getByText('Tán thành: 1', { exact: false }).first().waitFor();
      await shot(page, 'meetings-votes-closed');
    },
  };
};
