/**
 * The export formats as a reader meets them: the JSON file against its
 * published schema (checked by ajv, not by our own code), stable and in
 * every script; the CSV in a spreadsheet; the outcome report on paper; and
 * every kind of bad file refused with what and where.
 */
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../../shared/recommendations/files/format';
import type { RecommendationsExport } from '../../../shared/recommendations/files/export-schema';
import { IMPORT_MAX_BYTES, parseImportFile } from '../../../shared/recommendations/files/import-file';
import { recommendationsCsv } from '../../../shared/recommendations/files/csv-export';
import { escapeHtml, outcomeHtml } from '../../../shared/publish/html';
import { outcomeDocument } from '../../../shared/publish/outcome';
import { renderExport } from '../../../shared/session/exports';
import type { EpochMs } from '../../../shared/kernel/units';
import { Rapporteur, expectValidExport, schemaAccepts } from './fixtures';
import { almaty } from '../helpers';

const PANEL = 'How the WPS agenda is implemented today';
const META = { exportedAt: almaty('17:05'), appVersion: '0.1.0' };
const HOSTILE = '<script>alert("x")</script> & <b onmouseover=alert(1)>bold</b>';

/** A rapporteur's day: five records in three scripts, every field used, a merge and some markup. */
function day() {
  const r = new Rapporteur(1);
  const panel = r.segment(PANEL);
  const speaker = r.doc.parts[1]!.segments[0]!.speakers[0]!.id;
  const ids = {
    ru: r.add('Учредить региональную сеть женщин-медиаторов', {
      segmentId: panel,
      speakerId: speaker,
      pillar: 'prevention',
      objective: 'prevention-and-trust',
      outcome: 'roadmap',
      countries: ['KZ', 'KG', 'regional'],
      addressees: ['governments', 'UN'],
      status: 'agreed',
      priority: 'high',
      tags: ['медиация'],
      rapporteur: 'Айгерим',
      title: 'Сеть медиаторов',
    }),
    kk: r.add('Әйелдердің бейбітшілік процестеріне қатысуын арттыру', { pillar: 'participation', objective: 'participation-and-security-policy', status: 'proposed' }),
    hostile: r.add(HOSTILE, { title: '=HYPERLINK("http://evil")', tags: ['+1', '@home'], rapporteur: '-Rapporteur, "quoted"', pillar: 'prevention', objective: 'prevention-and-trust' }),
    en: r.add('Establish a regional platform for women mediators', { pillar: 'prevention', objective: 'prevention-and-trust', status: 'draft' }),
    dup: r.add('Establish regional platform of women mediators', { pillar: 'prevention' }),
  };
  r.clock.advance(60_000);
  r.apply({ type: 'rec.merge', id: ids.dup, intoId: ids.en });
  return { r, ids };
}

