// The lesson's rich-text editor, made the way the news editor is (docs/cms.md, "Front-end choices"):
// a toolbar over a contenteditable box; its HTML, pasted content included, is cleaned to exactly what
// the server's sanitiser keeps (html.js), so what the editor shows is what gets stored.
import { clean, render, LINK } from './html.js';

const L = {
  vi: { bold: 'Đậm', italic: 'Nghiêng', underline: 'Gạch chân', h2: 'Tiêu đề mục', h3: 'Tiêu đề nhỏ', para: 'Đoạn văn',
    ul: 'Danh sách', ol: 'Danh sách số', quote: 'Trích dẫn', link: 'Liên kết', unlink: 'Bỏ liên kết', image: 'Chèn ảnh',
    linkPrompt: 'Địa chỉ liên kết (http, https hoặc mailto):', altPrompt: 'Mô tả ảnh (cho người khiếm thị):', toolbar: 'Định dạng nội dung' },
  en: { bold: 'Bold', italic: 'Italic', underline: 'Underline', h2: 'Heading', h3: 'Subheading', para: 'Paragraph',
    ul: 'List', ol: 'Numbered list', quote: 'Quote', link: 'Link', unlink: 'Remove link', image: 'Insert image',
    linkPrompt: 'Link address (http, https or mailto):', altPrompt: 'Image description (for blind readers):', toolbar: 'Formatting' },
};
const esc = s => s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

/**
 * `{element, html(), insertImage(url, alt)}`; `onImage(file)` uploads a picked picture and resolves
 * `{url}` (or null), whose image is then inserted at the caret with the alt text the user gives.
 */
export function richEditor(ctx, html, onImage, id = 'lesson-body') {
  const t = ctx.i18n(L);
  const { h } = ctx;
  const area = h('div', { class: 'rich', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', id, 'aria-labelledby': `${id}-label` });
  area.append(...render(html).childNodes);
  const cmd = (c, v) => { area.focus(); document.execCommand(c, false, v); };
  const button = (label, text, fn) => h('button', { type: 'button', title: label, 'aria-label': label, onclick: fn }, text);
  const insertImage = (url, alt) => { area.focus(); document.execCommand('insertHTML', false, clean(`<img src="${esc(url)}" alt="${esc(alt || '')}">`)); };
  const picker = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/webp,image/gif', class: 'visually-hidden', tabindex: '-1',
    'aria-hidden': 'true', id: `${id}-image`, onchange: async () => {
      const file = picker.files[0];
      picker.value = '';
      if (!file || !onImage) return;
      const img = await onImage(file);
      if (img) insertImage(img.url, prompt(t('altPrompt'), '') || '');
    } });
  const bar = h('div', { class: 'rich-toolbar', role: 'toolbar', 'aria-label': t('toolbar'), 'aria-controls': id },
    button(t('bold'), 'B', () => cmd('bold')), button(t('italic'), 'I', () => cmd('italic')), button(t('underline'), 'U', () => cmd('underline')),
    button(t('h2'), 'H2', () => cmd('formatBlock', 'h2')), button(t('h3'), 'H3', () => cmd('formatBlock', 'h3')),
    button(t('para'), '¶', () => cmd('formatBlock', 'p')), button(t('ul'), '•', () => cmd('insertUnorderedList')),
    button(t('ol'), '1.', () => cmd('insertOrderedList')), button(t('quote'), '❝', () => cmd('formatBlock', 'blockquote')),
    button(t('link'), t('link'), () => { const u = prompt(t('linkPrompt'), 'https://'); if (u && LINK.test(u)) cmd('createLink', u.trim()); }),
    button(t('unlink'), t('unlink'), () => cmd('unlink')),
    onImage ? button(t('image'), t('image'), () => picker.click()) : null);
  area.addEventListener('paste', e => {
    e.preventDefault();
    const data = e.clipboardData;
    const pasted = data.getData('text/html');
    document.execCommand('insertHTML', false, pasted ? clean(pasted)
      : clean(data.getData('text/plain').split(/\n{2,}/).map(p => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('')));
  });
  document.execCommand('defaultParagraphSeparator', false, 'p');
  return { element: h('div', {}, bar, area, picker), html: () => clean(area.innerHTML), insertImage, area };
}
