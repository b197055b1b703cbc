// The meeting cycle in the CMS: the secretary announces a meeting, opens it and shows the code; a
// member on a phone leaves an opinion and checks in with the code; the secretary sees the rate move
// live, checks an elderly member in on their behalf and closes the meeting.
export default ({ session, shot, go, check, rest, token, SECRETARY, MEMBER_A, WORD }) => ({
  async 'the secretary announces and runs a meeting, a member checks in on a phone'() {
    const me = await rest('GET', '/api/members/me', await token(SECRETARY));
    check(me.status === 200, `members/me: ${me.status}`);
    const sec = await session(SECRETARY);
    await go(sec, '/meetings/new');
    await sec.locator('#announce-form select[name=orgId]').selectOption(String(me.json.cellId));
    const title = `Họp chi bộ ${WORD}`;
    await sec.locator('#announce-form input[name=title]').fill(title);
    const soon = new Date(Date.now() + 10 * 60000).toLocaleString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
      .replace(' ', 'T').slice(0, 16);
    await sec.locator('#announce-form input[name=startsAt]').fill(soon);
    await sec.locator('#announce-form input[name=place]').fill('Hội trường khu phố 1');
    await sec.locator('#announce-form textarea[name=agenda]').fill('Kiểm điểm công tác tháng\nNhiệm vụ tháng tới');
    await sec.locator('#announce-form button[type=submit]').click();
    await sec.locator('#meeting h1', { hasText: title }).waitFor();
    check(await sec.locator('#meeting-late').count() === 1, 'a regular meeting for this month is flagged as announced late');
    const id = (await sec.evaluate(() => location.hash)).split('/').pop();
    await sec.locator('#meeting-open').click();
    await sec.locator('#checkin-code').waitFor();
    const code = (await sec.locator('#checkin-code').textContent()).trim();
    check(/^\d{6}$/.test(code), `the code is shown large: ${code}`);
    await shot(sec, 'meetings-desk');

    const member = await session(MEMBER_A, undefined, { width: 390, height: 844 });
    await go(member, `/meetings/${id}`);
    await member.locator('#opinion-form textarea[name=body]').fill('Đề nghị bổ sung chỉ tiêu phát triển đảng viên.');
    await member.locator('#opinion-form button[type=submit]').click();
    await member.locator('#meeting-opinions li', { hasText: 'bổ sung chỉ tiêu' }).waitFor();
    await member.locator('#checkin-form input[name=code]').fill(code);
    await member.locator('#checkin-form button[value=code]').click();
    await member.locator('#checked-in').waitFor();
    await member.locator('#meeting-live', { hasText: /^Có mặt: 1\// }).waitFor({ timeout: 5000 });
    await shot(member, 'meetings-member-phone');

    await sec.locator('#meeting-rates dd[data-key=present]', { hasText: /^1 / }).waitFor({ timeout: 5000 });
    const row = sec.locator('#meeting-roll tr[data-state=INVITED]').first();
    const who = await row.getAttribute('data-member');
    await row.locator('button[data-mark=ASSISTED]').click();
    await sec.locator(`#meeting-roll tr[data-member="${who}"][data-state=PRESENT]`).waitFor();
    await sec.locator('#meeting-rates dd[data-key=present]', { hasText: /^2 / }).waitFor({ timeout: 5000 });
    sec.once('dialog', d => d.accept());
    await sec.locator('#meeting-close').click();
    await sec.locator('#meeting[data-status=CLOSED]').waitFor();
    const roll = await rest('GET', `/api/meetings/${id}/attendees`, await token(SECRETARY));
    check(roll.json.some(a => a.memberId === Number(who) && a.how === 'ASSISTED'), 'recorded as assisted');
    check(roll.json.every(a => a.status !== 'EXEMPT' || a.state === 'INVITED'), 'exempt members are never absent');
    await sec.context().close();
    await member.context().close();
  },
});
