// End-to-end scenarios of the study module (học tập): a cell secretary imports a question bank (a file
// with a wrong row first: nothing imported, the rows at fault listed; then a right one), sets up a quiz
// on it; a member takes the timed attempt on a phone with very large text and sees the result; a
// committee makes a programme and renames it, writes a lesson, opens the draft again (a save over
// someone else's is refused with the version in Vietnamese), edits it with an image uploaded from the
// rich-text toolbar and submits it; an admin approves it and the member completes it on a phone, the
// image shown; the committee's progress overview and the rankings of the closed demo contest.
const HEADER = 'Chủ đề;Mức độ;Loại;Câu hỏi;Phương án A;Phương án B;Phương án C;Phương án D;Đáp án;Giải thích;Văn bản;Điều\n';
const ROWS = [
  'Điều lệ Đảng;1;Một đáp án;Thời gian dự bị của đảng viên là bao lâu?;6 tháng;9 tháng;12 tháng;24 tháng;C;Thời kỳ dự bị mười hai tháng.;Điều lệ Đảng Cộng sản Việt Nam;Điều 5',
  'Điều lệ Đảng;1;Một đáp án;Chi bộ sinh hoạt thường kỳ bao lâu một lần?;Mỗi tuần;Mỗi tháng;Mỗi quý;Mỗi năm;B;Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.;Điều lệ Đảng Cộng sản Việt Nam;Điều 24',
  'Nghị quyết 57-NQ/TW;2;Nhiều đáp án;Nghị quyết 57-NQ/TW nói về những lĩnh vực nào?;Khoa học, công nghệ;Đổi mới sáng tạo;Chuyển đổi số quốc gia;Du lịch;A, B, C;Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.;Nghị quyết 57-NQ/TW;',
];
const csv = rows => Buffer.from(HEADER + rows.join('\n') + '\n', 'utf8');

