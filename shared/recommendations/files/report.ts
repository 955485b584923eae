/**
 * The outcome report: "a brief overview of the main outcomes and agreed
 * recommendations" as one self-contained HTML page that prints to PDF.
 * Grouped by WPS pillar, then by conference objective; in each group the
 * agreed recommendations come first. Merged duplicates are left out (they
 * live on in the recommendation they went into). Every piece of text is
 * HTML-escaped, so markup typed into a recommendation shows as text.
 */
import { formatInTimeZone } from 'date-fns-tz';
import type { RecommendationsDoc } from '../model';
import { attachmentNames, segmentLabel, speakerLabel, type AttachmentNames } from '../names';
import {
  ADDRESSEE_LABELS,
  OBJECTIVES,
  OBJECTIVE_LABELS,
  OUTCOME_LABELS,
  PILLAR_LABELS,
  PRIORITY_LABELS,
  REC_COUNTRY_LABELS,
  STATUS_LABELS,
  WPS_PILLARS,
  allRecommendations,
  byCreation,
  type Objective,
  type RecStatus,
  type Recommendation,
  type WpsPillar,
} from '../model';
import { zonedInstant } from '../../kernel/timezones';
import { eventTimeNotice } from '../../run-of-show/notice';
import { APP_NAME, type ExportMeta } from './format';

/** The order of statuses in a group: what was agreed first. */
const REPORT_STATUS_ORDER: RecStatus[] = ['agreed', 'proposed', 'draft', 'not-agreed'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface ReportGroup {
  pillar: WpsPillar | null;
  objectives: Array<{ objective: Objective | null; records: Recommendation[] }>;
}

const rank = (rec: Recommendation) => REPORT_STATUS_ORDER.indexOf(rec.status);

/** Pillars in the agenda's order (then "no pillar"), objectives likewise, agreed first within each. */
export function reportGroups(records: readonly Recommendation[]): ReportGroup[] {
  const listed = records.filter((r) => r.status !== 'merged');
  const groups: ReportGroup[] = [];
  for (const pillar of [...WPS_PILLARS, null]) {
    const objectives = [...OBJECTIVES, null]
      .map((objective) => ({
        objective,
        records: listed.filter((r) => r.pillar === pillar && r.objective === objective).sort((a, b) => rank(a) - rank(b) || byCreation(a, b)),
      }))
      .filter((g) => g.records.length > 0);
    if (objectives.length > 0) groups.push({ pillar, objectives });
  }
  return groups;
}

const REPORT_CSS = `
body { font-family: 'Noto Sans', 'Segoe UI', system-ui, sans-serif; color: #17181a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.5rem; margin: 0.2rem 0 0.5rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #17181a; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: #50555c; margin: 0; }
.facts, .summary, .colophon { color: #50555c; margin: 0.2rem 0; }
.recs { padding-left: 1.4rem; }
.rec { margin-bottom: 0.9rem; }
.rec-head { margin: 0; }
.rec-title { font-weight: 700; }
.rec-text { white-space: pre-wrap; margin: 0.15rem 0; }
.rec-meta { font-size: 0.85rem; color: #50555c; margin: 0; }
.status { display: inline-block; font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; border: 1px solid currentColor; border-radius: 999px; padding: 0 0.45rem; margin-right: 0.4rem; }
.status-agreed .status { color: #0a7a32; }
.status-not-agreed .status { color: #b3261e; }
@page { margin: 18mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  .rec { break-inside: avoid; }
}
`;

function recordItem(rec: Recommendation, names: AttachmentNames): string {
  const facts = [
    rec.priority && `Priority: ${PRIORITY_LABELS[rec.priority]}`,
    rec.countries.length > 0 && `Countries: ${rec.countries.map((c) => REC_COUNTRY_LABELS[c]).join(', ')}`,
    rec.addressees.length > 0 && `Addressed to: ${rec.addressees.map((a) => ADDRESSEE_LABELS[a]).join(', ')}`,
    rec.outcome && `Expected outcome: ${OUTCOME_LABELS[rec.outcome]}`,
    rec.segmentId && `Segment: ${segmentLabel(names, rec.segmentId)}`,
    rec.speakerId && `Speaker: ${speakerLabel(names, rec.speakerId)}`,
    rec.tags.length > 0 && `Tags: ${rec.tags.join(', ')}`,
    rec.rapporteur && `Rapporteur: ${rec.rapporteur}`,
  ].filter((f): f is string => typeof f === 'string');
  return [
    `<li class="rec status-${rec.status}">`,
    `<p class="rec-head"><span class="status">${escapeHtml(STATUS_LABELS[rec.status])}</span>${rec.title ? `<span class="rec-title">${escapeHtml(rec.title)}</span>` : ''}</p>`,
    `<p class="rec-text">${escapeHtml(rec.text)}</p>`,
    facts.length > 0 ? `<p class="rec-meta">${facts.map(escapeHtml).join(' · ')}</p>` : '',
    '</li>',
  ].join('');
}

function summary(records: readonly Recommendation[]): string {
  const count = (status: RecStatus) => records.filter((r) => r.status === status).length;
  const listed = records.length - count('merged');
  const parts = REPORT_STATUS_ORDER.map((s) => `${count(s)} ${STATUS_LABELS[s].toLowerCase()}`);
  const merged = count('merged') > 0 ? `; ${count('merged')} merged into others and not listed separately` : '';
  return `${listed} recommendation${listed === 1 ? '' : 's'}: ${parts.join(', ')}${merged}.`;
}

export function outcomeReport(doc: RecommendationsDoc, meta: ExportMeta): string {
  const { event } = doc;
  const names = attachmentNames(doc.parts, doc.recommendations.foreign);
  const records = allRecommendations(doc.recommendations);
  const day = formatInTimeZone(zonedInstant(event.date, event.dayStart, event.timeZone), event.timeZone, 'd MMMM yyyy');
  const notice = eventTimeNotice(doc);
  const exported = formatInTimeZone(meta.exportedAt, event.timeZone, 'd MMMM yyyy, HH:mm');
  const sections = reportGroups(records).map((group) => {
    const pillar = group.pillar ? `WPS pillar: ${PILLAR_LABELS[group.pillar]}` : 'No WPS pillar assigned';
    const objectives = group.objectives.map(({ objective, records: recs }) => {
      const heading = objective ? `Objective: ${OBJECTIVE_LABELS[objective]}` : 'No conference objective assigned';
      return `<section><h3>${escapeHtml(heading)}</h3><ol class="recs">${recs.map((r) => recordItem(r, names)).join('\n')}</ol></section>`;
    });
    return `<section><h2>${escapeHtml(pillar)}</h2>\n${objectives.join('\n')}</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Outcomes and recommendations: ${event.title}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<p class="kicker">Outcomes and recommendations</p>
<h1>${escapeHtml(event.title)}</h1>
<p class="facts">${escapeHtml(`${day} · ${event.venue} · ${event.format}`)}</p>
<p class="facts">${escapeHtml(`Time: ${notice}`)}</p>
${event.organizers.length > 0 ? `<p class="facts">${escapeHtml(`Organizers: ${event.organizers.join('; ')}`)}</p>` : ''}
<p class="summary">${escapeHtml(summary(records))}</p>
</header>
<main>
${sections.length > 0 ? sections.join('\n') : '<p>No recommendations have been recorded.</p>'}
</main>
<footer><p class="colophon">${escapeHtml(`Exported ${exported} (${event.timeZone}) by ${APP_NAME} ${meta.appVersion}.`)}</p></footer>
</body>
</html>
`;
}
