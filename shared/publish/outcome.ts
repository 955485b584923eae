/**
 * The outcome document: "a brief overview of the outcomes and agreed
 * recommendations", in the session's language, as a structure every
 * format renders (HTML here, PDF and DOCX on the host).
 *
 * - Only agreed recommendations are in it, numbered 1, 2, 3… in the order
 *   they are printed; an annex of the not-agreed ones only when asked.
 * - Parts follow the WPS pillars (prevention, participation, protection,
 *   relief and recovery, then any without a pillar), each with a short
 *   summary (how many, to whom, which countries); within a part, groups by
 *   addressee: a recommendation stands under its first addressee (in the
 *   list's fixed order) and names the others; then by priority, then as
 *   captured.
 * - The header says the event: title, date, venue, format, time notice,
 *   organizers, and the participating countries (those of the speakers
 *   on the agenda).
 */
import type { Language } from '../i18n/languages';
import { COUNTRIES, type Country } from '../kernel/countries';
import { eventTimeNotice } from '../run-of-show/notice';
import type { EpochMs } from '../kernel/units';
import { allSegments } from '../run-of-show/model';
import { ADDRESSEES, PRIORITIES, WPS_PILLARS, allRecommendations, byCreation, type Addressee, type Recommendation, type RecommendationBook, type RecommendationsDoc, type WpsPillar } from '../recommendations/model';
import { APP_NAME, type ExportMeta } from '../recommendations/files/format';
import { wordsFor, type Words } from './words';

export interface OutcomeOptions {
  /** Add an annex of the recommendations that were not agreed. */
  annex: boolean;
}

export interface OutcomeItem {
  /** "1", "2"… in the body, "A1", "A2"… in the annex. */
  number: string;
  title: string;
  text: string;
  /** Short facts under the text: the other addressees, countries, priority. */
  notes: string[];
}

export interface OutcomeGroup {
  heading: string;
  items: OutcomeItem[];
}

export interface OutcomePart {
  heading: string;
  summary: string;
  groups: OutcomeGroup[];
}

export interface OutcomeDocument {
  language: Language;
  /** "Outcome document" */
  kicker: string;
  /** "Outcomes and agreed recommendations" */
  title: string;
  eventTitle: string;
  /** Label and value: date, venue, format, time, organizers, countries. */
  facts: Array<[string, string]>;
  summary: string;
  parts: OutcomePart[];
  annex: { heading: string; intro: string; items: OutcomeItem[] } | null;
  colophon: string;
  /** The line at the top of every page of the printed formats. */
  runningHeader: string;
  /** "Page {{page}} of {{pages}}" with the placeholders left in, for formats that number pages themselves. */
  pageTemplate: string;
}

const pillarRank = (pillar: WpsPillar | null) => (pillar === null ? WPS_PILLARS.length : WPS_PILLARS.indexOf(pillar));
/** A recommendation's first addressee in the list's fixed order, or null. */
export const firstAddressee = (rec: Recommendation): Addressee | null => ADDRESSEES.find((a) => rec.addressees.includes(a)) ?? null;
const addresseeRank = (rec: Recommendation) => {
  const first = firstAddressee(rec);
  return first === null ? ADDRESSEES.length : ADDRESSEES.indexOf(first);
};
const priorityRank = (rec: Recommendation) => (rec.priority === null ? PRIORITIES.length : PRIORITIES.indexOf(rec.priority));

/** Pillar, then first addressee, then priority, then as captured: the order of the document and of the roadmap. */
export function publishedOrder(a: Recommendation, b: Recommendation): number {
  return pillarRank(a.pillar) - pillarRank(b.pillar) || addresseeRank(a) - addresseeRank(b) || priorityRank(a) - priorityRank(b) || byCreation(a, b);
}

/** The agreed recommendations in published order. */
export function agreedRecommendations(book: Pick<RecommendationBook, 'byShard'>): Recommendation[] {
  return allRecommendations(book)
    .filter((r) => r.status === 'agreed')
    .sort(publishedOrder);
}

/** The delegations' countries: those of the speakers on the agenda, in the Dialogue's order. */
export function participatingCountries(doc: Pick<RecommendationsDoc, 'parts'>): Country[] {
  const present = new Set(allSegments(doc).flatMap((s) => s.speakers.map((p) => p.country)));
  return COUNTRIES.filter((c) => c !== 'INT' && c !== 'OTHER' && present.has(c));
}

