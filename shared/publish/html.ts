/**
 * The outcome document as one self-contained HTML page (it prints to PDF
 * from a browser too). Every piece of text is HTML-escaped, so markup typed
 * into a recommendation shows as text; the page's language is the
 * document's, so screen readers and hyphenation read it right.
 */
import type { OutcomeDocument, OutcomeItem } from './outcome';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const CSS = `
body { font-family: 'Noto Sans', 'Segoe UI', system-ui, sans-serif; color: #17181a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.5rem; margin: 0.2rem 0 0.5rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #17181a; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: #50555c; margin: 0; }
.event { font-weight: 700; margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; color: #50555c; margin: 0.6rem 0; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.summary, .colophon, .part-summary, .annex-intro { color: #50555c; margin: 0.3rem 0; }
.recs { list-style: none; padding-left: 0; }
.rec { margin-bottom: 0.9rem; display: grid; grid-template-columns: 2.5rem 1fr; }
.rec-number { font-weight: 700; }
.rec-title { font-weight: 700; margin: 0; }
.rec-text { white-space: pre-wrap; margin: 0.15rem 0; }
.rec-notes { font-size: 0.85rem; color: #50555c; margin: 0; }
@page { margin: 18mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  .rec { break-inside: avoid; }
}
`;

function itemHtml(item: OutcomeItem): string {
  return [
    '<li class="rec">',
    `<span class="rec-number">${escapeHtml(item.number)}.</span><div>`,
    item.title ? `<p class="rec-title">${escapeHtml(item.title)}</p>` : '',
    `<p class="rec-text">${escapeHtml(item.text)}</p>`,
    item.notes.length > 0 ? `<p class="rec-notes">${item.notes.map(escapeHtml).join(' · ')}</p>` : '',
    '</div></li>',
  ].join('');
}

export function outcomeHtml(outcome: OutcomeDocument): string {
  const parts = outcome.parts.map((part) => {
    const groups = part.groups.map((group) => `<section><h3>${escapeHtml(group.heading)}</h3><ol class="recs">${group.items.map(itemHtml).join('\n')}</ol></section>`);
    return `<section><h2>${escapeHtml(part.heading)}</h2>\n<p class="part-summary">${escapeHtml(part.summary)}</p>\n${groups.join('\n')}</section>`;
  });
  const annex = outcome.annex
    ? `<section class="annex"><h2>${escapeHtml(outcome.annex.heading)}</h2><p class="annex-intro">${escapeHtml(outcome.annex.intro)}</p><ol class="recs">${outcome.annex.items.map(itemHtml).join('\n')}</ol></section>`
    : '';
  return `<!doctype html>
<html lang="${outcome.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${outcome.title}: ${outcome.eventTitle}`)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<p class="kicker">${escapeHtml(outcome.kicker)}</p>
<h1>${escapeHtml(outcome.title)}</h1>
<p class="event">${escapeHtml(outcome.eventTitle)}</p>
<dl class="facts">${outcome.facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
<p class="summary">${escapeHtml(outcome.summary)}</p>
</header>
<main>
${parts.join('\n')}
${annex}
</main>
<footer><p class="colophon">${escapeHtml(outcome.colophon)}</p></footer>
</body>
</html>
`;
}
