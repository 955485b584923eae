/**
 * The rapporteur's day through applyCommand: capture attached to the live
 * segment, edits that make versions, undo and redo of the record (and not
 * of the capture draft), merging near-duplicates, refusals that say where;
 * then finding things again among 10,000 records.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCommand, type Command } from '../../../shared/session/commands';
import { CommandRejected } from '../../../shared/kernel/errors';
import { attachmentNames } from '../../../shared/recommendations/names';
import { ANY, normalizeText, queryRecommendations, type RecQuery } from '../../../shared/recommendations/query';
import { findNearDuplicates, similarity, stemsOf } from '../../../shared/recommendations/near-duplicates';
import { draftOf, emptyRoadmap, type Recommendation } from '../../../shared/recommendations/model';
import type { EpochMs } from '../../../shared/kernel/units';
import { Rapporteur } from './fixtures';

const PANEL = 'How the WPS agenda is implemented today';

function refusal(r: Rapporteur, command: Command) {
  try {
    r.apply(command);
  } catch (error) {
    if (error instanceof CommandRejected) return error.error;
    throw error;
  }
  throw new Error('the command was accepted');
}

describe('capturing recommendations', () => {
  it('adds a draft attached to a segment and speaker, in any script, with a version stamp', () => {
    const r = new Rapporteur();
    const segmentId = r.segment(PANEL);
    const speakerId = r.doc.parts[1]!.segments[0]!.speakers[1]!.id;
    const id = r.add('Учредить региональную сеть женщин-медиаторов', { segmentId, speakerId, rapporteur: 'Aigerim' });
    const rec = r.rec(id);
    expect(rec).toMatchObject({ text: 'Учредить региональную сеть женщин-медиаторов', status: 'draft', segmentId, speakerId, rapporteur: 'Aigerim', mergedInto: null, priorVersions: [] });
    expect(rec.createdAt).toBe(r.clock.now());
    expect(rec.updatedAt).toBe(rec.createdAt);
    expect(r.state.history.recommendations.undo).toHaveLength(1);
    expect(r.state.history.runOfShow.undo).toHaveLength(0);
  });

  it('edits make a new, strictly later version even within the same millisecond', () => {
    const r = new Rapporteur();
    const id = r.add('Adopt national action plans');
    const created = r.rec(id).updatedAt;
    r.apply({ type: 'rec.update', id, patch: { title: 'NAPs', pillar: 'participation' } });
    r.apply({ type: 'rec.update', id, patch: { status: 'agreed' } });
    expect(r.rec(id)).toMatchObject({ title: 'NAPs', pillar: 'participation', status: 'agreed', updatedAt: created + 2, priorVersions: [created, created + 1] });
  });

  it('an edit that changes nothing is no change: no version, no undo step', () => {
    const r = new Rapporteur();
    const id = r.add('Adopt national action plans', { countries: ['KZ', 'UZ'] });
    const transition = r.apply({ type: 'rec.update', id, patch: { text: 'Adopt national action plans', countries: ['UZ', 'KZ'] } });
    expect(transition.patches).toEqual([]);
    expect(r.rec(id).priorVersions).toEqual([]);
    expect(r.state.history.recommendations.undo).toHaveLength(1);
  });

  it('undo and redo walk back and forth through the record, leaving the run-of-show history alone', () => {
    const r = new Rapporteur();
    r.apply({ type: 'segment.setStatus', segmentId: r.segment(PANEL), status: 'live' });
    const id = r.add('Quotas for women in parliaments');
    r.edit(id, { text: 'Quotas of at least 30% for women in parliaments' });
    r.apply({ type: 'history.undo', scope: 'recommendations' });
    expect(r.rec(id).text).toBe('Quotas for women in parliaments');
    r.apply({ type: 'history.undo', scope: 'recommendations' });
    expect(r.recs.find((rec) => rec.id === id)).toBeUndefined();
    r.apply({ type: 'history.redo', scope: 'recommendations' });
    r.apply({ type: 'history.redo', scope: 'recommendations' });
    expect(r.rec(id).text).toBe('Quotas of at least 30% for women in parliaments');
    expect(r.state.history.runOfShow.undo).toHaveLength(1);
    expect(r.doc.parts[1]!.segments[0]!.status).toBe('live');
  });

  it('keeps the capture draft per rapporteur, outside undo: undoing a saved record does not touch what is being typed', () => {
    const r = new Rapporteur();
    const id = r.add('First recommendation');
    r.apply({ type: 'rec.draft', rapporteur: 'Aigerim', text: 'Second recommendation, half ty' });
    r.apply({ type: 'rec.draft', rapporteur: 'Dilnoza', text: 'Другая' });
    expect(r.state.history.recommendations.undo).toHaveLength(1);
    r.apply({ type: 'history.undo', scope: 'recommendations' });
    expect(r.recs.find((rec) => rec.id === id)).toBeUndefined();
    expect(draftOf(r.doc.recommendations, 'Aigerim')?.text).toBe('Second recommendation, half ty');
    r.apply({ type: 'rec.draft', rapporteur: 'Aigerim', text: '' });
    expect(r.doc.recommendations.drafts.map((d) => d.rapporteur)).toEqual(['Dilnoza']);
  });

  it('merges a near-duplicate into another: status merged, a link to the target, and the target gains its lists', () => {
    const r = new Rapporteur();
    const target = r.add('Establish a regional platform for women mediators', { countries: ['KZ'], tags: ['mediation'] });
    const duplicate = r.add('Establish regional platform of women mediators', { countries: ['KG', 'KZ'], addressees: ['UN'], tags: ['network'] });
    r.clock.advance(60_000);
    r.apply({ type: 'rec.merge', id: duplicate, intoId: target });
    expect(r.rec(duplicate)).toMatchObject({ status: 'merged', mergedInto: target });
    expect(r.rec(target)).toMatchObject({ countries: ['KZ', 'KG'], addressees: ['UN'], tags: ['mediation', 'network'] });
    r.edit(duplicate, { status: 'proposed' });
    expect(r.rec(duplicate)).toMatchObject({ status: 'proposed', mergedInto: null });
  });

  it('refuses what does not make sense, saying which field and why, and changes nothing', () => {
    const r = new Rapporteur();
    const a = r.add('One');
    const b = r.add('Two');
    const before = r.state;
    expect(refusal(r, { type: 'rec.merge', id: a, intoId: a })).toMatchObject({ field: 'intoId', message: /itself/ });
    r.apply({ type: 'rec.merge', id: a, intoId: b });
    expect(refusal(r, { type: 'rec.merge', id: b, intoId: a })).toMatchObject({ field: 'intoId', message: /itself merged/ });
    expect(refusal(r, { type: 'rec.update', id: 'nope', patch: { text: 'x' } })).toMatchObject({ code: 'not-found', field: 'id' });
    expect(refusal(r, { type: 'rec.add', recommendation: { text: 'x', segmentId: 'nope' } })).toMatchObject({ field: 'recommendation.segmentId' });
    const otherSpeaker = r.doc.parts[0]!.segments[0]!.speakers[0]!.id;
    expect(refusal(r, { type: 'rec.add', recommendation: { text: 'x', segmentId: r.segment(PANEL), speakerId: otherSpeaker } })).toMatchObject({
      field: 'recommendation.speakerId',
    });
    expect(r.state.doc.parts).toBe(before.doc.parts);
  });

  it('validates commands at the boundary with the length limits', () => {
    const a = '00000000-0000-4000-8000-00000000000a';
    expect(parseCommand({ type: 'rec.add', recommendation: { text: '   ' } })).toMatchObject({ ok: false, error: { field: 'recommendation.text', message: 'must not be empty' } });
    expect(parseCommand({ type: 'rec.add', recommendation: { text: 'x'.repeat(10_000_000) } })).toMatchObject({
      ok: false,
      error: { field: 'recommendation.text', message: 'must be at most 4000 characters' },
    });
    expect(parseCommand({ type: 'rec.update', id: a, patch: { status: 'merged' } })).toMatchObject({ ok: false, error: { field: 'patch.status', message: /use Merge/ } });
    expect(parseCommand({ type: 'rec.update', id: a, patch: { countries: ['KZ', 'KZ'] } })).toMatchObject({ ok: false, error: { field: 'patch.countries' } });
    expect(parseCommand({ type: 'rec.update', id: a, patch: { pillar: 'security' } })).toMatchObject({ ok: false, error: { field: 'patch.pillar', message: /prevention/ } });
    expect(parseCommand({ type: 'rec.add', recommendation: { text: '<script>alert(1)</script>' } })).toMatchObject({ ok: true });
    expect(parseCommand({ type: 'rec.add', recommendation: { text: 'cut\u0000short' } })).toMatchObject({ ok: false, error: { field: 'recommendation.text', message: /plain text/ } });
    expect(parseCommand({ type: 'rec.add', recommendation: { text: 'half \uD83D character' } })).toMatchObject({ ok: false, error: { field: 'recommendation.text', message: /plain text/ } });
    expect(parseCommand({ type: 'rec.add', recommendation: { text: 'Қазақстан 🇰🇿\n\tline two' } })).toMatchObject({ ok: true });
  });
});

/** `count` records over the example's segments, in four languages, with repeats of a few phrasings. */
function bigBook(r: Rapporteur, count: number): Recommendation[] {
  const phrases = [
    'Establish a regional platform for women mediators in Central Asia',
    'Учредить региональную сеть женщин-медиаторов',
    'Әйелдердің бейбітшілік процестеріне қатысуын арттыру',
    'Include civil society in early-warning mechanisms for conflict prevention',
    'Strengthen legislation against gender-based violence in crisis situations',
  ];
  const segments = r.doc.parts.flatMap((p) => p.segments.map((s) => s.id));
  const pillars = ['prevention', 'participation', 'protection', 'relief-and-recovery'] as const;
  return Array.from({ length: count }, (_, i): Recommendation => ({
    id: `rec-${String(i).padStart(5, '0')}`,
    text: `${phrases[i % phrases.length]} ${i} ${['budget', 'quota', 'training', 'report', 'dialogue'][i % 7 % 5]} w${i % 97} v${i % 89}`,
    title: '',
    pillar: pillars[i % 4]!,
    objective: null,
    outcome: null,
    countries: [(['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const)[i % 5]!],
    addressees: [],
    status: (['draft', 'proposed', 'agreed', 'not-agreed'] as const)[i % 4]!,
    priority: null,
    tags: [],
    rapporteur: `Rapporteur ${i % 3}`,
    segmentId: segments[i % segments.length]!,
    speakerId: null,
    mergedInto: null,
    roadmap: emptyRoadmap(),
    createdAt: (1_697_421_600_000 + i * 1000) as EpochMs,
    updatedAt: (1_697_421_600_000 + i * 1000) as EpochMs,
    priorVersions: [],
  }));
}

describe('finding recommendations', () => {
  const r = new Rapporteur();
  const id = (text: string, fields: Parameters<Rapporteur['add']>[1] = {}) => r.add(text, fields);
  const mediators = id('Établir une plateforme régionale', { pillar: 'prevention', countries: ['KZ'], rapporteur: 'Aigerim', status: 'agreed' });
  const russian = id('Учредить сеть женщин-медиаторов', { pillar: 'participation', countries: ['KG'], rapporteur: 'Dilnoza', segmentId: r.segment(PANEL) });
  const kazakh = id('Әйелдердің қатысуын арттыру', { pillar: null, tags: ['ұсыныс'], rapporteur: 'Aigerim', priority: 'high' });
  const names = attachmentNames(r.doc.parts, r.doc.recommendations.foreign);
  const find = (query: Partial<RecQuery>) => queryRecommendations(r.recs, { ...ANY, ...query }, names).map((rec) => rec.id);

  it('searches text, titles and tags without regard to case or accents, in every script', () => {
    expect(normalizeText('  Établir   ÉLAN ')).toBe('etablir elan');
    expect(find({ text: 'etablir' })).toEqual([mediators]);
    expect(find({ text: 'МЕДИАТОРОВ сеть' })).toEqual([russian]);
    expect(find({ text: 'ұсыныс' })).toEqual([kazakh]);
    expect(find({ text: 'nothing like this' })).toEqual([]);
  });

  it('treats hyphens, dashes and spaces alike: “decision-making” finds what “decision making” finds', () => {
    const s = new Rapporteur(5);
    const ids = [
      s.add('Women in decision-making at every level'),
      s.add('Quotas for decision making bodies'),
      s.add('Decision\u2011making in peace talks (a non-breaking hyphen)'),
      s.add('Decision \u2013 making it law (an en dash)'),
      s.add('Decisions on budgets'),
    ];
    const search = (text: string) => queryRecommendations(s.recs, { ...ANY, text, sort: 'oldest' }, attachmentNames(s.doc.parts, s.doc.recommendations.foreign)).map((rec) => rec.id);
    const four = ids.slice(0, 4);
    for (const query of ['decision-making', 'decision making', 'Decision—making', 'decision\u2212making', 'decision  -  making']) expect(search(query), query).toEqual(four);
    expect(normalizeText('Decision\u00ADmaking')).toBe('decisionmaking');
  });

  it('folds case and accents in every script, ё as е, and keeps distinct letters distinct (Kazakh, Kyrgyz, Tajik, й)', () => {
    expect(normalizeText('Ёлка ЁЛКА')).toBe('елка елка');
    expect(normalizeText('Türkmenistan Oʻzbekiston Kyrgyzstan')).toBe("turkmenistan o'zbekiston kyrgyzstan");
    expect(normalizeText('O‘zbekiston')).toBe(normalizeText("O'zbekiston"));
    expect(normalizeText('ӘЙЕЛДЕРДІҢ ҚАТЫСУЫ')).toBe('әйелдердің қатысуы');
    const distinct: Array<[string, string]> = [['ә', 'а'], ['ғ', 'г'], ['қ', 'к'], ['ң', 'н'], ['ө', 'о'], ['ұ', 'у'], ['ү', 'у'], ['һ', 'х'], ['і', 'и'], ['й', 'и'], ['ӣ', 'и'], ['ӯ', 'у'], ['ҷ', 'ч']];
    for (const [letter, other] of distinct) {
      expect(normalizeText(letter), `${letter} is not ${other}`).not.toBe(normalizeText(other));
      expect(normalizeText(letter.toUpperCase())).toBe(normalizeText(letter));
    }
    expect(find({ text: 'ӘЙЕЛДЕРДІҢ' })).toEqual([kazakh]);
    expect(find({ text: 'аиелдердин' })).toEqual([]);
  });

  it('filters by pillar, status, country, segment and rapporteur; sorts; groups', () => {
    expect(find({ pillar: 'none' })).toEqual([kazakh]);
    expect(find({ status: 'agreed' })).toEqual([mediators]);
    expect(find({ country: 'KG' })).toEqual([russian]);
    expect(find({ segmentId: r.segment(PANEL) })).toEqual([russian]);
    expect(find({ segmentId: 'none' })).toEqual([kazakh, mediators]);
    expect(find({ rapporteur: 'Aigerim', sort: 'oldest' })).toEqual([mediators, kazakh]);
    expect(find({ sort: 'priority' })[0]).toBe(kazakh);
    expect(find({ group: 'pillar', sort: 'oldest' })).toEqual([mediators, russian, kazakh]);
    expect(find({ group: 'segment', sort: 'oldest' })).toEqual([russian, mediators, kazakh]);
  });

  it('finds exactly what a plain scan finds over 10,000 records (search latency is in npm run bench)', () => {
    const big = new Rapporteur(7);
    const records = bigBook(big, 10_000);
    const bigNames = attachmentNames(big.doc.parts, big.doc.recommendations.foreign);
    const query = { ...ANY, text: 'медиаторов 12', country: 'KG' as const, sort: 'updated' as const, group: 'pillar' as const };
    const terms = normalizeText(query.text).split(' ');
    const expected = records.filter((rec) => rec.countries.includes('KG') && terms.every((t) => normalizeText([rec.title, rec.text, rec.tags.join(' '), rec.rapporteur].join(' ')).includes(t)));
    const found = queryRecommendations(records, query, bigNames);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.id)));
    // A budget for a loaded 2-core machine, where building 10,000 records and both scans take several seconds; a correctness check, not a speed one.
  }, 60_000);
});