describe('the JSON export', () => {
  it('validates against the published JSON Schema and carries event, segments and records', () => {
    const { r, ids } = day();
    const data = buildExport(r.doc, META);
    expectValidExport(JSON.parse(serializeExport(data)));
    expect(data).toMatchObject({
      format: 'moderator-console/recommendations',
      formatVersion: 2,
      exportedAt: '2023-10-16T11:05:00.000Z',
      app: { name: 'Moderator Console', version: '0.1.0' },
      event: { title: expect.stringContaining('Women, Peace and Security'), timeZone: 'Asia/Almaty', timeNotice: '10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent' },
    });
    // The whole agenda, every speaker, so that another laptop can match what the records name.
    const panel = r.doc.parts[1]!.segments[0]!;
    expect(data.segments).toHaveLength(r.doc.parts.flatMap((p) => p.segments).length);
    expect(data.segments.find((s) => s.id === r.segment(PANEL))).toEqual({ id: panel.id, part: r.doc.parts[1]!.title, title: panel.title, speakers: panel.speakers.map((p) => ({ id: p.id, name: p.name })) });
    expect(data.segments.find((s) => s.id === r.segment(PANEL))!.speakers.map((p) => p.id)).toContain(r.rec(ids.ru).speakerId);
    expect(data.recommendations.find((rec) => rec.id === ids.dup)).toMatchObject({ status: 'merged', mergedInto: ids.en });
  });

  it('keeps Cyrillic, Kazakh and markup exactly, as UTF-8 text', () => {
    const { r } = day();
    const text = serializeExport(buildExport(r.doc, META));
    expect(text).toContain('"text": "Учредить региональную сеть женщин-медиаторов"');
    expect(text).toContain('Әйелдердің бейбітшілік процестеріне қатысуын арттыру');
    expect(JSON.parse(text).recommendations[2].text).toBe(HOSTILE);
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('is deterministic: creation order then id, the same keys in the same order, only exportedAt differs', () => {
    const { r } = day();
    const first = serializeExport(buildExport(r.doc, META));
    const shuffled = new Rapporteur(1);
    const reversed = Object.fromEntries(Object.entries(r.doc.recommendations.byShard).reverse().map(([key, shard]) => [key, Object.fromEntries(Object.entries(shard).reverse())]));
    shuffled.state = { ...r.state, doc: { ...r.doc, recommendations: { ...r.doc.recommendations, byShard: reversed } } };
    const second = serializeExport(buildExport(shuffled.doc, { ...META, exportedAt: almaty('18:00') }));
    expect(second.replace(/"exportedAt": "[^"]+"/, '')).toBe(first.replace(/"exportedAt": "[^"]+"/, ''));
    const data = JSON.parse(first) as RecommendationsExport;
    const created = data.recommendations.map((rec) => rec.createdAt);
    expect(created).toEqual([...created].sort());
    expect(Object.keys(data.recommendations[0]!)).toEqual([
      'id', 'title', 'text', 'status', 'priority', 'pillar', 'objective', 'outcome', 'countries', 'addressees', 'tags',
      'rapporteur', 'segmentId', 'speakerId', 'mergedInto', 'roadmap', 'createdAt', 'updatedAt', 'priorVersions',
    ]);
    const sameTime = new Rapporteur(1);
    sameTime.apply({ type: 'rec.add', recommendation: { text: 'b' } });
    sameTime.apply({ type: 'rec.add', recommendation: { text: 'a' } });
    const ordered = buildExport(sameTime.doc, META).recommendations.map((rec) => rec.id);
    expect(ordered).toEqual([...ordered].sort());
  });

  it('the schema is strict: it refuses what a version-2 reader could not read', () => {
    const { r } = day();
    const good = JSON.parse(serializeExport(buildExport(r.doc, META))) as RecommendationsExport;
    const variant = (change: (data: RecommendationsExport & Record<string, unknown>) => void) => {
      const copy = structuredClone(good) as RecommendationsExport & Record<string, unknown>;
      change(copy);
      return schemaAccepts(copy);
    };
    expect(schemaAccepts(good)).toBe(true);
    expect(variant((d) => Object.assign(d, { formatVersion: 1 }))).toBe(false);
    expect(variant((d) => Object.assign(d.recommendations[0]!, { roadmap: { ...d.recommendations[0]!.roadmap, due: '16 October 2023' } }))).toBe(false);
    expect(variant((d) => Object.assign(d.recommendations[0]!, { mergedInto: d.recommendations[1]!.id }))).toBe(false);
    expect(variant((d) => Object.assign(d.recommendations[0]!, { text: '' }))).toBe(false);
    expect(variant((d) => Object.assign(d.recommendations[0]!, { countries: ['KZ', 'KZ'] }))).toBe(false);
    expect(variant((d) => Object.assign(d.recommendations[0]!, { createdAt: '16 October 2023' }))).toBe(false);
    expect(variant((d) => Object.assign(d, { extra: true }))).toBe(false);
  });

  it('round-trips: an export read back gives the same records', () => {
    const { r } = day();
    const parsed = parseImportFile(serializeExport(buildExport(r.doc, META)), 'day.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const byId = Object.fromEntries(parsed.command.records.map((rec) => [rec.id, rec]));
    expect(byId).toEqual(Object.fromEntries(r.recs.map((rec) => [rec.id, rec])));
  });
});

describe('the CSV export', () => {
  it('opens right in a spreadsheet: BOM, CRLF, quoting, labels, venue-zone times, formulas neutralised', () => {
    const { r, ids } = day();
    const csv = recommendationsCsv(r.doc);
    expect(csv.startsWith('\uFEFFID,Title,Recommendation,Status,')).toBe(true);
    expect(csv).toContain('Created (Asia/Almaty)');
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(7);
    const ru = lines.find((line) => line.startsWith(ids.ru))!;
    expect(ru).toContain('Сеть медиаторов,Учредить региональную сеть женщин-медиаторов,Agreed,High,Prevention,');
    expect(ru).toContain('Kazakhstan; Kyrgyzstan; Regional,Governments; UN,медиация,Айгерим,');
    expect(ru).toContain('2023-10-16 10:01:00');
    const hostile = lines.find((line) => line.startsWith(ids.hostile))!;
    expect(hostile).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(hostile).toContain(`,"<script>alert(""x"")</script> & <b onmouseover=alert(1)>bold</b>",`);
    expect(hostile).toContain(`,'+1; @home,"'-Rapporteur, ""quoted""",`);
  });

  it('keeps a line break inside a recommendation inside its quoted cell', () => {
    const r = new Rapporteur(1);
    r.add('First line\nsecond line');
    expect(recommendationsCsv(r.doc)).toContain(',"First line\nsecond line",');
  });
});

describe('the outcome document', () => {
  const words = (doc: ReturnType<typeof outcomeDocument>) => JSON.stringify(doc);

  it('lists the agreed recommendations only, numbered, by WPS pillar and then by addressee, with a summary per part', () => {
    const { r, ids } = day();
    r.edit(ids.kk, { status: 'agreed', addressees: ['civil-society', 'parliaments'], countries: ['KZ'] });
    r.edit(ids.en, { status: 'agreed', addressees: ['UN'], priority: 'low' });
    const outcome = outcomeDocument(r.doc, 'en', META, { annex: false });
    expect(outcome.title).toBe('Outcomes and agreed recommendations');
    expect(outcome.parts.map((p) => p.heading)).toEqual(['Prevention', 'Participation']);
    expect(outcome.parts[0]!.groups.map((g) => g.heading)).toEqual(['Addressed to Governments', 'Addressed to UN']);
    expect(outcome.parts[0]!.groups.flatMap((g) => g.items.map((i) => [i.number, i.text]))).toEqual([
      ['1', 'Учредить региональную сеть женщин-медиаторов'],
      ['2', 'Establish a regional platform for women mediators'],
    ]);
    expect(outcome.parts[0]!.summary).toBe('2 agreed recommendations, addressed to Governments (1), UN (2). Countries concerned: Kazakhstan, Kyrgyzstan, Regional.');
    expect(outcome.parts[1]!.groups[0]).toMatchObject({ heading: 'Addressed to Parliaments', items: [{ number: '3', notes: ['Also addressed to: Civil society', 'Countries: Kazakhstan'] }] });
    expect(outcome.summary).toBe('3 recommendations were agreed, under Prevention, Participation.');
    expect(words(outcome)).not.toContain(HOSTILE.slice(0, 20));
    expect(outcome.annex).toBeNull();
  });

  it('says the event: title, date, venue, format, time, organizers and the participating countries', () => {
    const { r } = day();
    const outcome = outcomeDocument(r.doc, 'en', META, { annex: false });
    expect(outcome.eventTitle).toBe(r.doc.event.title);
    expect(Object.fromEntries(outcome.facts)).toMatchObject({
      Date: '16 October 2023',
      Venue: 'UN Plaza, 303 Baizakov Street, Almaty',
      Format: 'hybrid',
      Time: '10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent',
      'Participating countries': 'Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan',
    });
    expect(outcome.colophon).toBe('Prepared 16 October 2023 at 17:05 (Asia/Almaty) with Moderator Console 0.1.0.');
  });

  it('adds the annex of not-agreed recommendations only when asked', () => {
    const { r, ids } = day();
    // Drafts still under discussion are no outcome: an annex with nothing not agreed says so.
    const empty = outcomeDocument(r.doc, 'en', META, { annex: true }).annex!;
    expect(empty.items).toEqual([]);
    expect(empty.intro).toBe('No recommendation was recorded as not agreed.');
    r.edit(ids.en, { status: 'not-agreed' });
    expect(outcomeDocument(r.doc, 'en', META, { annex: false }).annex).toBeNull();
    const annex = outcomeDocument(r.doc, 'en', META, { annex: true }).annex!;
    expect(annex.heading).toBe('Annex: recommendations not agreed');
    expect(annex.items.map((i) => [i.number, i.text])).toEqual([['A1', 'Establish a regional platform for women mediators']]);
    expect(annex.intro).toBe('Recorded for completeness; they are not part of the agreed outcome.');
  });

  it('is written in the session’s language', () => {
    const { r } = day();
    const outcome = outcomeDocument(r.doc, 'ru', META, { annex: true });
    expect(outcome.title).toBe('Итоги и согласованные рекомендации');
    expect(outcome.parts[0]!.heading).toBe('Предотвращение');
    expect(outcome.parts[0]!.groups[0]!.heading).toBe('Адресат: Правительства');
    expect(outcome.parts[0]!.summary).toBe('1 согласованная рекомендация; адресаты: Правительства (1), ООН (1). Страны: Казахстан, Кыргызстан, Регион в целом.');
    expect(Object.fromEntries(outcome.facts)).toMatchObject({ Дата: '16 октября 2023 г.', Формат: 'гибридный' });
    expect(outcome.annex!.heading).toBe('Приложение: несогласованные рекомендации');
    expect(outcome.pageTemplate).toBe('Страница {{page}} из {{pages}}');
  });

  it('as HTML: the page is in the document’s language and every text is escaped', () => {
    const { r, ids } = day();
    r.edit(ids.hostile, { status: 'agreed' });
    const html = outcomeHtml(outcomeDocument(r.doc, 'en', META, { annex: false }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Outcomes and agreed recommendations</h1>');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b onmouseover');
    expect(html.indexOf('Учредить')).toBeLessThan(html.indexOf('&lt;script'));
    expect(html).not.toContain('Establish a regional platform');
  });

  it('escapes every character markup could hide in', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('names each export file after the event day, the HTML in the session’s language', () => {
    const { r } = day();
    expect(renderExport(r.doc, 'json', META)).toMatchObject({ fileName: 'recommendations-2023-10-16.json', contentType: 'application/json; charset=utf-8' });
    expect(renderExport(r.doc, 'csv', META).fileName).toBe('recommendations-2023-10-16.csv');
    expect(renderExport(r.doc, 'report', META)).toMatchObject({ fileName: 'outcome-document-2023-10-16.html', contentType: 'text/html; charset=utf-8', encoding: 'utf8' });
    r.apply({ type: 'settings.language', language: 'ru' });
    expect(renderExport(r.doc, 'report', META).body).toContain('<html lang="ru">');
  });
});

describe('bad files', () => {
  const good = () => {
    const { r } = day();
    return serializeExport(buildExport(r.doc, META));
  };
  const data = () => JSON.parse(good()) as RecommendationsExport & Record<string, unknown>;
  const errorOf = (text: string) => {
    const parsed = parseImportFile(text, 'bad.json');
    if (parsed.ok) throw new Error('the file was accepted');
    return parsed.error;
  };
  const withChange = (change: (d: RecommendationsExport & Record<string, unknown>) => void) => {
    const d = data();
    change(d);
    return errorOf(JSON.stringify(d, null, 2));
  };

  it('a truncated file: says it ends too early, and at which line', () => {
    const text = good();
    const error = errorOf(text.slice(0, 700));
    expect(error.message).toMatch(/ends too early|not valid JSON/);
    expect(error.where).toMatch(/^line \d+, column \d+$/);
  });

  it('a corrupt file: says where the JSON breaks', () => {
    const text = good().replace('"formatVersion": 2,', '"formatVersion": 2,,');
    expect(errorOf(text)).toEqual({ where: 'line 3, column 22', message: expect.stringContaining('not valid JSON') });
  });

  it('not an export, or another version', () => {
    expect(errorOf('[1, 2, 3]')).toMatchObject({ where: '$', message: /must be a JSON object/ });
    expect(errorOf('{"recommendations": []}')).toMatchObject({ where: '$.format', message: /not a Moderator Console recommendations export/ });
    expect(withChange((d) => Object.assign(d, { formatVersion: 3 }))).toMatchObject({ where: '$.formatVersion', message: /newer Moderator Console/ });
    expect(withChange((d) => Object.assign(d, { formatVersion: 0 }))).toMatchObject({ where: '$.formatVersion', message: /not a known format version/ });
    expect(errorOf('')).toEqual({ where: 'file', message: 'is empty' });
  });

  it('reads a version-1 file (written before records had a roadmap): its records get an empty one', () => {
    const old = data();
    old.formatVersion = 1 as never;
    for (const rec of old.recommendations) delete (rec as Partial<typeof rec>).roadmap;
    const parsed = parseImportFile(JSON.stringify(old), 'v1.json');
    if (!parsed.ok) throw new Error(`${parsed.error.where}: ${parsed.error.message}`);
    expect(parsed.command.records.map((rec) => rec.roadmap)).toEqual(old.recommendations.map(() => ({ action: '', lead: '', partners: '', due: null, mechanism: null, progress: 'planned' })));
    const stray = data();
    stray.formatVersion = 1 as never;
    Object.assign(stray.recommendations[0]!, { roadmap: 'yes' });
    expect(errorOf(JSON.stringify(stray))).toMatchObject({ where: '$.recommendations[0].roadmap' });
  });

  it('wrong types, missing and unknown fields: the JSON path of the first one', () => {
    expect(withChange((d) => Object.assign(d.recommendations[1]!, { countries: ['Narnia'] }))).toMatchObject({ where: '$.recommendations[1].countries[0]', message: /must be one of/ });
    expect(withChange((d) => Object.assign(d.recommendations[0]!, { text: 42 }))).toMatchObject({ where: '$.recommendations[0].text' });
    expect(withChange((d) => delete (d.recommendations[2] as Partial<RecommendationsExport['recommendations'][number]>).status)).toEqual({
      where: '$.recommendations[2].status',
      message: 'is missing',
    });
    expect(withChange((d) => Object.assign(d.recommendations[0]!, { '<img src=x>': 1 }))).toMatchObject({ where: '$.recommendations[0]', message: /unknown field\(s\): <img src=x>/ });
    expect(withChange((d) => Object.assign(d.recommendations[3]!, { id: 'not-a-uuid' }))).toMatchObject({ where: '$.recommendations[3].id', message: 'must be a UUID' });
    expect(withChange((d) => Object.assign(d.recommendations[3]!, { status: 'merged', mergedInto: null }))).toMatchObject({ where: '$.recommendations[3].mergedInto' });
    expect(withChange((d) => Object.assign(d.recommendations[3]!, { id: d.recommendations[0]!.id }))).toMatchObject({ where: '$.recommendations[3].id', message: /repeats id/ });
    expect(withChange((d) => Object.assign(d.recommendations[0]!, { updatedAt: '2023-02-30T10:00:00.000Z' }))).toMatchObject({ where: '$.recommendations[0].updatedAt' });
  });

  it('a 10 MB string is refused by length, and the message does not repeat it', () => {
    const error = withChange((d) => Object.assign(d.recommendations[0]!, { text: 'ы'.repeat(10 * 1024 * 1024) }));
    expect(error).toEqual({ where: '$.recommendations[0].text', message: 'must be at most 4000 characters' });
  });

  it('a file over 20 MB is refused before it is read', () => {
    expect(errorOf(' '.repeat(IMPORT_MAX_BYTES + 1))).toEqual({ where: 'file', message: 'is larger than 20 MB' });
  });

  it('markup in text is not an error: it is kept as text', () => {
    const parsed = parseImportFile(good(), 'day.json');
    expect(parsed.ok && parsed.command.records.some((rec) => rec.text === HOSTILE)).toBe(true);
  });

  it('a byte-order mark at the start is fine; the source is named after the file', () => {
    const parsed = parseImportFile(`\uFEFF${good()}`, '  dilnoza-part-2.json ');
    expect(parsed.ok && parsed.command.source).toBe('dilnoza-part-2.json');
  });

  it('times must be UTC instants with milliseconds', () => {
    const changed = withChange((d) => Object.assign(d.recommendations[0]!, { createdAt: 1_697_421_600_000 as EpochMs }));
    expect(changed).toMatchObject({ where: '$.recommendations[0].createdAt', message: /ISO 8601/ });
  });
});
