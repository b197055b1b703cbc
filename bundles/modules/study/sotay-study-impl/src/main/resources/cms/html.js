// A lesson's stored HTML shown in the page: parsed in an inert document and copied keeping only what
// the server's sanitiser keeps (the news module's formatting, images by http(s) URL or the
// lesson's own files), never innerHTML.
const KEEP = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A', 'IMG',
  'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);
const DROP = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK']);
const RENAME = { DIV: 'P', H1: 'H2', H5: 'H4', H6: 'H4' };
export const LINK = /^\s*(https?:\/\/|mailto:)\S+$/i;
// images from http(s) or the lesson's own files (LessonRules.java keeps the same)
const IMAGE = /^\s*(https?:\/\/\S+|\/api\/study\/lessons\/[0-9]{1,18}\/files\/[0-9]{1,18})$/i;

function cleanInto(from, to, doc) {
  for (const n of [...from.childNodes]) {
    if (n.nodeType === Node.TEXT_NODE) { to.append(doc.createTextNode(n.data)); continue; }
    if (n.nodeType !== Node.ELEMENT_NODE || DROP.has(n.tagName)) continue;
    const tag = RENAME[n.tagName] || n.tagName;
    if (!KEEP.has(tag)) { cleanInto(n, to, doc); continue; }
    const el = doc.createElement(tag.toLowerCase());
    if (tag === 'A' && LINK.test(n.getAttribute('href') || '')) { el.setAttribute('href', n.getAttribute('href').trim()); el.setAttribute('rel', 'noopener noreferrer'); }
    if (tag === 'IMG') {
      const src = (n.getAttribute('src') || '').trim();
      if (!IMAGE.test(src)) continue;
      el.setAttribute('src', src);
      if (n.getAttribute('alt')) el.setAttribute('alt', n.getAttribute('alt'));
    }
    cleanInto(n, el, doc);
    to.append(el);
  }
}

/** The cleaned HTML of an HTML string (what the rich-text editor hands to the server). */
export function clean(html) {
  const src = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const out = document.implementation.createHTMLDocument('');
  const box = out.createElement('div');
  cleanInto(src.body, box, out);
  return box.innerHTML;
}

export function render(html) {
  const src = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const box = document.createElement('div');
  box.className = 'article-body study-lesson';
  cleanInto(src.body, box, document);
  return box;
}
