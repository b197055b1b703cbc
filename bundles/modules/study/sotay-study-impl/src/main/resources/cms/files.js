// A lesson's images and attachments: the list (images with their picture, documents as download
// links) and, for its drafters while it is a draft or returned, the upload through the server's
// file inspector (PNG, JPEG, GIF, WebP, PDF, DOCX; 10 MB) with progress, "insert into the text" for
// an image and removal. The files are served only to those who may read the lesson.
const L = {
  vi: { files: 'Ảnh và tệp đính kèm', attachments: 'Tệp đính kèm', upload: 'Tải lên ảnh hoặc tệp (PNG, JPEG, GIF, WebP, PDF, DOCX; tối đa 10 MB)',
    uploading: 'Đang tải lên…', insert: 'Chèn vào bài', remove: 'Gỡ', none: 'Chưa có tệp nào.', uploaded: 'Đã tải lên {n}.', removed: 'Đã gỡ {n}.' },
  en: { files: 'Images and attachments', attachments: 'Attachments', upload: 'Upload an image or a file (PNG, JPEG, GIF, WebP, PDF, DOCX; 10 MB at most)',
    uploading: 'Uploading…', insert: 'Insert into the text', remove: 'Remove', none: 'No file yet.', uploaded: '{n} uploaded.', removed: '{n} removed.' },
};
const kb = n => n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

/** The attachments (documents) of a lesson for its readers; null when it has none. */
export function attachmentList(ctx, l) {
  const docs = (l.files || []).filter(f => !f.image);
  if (!docs.length) return null;
  const { h } = ctx;
  return h('section', { id: 'lesson-attachments' }, h('h2', {}, ctx.i18n(L)('attachments')),
    h('ul', {}, docs.map(f => h('li', {}, h('a', { href: f.url, download: f.fileName }, f.fileName), ` (${kb(f.size)})`))));
}

/**
 * The editor's box: `{element, uploadImage(file), onInsert}`; `uploadImage` is what the rich-text
 * editor's image button calls, `onInsert(url, alt)` is set by the form to put a listed image in the text.
 */
export function filesBox(ctx, l) {
  const t = ctx.i18n(L);
  const { h } = ctx;
  const files = [...(l.files || [])];
  const list = h('ul', { class: 'plain', id: 'lesson-files' });
  const status = h('div', { 'aria-live': 'polite' });
  const box = { element: null, onInsert: null };
  const show = () => list.replaceChildren(...(files.length ? files.map(f => h('li', { class: 'study-item', 'data-file': String(f.id) },
    f.image ? h('img', { src: f.url, alt: f.fileName, class: 'study-thumb' }) : null, ' ',
    h('a', { href: f.url, download: f.fileName }, f.fileName), ` (${kb(f.size)}) `,
    f.image ? h('button', { type: 'button', class: 'secondary', onclick: () => box.onInsert && box.onInsert(f.url, f.fileName) }, t('insert')) : null, ' ',
    h('button', { type: 'button', class: 'secondary', onclick: async () => {
      try {
        await ctx.api('DELETE', `/api/study/lessons/${l.id}/files/${f.id}`);
        files.splice(files.indexOf(f), 1);
        show();
        ctx.notify(t('removed').replace('{n}', f.fileName));
      } catch (e) { ctx.showProblem(status, e); }
    } }, t('remove')))) : [h('li', { class: 'muted' }, t('none'))]));
  const send = async file => {
    const bar = h('progress', { max: '100', value: '0', 'aria-label': t('uploading') });
    status.replaceChildren(h('p', { class: 'muted' }, t('uploading')), bar);
    try {
      const f = await ctx.upload(`/api/study/lessons/${l.id}/files?name=${encodeURIComponent(file.name || 'anh.png')}`, file,
        file.type || 'application/octet-stream', p => { bar.value = Math.round(p * 100); });
      files.push(f);
      show();
      status.replaceChildren();
      ctx.notify(t('uploaded').replace('{n}', f.fileName));
      return f;
    } catch (e) {
      status.replaceChildren();
      ctx.showProblem(status, e);
      return null;
    }
  };
  const input = h('input', { type: 'file', id: 'lesson-file', name: 'file',
    accept: 'image/png,image/jpeg,image/webp,image/gif,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.docx',
    onchange: async () => { const file = input.files[0]; input.value = ''; if (file) await send(file); } });
  show();
  box.element = h('fieldset', { id: 'lesson-files-box' }, h('legend', {}, t('files')), list,
    ctx.field(t('upload'), input), status);
  box.uploadImage = send;
  return box;
}