describe('near-duplicates', () => {
  const rec = (id: string, text: string, status: Recommendation['status'] = 'draft') =>
    ({ ...bigBook(new Rapporteur(), 1)[0]!, id, text, status }) as Recommendation;
  const stems = (r: Recommendation) => new Set(stemsOf(r));

  it('flags the same proposal in other words, across inflections, and not different ones', () => {
    const records = [
      rec('a', 'Establish a regional platform for women mediators'),
      rec('b', 'Establish regional platform of women mediators'),
      rec('c', 'Учредить региональную сеть женщин-медиаторов'),
      rec('d', 'Учредить региональные сети женщин медиаторов'),
      rec('e', 'Strengthen legislation against gender-based violence'),
      rec('f', 'Establish a regional platform for women mediators', 'merged'),
    ];
    const found = findNearDuplicates(records).byId;
    expect(found.get('a')?.map((d) => d.id)).toEqual(['b']);
    expect(found.get('b')?.map((d) => d.id)).toEqual(['a']);
    expect(found.get('c')?.map((d) => d.id)).toEqual(['d']);
    expect(found.has('e')).toBe(false);
    expect(found.has('f')).toBe(false);
    expect(similarity(stems(records[0]!), stems(records[1]!))).toBeGreaterThanOrEqual(0.6);
  });

  it('finds exactly the pairs a full comparison finds', () => {
    const records = bigBook(new Rapporteur(), 300);
    const found = findNearDuplicates(records).byId;
    const listed = (a: Recommendation, b: Recommendation) => found.get(a.id)?.some((d) => d.id === b.id) ?? false;
    for (const a of records) {
      const expected = records.filter((b) => b !== a && similarity(stems(a), stems(b)) >= 0.6);
      const shown = expected.filter((b) => listed(a, b));
      expect(shown.length).toBe(Math.min(expected.length, 10));
      expect(records.filter((b) => listed(a, b) && !expected.includes(b))).toEqual([]);
    }
    expect(found.size).toBeGreaterThan(0);
  });

  it('agrees with a full comparison on any small book (property)', () => {
    const vocabulary = ['women', 'peace', 'security', 'mediators', 'regional', 'platform', 'quota', 'budget', 'женщин', 'сеть', 'әйелдер', 'law'];
    const texts = fc.array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 9 }), { minLength: 2, maxLength: 11 });
    fc.assert(
      fc.property(texts, (words) => {
        const records = words.map((w, i) => rec(`r${i}`, w.join(' ')));
        const found = findNearDuplicates(records).byId;
        for (const a of records) {
          const expected = records.filter((b) => b !== a && similarity(stems(a), stems(b)) >= 0.6).map((b) => b.id);
          expect((found.get(a.id) ?? []).map((d) => d.id).sort()).toEqual(expected.sort());
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('compares a small fraction of the pairs among 10,000 records of varied wording', () => {
    // Words drawn Zipf-like from a vocabulary of 5,000, as in real prose; every 50th record repeats an earlier one reworded.
    let seed = 42;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const word = () => `w${Math.floor(5000 ** random()).toString(36).padStart(3, '0')}`;
    const sentence = () => Array.from({ length: 14 }, word).join(' ');
    const texts: string[] = [];
    for (let i = 0; i < 10_000; i++) texts.push(i % 50 === 49 ? `${texts[i - 7]!.split(' ').slice(1).join(' ')} reworded` : sentence());
    const records = texts.map((text, i) => rec(`r${i}`, text));
    const scan = findNearDuplicates(records);
    expect(scan.byId.get('r49')?.map((d) => d.id)).toContain('r42');
    // Each record asks the index once, so a pair can be compared twice: still under 1% of all pairs.
    expect(scan.comparisons).toBeLessThan((10_000 * 9_999) / 100);
    // A count, not a speed: 10,000 records take about a second alone and up to 20 s on a loaded 2-core machine.
  }, 60_000);
});