function item(words: Words, rec: Recommendation, number: string): OutcomeItem {
  const first = firstAddressee(rec);
  const others = rec.addressees.filter((a) => a !== first).map((a) => words.name('addressee', a));
  const notes = [
    others.length > 0 ? words.t('publish.alsoTo', { list: words.list(others) }) : null,
    rec.countries.length > 0 ? words.t('publish.concerns', { list: words.list(rec.countries.map((c) => words.name('recCountry', c))) }) : null,
    rec.priority ? words.t('publish.priorityOf', { priority: words.name('priority', rec.priority) }) : null,
  ].filter((n): n is string => n !== null);
  return { number, title: rec.title, text: rec.text, notes };
}

/** Items in runs of the same key, in order. */
function runs<T, K>(items: readonly T[], key: (item: T) => K): Array<{ key: K; items: T[] }> {
  const out: Array<{ key: K; items: T[] }> = [];
  for (const entry of items) {
    const last = out.at(-1);
    if (last && last.key === key(entry)) last.items.push(entry);
    else out.push({ key: key(entry), items: [entry] });
  }
  return out;
}

function partSummary(words: Words, records: readonly Recommendation[]): string {
  const byAddressee = ADDRESSEES.map((a) => [a, records.filter((r) => r.addressees.includes(a)).length] as const).filter(([, n]) => n > 0);
  const addressees = byAddressee.length > 0 ? words.list(byAddressee.map(([a, n]) => `${words.name('addressee', a)} (${n})`)) : words.t('publish.noAddressee').toLowerCase();
  const countries = [...new Set(records.flatMap((r) => r.countries))];
  const sentence = words.t('publish.partSummary', { count: records.length, addressees });
  return countries.length === 0 ? sentence : `${sentence} ${words.t('publish.countriesOf', { list: words.list(countries.map((c) => words.name('recCountry', c))) })}`;
}

export function outcomeDocument(doc: RecommendationsDoc, language: Language, meta: ExportMeta, options: OutcomeOptions): OutcomeDocument {
  const words = wordsFor(language);
  const { t } = words;
  const { event } = doc;
  const agreed = agreedRecommendations(doc.recommendations);
  let number = 0;
  const parts = runs(agreed, (r) => r.pillar).map(({ key: pillar, items: records }) => ({
    heading: pillar === null ? t('publish.noPillar') : t('publish.pillarHeading', { pillar: words.name('pillar', pillar) }),
    summary: partSummary(words, records),
    groups: runs(records, firstAddressee).map(({ key: addressee, items: recs }) => ({
      heading: addressee === null ? t('publish.noAddressee') : t('publish.addressedTo', { addressee: words.name('addressee', addressee) }),
      items: recs.map((rec) => item(words, rec, String(++number))),
    })),
  }));
  const notAgreed = allRecommendations(doc.recommendations)
    .filter((r) => r.status === 'not-agreed')
    .sort(publishedOrder);
  const countries = participatingCountries(doc);
  const facts: Array<[string, string]> = [
    [t('publish.date'), words.date(event.date)],
    [t('publish.venue'), event.venue],
    [t('publish.format'), t(`eventFormat.${event.format}`)],
    [t('publish.time'), eventTimeNotice(doc)],
    [t('publish.organizers'), words.list(event.organizers)],
    [t('publish.countries'), words.list(countries.map((c) => words.name('country', c)))],
  ];
  return {
    language,
    kicker: t('publish.outcomeKicker'),
    title: t('publish.outcomeTitle'),
    eventTitle: event.title,
    facts: facts.filter(([, value]) => value.trim() !== ''),
    summary: agreed.length === 0 ? t('publish.noneAgreed') : t('publish.summary', { count: agreed.length, parts: words.list(parts.map((p) => p.heading)) }),
    parts,
    annex: options.annex
      ? { heading: t('publish.annexTitle'), intro: t(notAgreed.length === 0 ? 'publish.annexNone' : 'publish.annexIntro'), items: notAgreed.map((rec, i) => item(words, rec, `A${i + 1}`)) }
      : null,
    colophon: t('publish.prepared', { time: words.dateTime(meta.exportedAt as EpochMs, event.timeZone), zone: event.timeZone, app: APP_NAME, version: meta.appVersion }),
    runningHeader: `${t('publish.outcomeTitle')} · ${event.title}`,
    pageTemplate: t('publish.page'),
  };
}