export default ({ SECRETARY, COMMITTEE_TP, ADMIN, MEMBER_A, WORD, session, shot, go, check, rest, token, png }) => {
  const state = {};
  return {
    async 'the secretary imports a question bank, first with a wrong row'() {
      const page = await session(SECRETARY);
      await go(page, '/study/banks');
      await page.getByLabel('Tên', { exact: true }).fill(`Ngân hàng câu hỏi chi bộ ${WORD}`);
      await page.getByRole('button', { name: 'Tạo', exact: true }).click();
      await page.waitForFunction(() => /#\/study\/banks\/\d+$/.test(location.hash));
      state.bank = Number((await page.evaluate(() => location.hash)).split('/').pop());
      const file = page.getByLabel('Tệp XLSX hoặc CSV');
      await file.setInputFiles({ name: 'cau-hoi-loi.csv', mimeType: 'text/csv',
        buffer: csv([ROWS[0], 'Điều lệ Đảng;1;Một đáp án;Câu hỏi có đáp án sai;Có;Không;;;G;;;', ROWS[2]]) });
      await page.getByRole('button', { name: 'Nhập', exact: true }).click();
      const rows = page.locator('#import-errors tbody tr');
      await rows.first().waitFor();
      check((await rows.first().locator('td').first().textContent()).trim() === '3', 'the wrong row is line 3');
      check(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(await rows.first().textContent()), 'the row error is in Vietnamese');
      check((await page.locator('#bank-size').textContent()).trim() === '0', 'nothing imported');
      await shot(page, 'study-import-errors');
      const none = await rest('GET', `/api/study/banks/${state.bank}`, await token(SECRETARY));
      check(none.status === 200 && none.json.questions === 0, `nothing stored: ${none.text.slice(0, 300)}`);
      await file.setInputFiles({ name: 'cau-hoi.csv', mimeType: 'text/csv', buffer: csv(ROWS) });
      await page.getByRole('button', { name: 'Nhập', exact: true }).click();
      await page.locator('#import-done').waitFor();
      check((await page.locator('#bank-size').textContent()).trim() === '3', 'three questions imported');
      await page.context().close();
    },

    async 'the secretary sets up a quiz on the bank'() {
      check(state.bank, 'no bank from the previous scenario');
      const page = await session(SECRETARY);
      await go(page, `/study/contests/new?bank=${state.bank}`);
      await page.getByLabel('Tên cuộc thi').fill(`Kiểm tra nhanh Điều lệ Đảng ${WORD}`);
      await page.getByLabel('Hình thức').selectOption('QUIZ');
      await page.getByLabel('Số câu hỏi (1 đến 200)').fill('3');
      await page.getByLabel('Thời gian làm bài, phút (1 đến 600)').fill('15');
      await shot(page, 'study-contest-setup');
      await page.getByRole('button', { name: 'Tạo', exact: true }).click();
      await page.waitForFunction(() => /#\/study\/contests\/\d+$/.test(location.hash));
      state.contest = Number((await page.evaluate(() => location.hash)).split('/').pop());
      const k = await rest('GET', `/api/study/contests/${state.contest}`, await token(SECRETARY));
      check(k.status === 200 && k.json.status === 'OPEN' && k.json.questionCount === 3,
        `quiz: ${k.text.slice(0, 300)}`);
      await page.context().close();
    },

    async 'a member takes the timed attempt on a phone with very large text'() {
      check(state.contest, 'no quiz from the previous scenario');
      const page = await session(MEMBER_A, undefined, { width: 390, height: 844 });
      await page.getByRole('button', { name: 'Chữ rất lớn' }).click();
      await go(page, '/study');
      await page.locator(`#study-due [data-contest="${state.contest}"]`).waitFor();
      await page.locator('#study-programmes li').first().waitFor();
      await go(page, `/study/contests/${state.contest}`);
      await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
      await page.waitForFunction(() => /#\/study\/attempts\/\d+$/.test(location.hash));
      const attempt = Number((await page.evaluate(() => location.hash)).split('/').pop());
      await page.locator('#attempt-clock').waitFor();
      const clock = (await page.locator('#attempt-clock').textContent()).trim();
      check(/^1[45]:\d\d$/.test(clock), `the clock counts down from the server's 15 minutes: ${clock}`);
      const member = await token(MEMBER_A);
      const before = await rest('GET', `/api/study/attempts/${attempt}`, member);
      check(before.json.questions.every(q => q.correct == null), 'no key before submitting');
      const questions = page.locator('fieldset.study-question');
      check(await questions.count() === 3, 'three questions');
      for (let i = 0; i < 3; i++) {
        const q = questions.nth(i);
        await q.locator('label.study-option').first().click();
        await q.locator('.study-saved', { hasText: 'Đã lưu' }).waitFor();
      }
      const saved = await rest('GET', `/api/study/attempts/${attempt}`, member);
      check(saved.json.questions.every(q => q.chosen && q.chosen.includes(0)), `answers saved as chosen: ${saved.text.slice(0, 300)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 1, `the attempt is wider than a phone by ${overflow}px`);
      await shot(page, 'study-attempt-phone', false);
      page.once('dialog', d => d.accept());
      await page.getByRole('button', { name: 'Nộp bài' }).click();
      await page.locator('#attempt-result .study-score').waitFor();
      check(/^Đúng \d\/3 câu$/.test((await page.locator('#attempt-result .study-score').textContent()).trim()), 'the score shown');
      await page.locator('.study-key').waitFor();
      await shot(page, 'study-result-phone');
      const done = await rest('GET', `/api/study/attempts/${attempt}`, member);
      check(done.json.submitted && done.json.score != null && done.json.questions.every(q => q.correct), `submitted: ${done.text.slice(0, 300)}`);
      const cert = page.locator('#attempt-certificate');
      check((await cert.count() > 0) === (done.json.passed === true), `a certificate link exactly when passed (${done.json.passed})`);
      if (done.json.passed) {
        const pdf = await page.request.get(await cert.getAttribute('href'));
        check(pdf.status() === 200 && (await pdf.body()).subarray(0, 4).toString() === '%PDF', `the certificate is a PDF: ${pdf.status()}`);
      }
      await page.context().close();
    },

    async 'a committee writes a lesson, opens the draft again, edits it with an image upload and submits; an admin approves'() {
      const page = await session(COMMITTEE_TP);
      await go(page, '/study/programmes/new');
      await page.getByLabel('Tên chương trình').fill(`Học tập chuyên đề năm ${WORD}`);
      const tp = await page.locator('select[name=orgId] option', { hasText: '(TP)' }).first().getAttribute('value');
      await page.locator('select[name=orgId]').selectOption(tp);
      await page.getByLabel('Hạn hoàn thành').fill(new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10));
      await page.getByRole('button', { name: 'Tạo', exact: true }).click();
      await page.locator('#programme-edit').click();
      await page.getByLabel('Tên chương trình').fill(`Học tập chuyên đề năm ${WORD} (đã sửa)`);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.locator('main h1', { hasText: '(đã sửa)' }).waitFor();
      await page.locator('#lesson-new').click();
      await page.getByLabel('Tên bài học').fill(`Bài 1: Học và làm theo Bác ${WORD}`);
      await page.locator('#lesson-body').fill('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh là việc làm thường xuyên.');
      await page.getByLabel('Câu hỏi kiểm tra (không bắt buộc)', { exact: true }).fill('Học tập và làm theo Bác là việc làm thế nào?');
      await page.getByLabel('Các phương án (mỗi dòng một phương án, 2 đến 6)').fill('Một lần\nThường xuyên\nKhi có phong trào');
      await page.getByLabel('Phương án đúng (số thứ tự, từ 1)').fill('2');
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await page.waitForFunction(() => /#\/study\/lessons\/\d+\/edit$/.test(location.hash));
      state.lesson = Number((await page.evaluate(() => location.hash)).split('/')[3]);
      await page.context().close();

      // the draft opened again from its page; someone else saves it meanwhile: the save is refused, nothing overwritten
      const editor = await session(COMMITTEE_TP);
      await go(editor, `/study/lessons/${state.lesson}`);
      await editor.locator('#lesson-edit').click();
      await editor.locator('#lesson-version', { hasText: 'Phiên bản 1' }).waitFor();
      check((await editor.getByLabel('Phương án đúng (số thứ tự, từ 1)').inputValue()) === '2', 'the drafter sees the right option');
      const committee = await token(COMMITTEE_TP);
      const cur = (await rest('GET', `/api/study/lessons/${state.lesson}`, committee)).json;
      const other = await rest('PUT', `/api/study/lessons/${state.lesson}`, committee, { position: 1, title: cur.title,
        body: `${cur.body}<p>Một đồng chí khác bổ sung: nêu gương ở chi bộ.</p>`, refs: [],
        check: { text: cur.check.text, options: cur.check.options, correct: cur.checkCorrect }, version: 1 });
      check(other.status === 200 && other.json.version === 2, `the other save: ${other.text.slice(0, 300)}`);
      await editor.getByLabel('Tên bài học').fill(`Bài 1 (bản cũ) ${WORD}`);
      await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
      const problem = editor.locator('#lesson-form .problem');
      await problem.waitFor();
      check(/phiên bản 2/.test(await problem.textContent()), `the conflict said in Vietnamese: ${await problem.textContent()}`);
      await editor.locator('#lesson-reload').click();
      await editor.locator('#lesson-version', { hasText: 'Phiên bản 2' }).waitFor();
      check((await editor.locator('#lesson-body').textContent()).includes('nêu gương'), 'the reloaded draft has the other save');

      // edited with an image uploaded from the toolbar, then saved and submitted
      await editor.getByLabel('Tên bài học').fill(`Bài 1: Học và làm theo Bác, có sơ đồ ${WORD}`);
      await editor.locator('#lesson-body').click();
      editor.once('dialog', d => d.accept('Sơ đồ học tập và làm theo Bác'));
      const [chooser] = await Promise.all([editor.waitForEvent('filechooser'), editor.getByRole('button', { name: 'Chèn ảnh' }).click()]);
      await chooser.setFiles({ name: 'so-do-hoc-tap.png', mimeType: 'image/png', buffer: png(480, 270, [163, 21, 27]) });
      await editor.locator('#lesson-files li[data-file]').first().waitFor();
      const inserted = editor.locator('#lesson-body img');
      await inserted.waitFor();
      await editor.waitForFunction(() => { const i = document.querySelector('#lesson-body img'); return i && i.complete && i.naturalWidth === 480; });
      await shot(editor, 'study-lesson-editor');
      await editor.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
      await editor.waitForFunction(() => /#\/study\/lessons\/\d+$/.test(location.hash));
      const sent = await rest('GET', `/api/study/lessons/${state.lesson}`, committee);
      state.image = sent.json.files && sent.json.files[0] && sent.json.files[0].url;
      check(sent.json.status === 'SUBMITTED' && sent.json.title.includes('có sơ đồ') && state.image
        && sent.json.body.includes(`src="${state.image}"`) && sent.json.body.includes('nêu gương'), `submitted with the image: ${sent.text.slice(0, 400)}`);
      await editor.context().close();

      const admin = await session(ADMIN);
      await go(admin, `/study/lessons/${state.lesson}`);
      await admin.getByRole('button', { name: 'Duyệt', exact: true }).click();
      await admin.waitForFunction(() => /#\/study\/programmes\/\d+$/.test(location.hash));
      const l = await rest('GET', `/api/study/lessons/${state.lesson}`, await token(ADMIN));
      check(l.json.status === 'APPROVED' && l.json.check && l.json.check.correct === undefined && l.json.checkCorrect == null,
        `approved, no key: ${l.text.slice(0, 300)}`);
      await admin.context().close();
    },

    async 'a member reads the lesson on a phone and completes its check'() {
      check(state.lesson, 'no lesson from the previous scenario');
      const page = await session(MEMBER_A, undefined, { width: 390, height: 844 });
      await go(page, `/study/lessons/${state.lesson}`);
      await page.locator('#lesson-status', { hasText: 'Đã mở' }).waitFor();
      await page.getByRole('button', { name: 'Tôi đã đọc hết bài' }).click();
      await page.locator('#lesson-status', { hasText: 'Đã đọc hết' }).waitFor();
      await page.getByLabel('Khi có phong trào').check();
      await page.getByRole('button', { name: 'Trả lời và hoàn thành bài' }).click();
      await page.locator('#lesson-check .problem').waitFor();
      await page.getByLabel('Thường xuyên').check();
      await page.getByRole('button', { name: 'Trả lời và hoàn thành bài' }).click();
      await page.locator('#lesson-status', { hasText: 'Đã hoàn thành' }).waitFor();
      await page.waitForFunction(() => { const i = document.querySelector('.study-lesson img'); return i && i.complete && i.naturalWidth === 480; });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 1, `the lesson is wider than a phone by ${overflow}px`);
      await shot(page, 'study-lesson-phone');
      const l = await rest('GET', `/api/study/lessons/${state.lesson}`, await token(MEMBER_A));
      check(l.json.progress && l.json.progress.completedAt, `completed: ${l.text.slice(0, 300)}`);
      await page.context().close();
    },

    async 'the committee reads a programme\'s progress and a closed contest\'s rankings'() {
      const admin = await token(ADMIN);
      const o = await rest('GET', '/api/study', admin);
      const programme = (o.json.programmes || []).find(p => p.manages);
      check(programme, `a managed demo programme: ${o.text.slice(0, 300)}`);
      const page = await session(ADMIN);
      await go(page, `/study/programmes/${programme.id}/progress`);
      await page.locator('#progress-orgs tr.total').waitFor();
      await shot(page, 'study-progress');
      const tp = await rest('GET', '/api/study', await token(COMMITTEE_TP));
      const closed = tp.json.managed.find(k => k.status === 'CLOSED' && k.kind === 'CONTEST');
      check(closed, `the closed demo contest: ${tp.text.slice(0, 300)}`);
      const committee = await session(COMMITTEE_TP);
      await go(committee, `/study/contests/${closed.id}/rankings`);
      await committee.locator('#rankings-top tbody tr').first().waitFor();
      await shot(committee, 'study-rankings');
      await committee.context().close();
      await page.context().close();
    },
  };
};
