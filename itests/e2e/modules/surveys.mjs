// End-to-end scenarios of the surveys module (thăm dò ý kiến): the secretary builds and publishes a
// survey, a member answers it on a phone, the secretary reads the rates and downloads the XLSX.
export default ({ SECRETARY, MEMBER_A, WORD, session, shot, go, check, rest, token }) => {
  const state = {};
  return {
    async 'the secretary builds a survey and publishes it'() {
      const page = await session(SECRETARY);
      await go(page, '/surveys/new');
      await page.getByLabel('Tiêu đề', { exact: true }).fill(`Thăm dò sinh hoạt chi bộ ${WORD}`);
      await page.getByLabel('Nội dung câu hỏi', { exact: true }).fill('Đồng chí đánh giá buổi sinh hoạt tháng này thế nào?');
      await page.getByLabel('Các phương án (mỗi dòng một phương án, 2 đến 20)').fill('Tốt\nKhá\nTrung bình');
      await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
      const second = page.locator('fieldset.survey-question').nth(1);
      await second.getByLabel('Loại câu hỏi').selectOption('TEXT');
      await second.getByLabel('Nội dung câu hỏi', { exact: true }).fill('Đề xuất của đồng chí');
      await shot(page, 'surveys-builder');
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await page.waitForFunction(() => /#\/surveys\/\d+$/.test(location.hash));
      state.id = Number((await page.evaluate(() => location.hash)).split('/').pop());
      await page.getByRole('button', { name: 'Phát hành' }).click();
      await page.waitForFunction(() => /#\/surveys\/\d+\/results$/.test(location.hash));
      await page.locator('#survey-rates').waitFor();
      const s = await rest('GET', `/api/surveys/${state.id}`, await token(SECRETARY));
      check(s.status === 200 && s.json.status === 'OPEN', `published: ${s.status} ${s.text.slice(0, 300)}`);
      await page.context().close();
    },

    async 'a member answers the survey on a phone'() {
      check(state.id, 'no survey from the previous scenario');
      const page = await session(MEMBER_A, undefined, { width: 390, height: 844 });
      await go(page, '/surveys');
      await page.locator(`#survey-list a[href="#/surveys/${state.id}"]`).waitFor();
      await go(page, `/surveys/${state.id}`);
      await page.getByLabel('Khá', { exact: true }).check();
      await page.getByLabel('2. Đề xuất của đồng chí', { exact: true }).fill('Nên gửi tài liệu trước một tuần.');
      await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
      await page.waitForFunction(() => document.querySelector('#survey-status')?.textContent.includes('Đã trả lời'));
      await shot(page, 'surveys-answer-phone');
      const again = await rest('GET', `/api/surveys/${state.id}`, await token(MEMBER_A));
      check(again.json.answered && again.json.myAnswers.length === 2, `answered: ${again.text.slice(0, 300)}`);
      await page.context().close();
    },

    async 'the secretary reads the rates and downloads the spreadsheet'() {
      check(state.id, 'no survey from the first scenario');
      const page = await session(SECRETARY);
      await go(page, `/surveys/${state.id}/results`);
      const total = page.locator('#survey-rates tr.total td[data-rate]');
      await total.waitFor();
      check(Number(await total.getAttribute('data-rate')) > 0, 'the rate counts member A');
      await shot(page, 'surveys-results');
      const href = await page.locator('#survey-xlsx').getAttribute('href');
      const file = await page.evaluate(async url => {
        const r = await fetch(url, { credentials: 'same-origin' });
        const b = new Uint8Array(await r.arrayBuffer());
        return { status: r.status, type: r.headers.get('content-type'), zip: b[0] === 0x50 && b[1] === 0x4b };
      }, href);
      check(file.status === 200 && file.zip && file.type.startsWith('application/vnd.openxmlformats'), `xlsx: ${JSON.stringify(file)}`);
      await page.context().close();
    },
  };
};
