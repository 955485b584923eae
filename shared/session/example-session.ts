/**
 * The conference of the concept note (../shared/seed/concept-note.txt), ready
 * to run: the default session of an empty data dir, and "Open example".
 * Speakers are named by role and country; no personal names are invented.
 *
 * Its ids are fixed: each part, segment and speaker has a UUID made from its
 * name (exampleId), the same on every laptop, so rapporteurs who capture on
 * two machines tag their records to the same segments and speakers and can
 * merge their exports without translating ids. A test may still pass its
 * own id source to stand for a session made by an older version (random ids).
 */
import type { EventInfo, Part, Segment, SegmentKind, Speaker } from '../run-of-show/model';
import type { Country } from '../kernel/countries';
import type { SessionDoc } from './document';
import { FORMAT_VERSION } from './document';
import type { IsoDate, TimeOfDay } from '../kernel/units';
import { minutes } from '../kernel/units';
import { idleTimer } from '../timer/model';
import { DEFAULT_FINAL_MS, DEFAULT_WARNING_MS } from '../run-of-show/model';
import { emptyBook } from '../recommendations/model';
import { defaultSettings } from './settings';

export type NewId = () => string;

/** 32 hex digits from a text: four FNV-1a hashes with different seeds (not for secrets: only to name the example's items). */
function hex128(text: string): string {
  return [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let hash = seed;
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
        hash ^= hash >>> 15;
      }
      return (hash >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
}

/** The example's id of an item named `key` ("segment:Lunch"): a UUID of version 8 (RFC 9562, made by this app's own rule). */
export function exampleId(key: string): string {
  const hex = hex128(key);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Where the example's ids come from: its fixed ones, or a test's or an old journal's own. */
type IdOf = (key: string) => string;
const idSource = (newId: NewId | undefined): IdOf => (newId ? () => newId() : exampleId);

export const EXAMPLE_EVENT: EventInfo = {
  title: 'Conference on Women, Peace and Security in the framework of the Central Asian Women Leaders Dialogue',
  venue: 'UN Plaza, 303 Baizakov Street, Almaty',
  date: '2023-10-16' as IsoDate,
  timeZone: 'Asia/Almaty',
  dayStart: '10:00' as TimeOfDay,
  format: 'hybrid',
  organizers: [
    'Parliament of the Republic of Kazakhstan',
    "National Commission on Women's Affairs, Family and Demographic Policy under the President of the Republic of Kazakhstan",
    'Government of the Republic of Kazakhstan',
    'UN Women (support)',
    'UN Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA) (support)',
  ],
  participantZones: [
    { label: 'Astana', timeZone: 'Asia/Almaty' },
    { label: 'Bishkek', timeZone: 'Asia/Bishkek' },
    { label: 'Dushanbe', timeZone: 'Asia/Dushanbe' },
    { label: 'Ashgabat', timeZone: 'Asia/Ashgabat' },
    { label: 'Tashkent', timeZone: 'Asia/Tashkent' },
  ],
};

const FIVE: Country[] = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const COUNTRY_ADJECTIVE: Record<string, string> = { KZ: 'Kazakhstan', KG: 'Kyrgyzstan', TJ: 'Tajikistan', TM: 'Turkmenistan', UZ: 'Uzbekistan' };

type SpeakerSeed = [name: string, organization: string, country: Country, allottedMin: number, remote?: boolean];
interface SegmentSeed {
  title: string;
  kind: SegmentKind;
  min: number;
  hardStart?: string;
  chair?: string;
  notes?: string;
  speakers?: SpeakerSeed[];
}

function buildSegment(idOf: IdOf, seed: SegmentSeed): Segment {
  return {
    id: idOf(`segment:${seed.title}`),
    title: seed.title,
    kind: seed.kind,
    plannedDurationMs: minutes(seed.min),
    hardStart: (seed.hardStart ?? null) as TimeOfDay | null,
    chair: seed.chair ?? '',
    notes: seed.notes ?? '',
    status: 'planned',
    warningMs: DEFAULT_WARNING_MS,
    finalMs: DEFAULT_FINAL_MS,
    actualStartAt: null,
    actualEndAt: null,
    speakers: (seed.speakers ?? []).map(
      ([name, organization, country, allottedMin, remote]): Speaker => ({
        id: idOf(`speaker:${seed.title}:${name}`),
        name,
        organization,
        country,
        attendance: remote ? 'remote' : 'in-room',
        allottedMs: minutes(allottedMin),
      }),
    ),
  };
}

function buildPart(idOf: IdOf, title: string, segments: SegmentSeed[]): Part {
  return { id: idOf(`part:${title}`), title, segments: segments.map((s) => buildSegment(idOf, s)) };
}

/** The example conference; with `newId`, under ids from it instead of its fixed ones. */
export function createExampleSession(newId?: NewId): SessionDoc {
  const idOf = idSource(newId);
  return {
    formatVersion: FORMAT_VERSION,
    event: { ...EXAMPLE_EVENT, organizers: [...EXAMPLE_EVENT.organizers], participantZones: EXAMPLE_EVENT.participantZones.map((z) => ({ ...z })) },
    parts: [
      buildPart(idOf, 'Opening', [
        {
          title: 'Opening of the conference: welcome remarks',
          kind: 'opening',
          min: 30,
          hardStart: '10:00',
          chair: 'Moderator: Parliament of the Republic of Kazakhstan',
          notes: 'Hybrid connection check with remote delegations at 09:45.',
          speakers: [
            ['Representative of the Parliament of the Republic of Kazakhstan', 'Parliament of the Republic of Kazakhstan', 'KZ', 7],
            ["Representative of the National Commission on Women's Affairs, Family and Demographic Policy", 'National Commission under the President of the Republic of Kazakhstan', 'KZ', 7],
            ['Representative of UN Women', 'UN Women', 'INT', 7],
            ['Representative of UNRCCA', 'UNRCCA', 'INT', 7],
          ],
        },
        { title: 'Family photo and coffee break', kind: 'break', min: 15 },
      ]),
      buildPart(idOf, 'Part I: Civil society perspectives on the WPS agenda', [
        {
          title: 'How the WPS agenda is implemented today: national perspectives',
          kind: 'panel',
          min: 50,
          chair: 'Moderator: UN Women',
          notes: 'Civil activists and NGOs from the five countries; each presentation ends with recommendations.',
          speakers: FIVE.map((c, i): SpeakerSeed => [`Civil society representative, ${COUNTRY_ADJECTIVE[c]}`, 'Non-governmental organization', c, 8, i % 2 === 1]),
        },
        {
          title: 'Independent experts: recommendations and proposals',
          kind: 'presentation',
          min: 40,
          chair: 'Moderator: UN Women',
          notes: 'Recommendations presented here form the basis of the Part II debate.',
          speakers: [
            ['Independent gender expert', 'Expert community', 'KG', 8, true],
            ['Independent expert on conflict prevention', 'Expert community', 'TJ', 8],
            ['Independent expert on countering radicalization', 'Expert community', 'UZ', 8, true],
          ],
        },
        { title: 'Lunch', kind: 'break', min: 60, hardStart: '12:30' },
      ]),
      buildPart(idOf, 'Part II: Debate with parliaments, national women\'s machinery and government bodies', [
        {
          title: 'Legislative initiatives for Women, Peace and Security',
          kind: 'debate',
          min: 60,
          hardStart: '13:30',
          chair: 'Chair: Parliament of the Republic of Kazakhstan',
          notes: 'Response to the civil-society recommendations of Part I.',
          speakers: FIVE.map((c, i): SpeakerSeed => [`Member of Parliament, ${COUNTRY_ADJECTIVE[c]}`, 'Parliament', c, 7, i === 3]),
        },
        {
          title: 'National action plans on Resolution 1325: national women\'s machinery, gender experts and government bodies',
          kind: 'debate',
          min: 50,
          chair: "Chair: National Commission on Women's Affairs, Family and Demographic Policy",
          speakers: FIVE.map((c, i): SpeakerSeed => [`Representative of the national women's machinery, ${COUNTRY_ADJECTIVE[c]}`, 'Government body', c, 6, i === 4]),
        },
        { title: 'Coffee break', kind: 'break', min: 10 },
      ]),
      buildPart(idOf, 'Open Day for Peace', [
        {
          title: 'Open Day for Peace: current peace and security issues',
          kind: 'panel',
          min: 60,
          hardStart: '15:30',
          chair: 'Moderator: UN Women',
          notes: 'Open session with the heads of UNRCCA, the OSCE and the EU; questions from the floor and online.',
          speakers: [
            ['Head of UNRCCA', 'UN Regional Centre for Preventive Diplomacy for Central Asia', 'INT', 12],
            ['Head of the OSCE presence', 'OSCE', 'INT', 12],
            ['Head of the EU delegation', 'European Union', 'INT', 12],
          ],
        },
      ]),
      buildPart(idOf, 'Closing', [
        {
          title: 'Outcomes, recommendations and closing',
          kind: 'closing',
          min: 30,
          chair: 'Chair: Parliament of the Republic of Kazakhstan',
          notes: 'Proposals for a Roadmap of Cooperation; mechanisms for civil-society participation in regional platforms.',
          speakers: [
            ['Conference rapporteur', 'Secretariat of the Dialogue', 'INT', 10],
            ['Representative of the Parliament of the Republic of Kazakhstan', 'Parliament of the Republic of Kazakhstan', 'KZ', 10],
          ],
        },
      ]),
    ],
    published: null,
    eventDateKeptOn: null,
    timer: idleTimer(),
    recommendations: emptyBook(),
    settings: defaultSettings(),
  };
}

export function createBlankSession(today: IsoDate): SessionDoc {
  return {
    formatVersion: FORMAT_VERSION,
    event: {
      title: 'New session',
      venue: '',
      date: today,
      timeZone: EXAMPLE_EVENT.timeZone,
      dayStart: '09:00' as TimeOfDay,
      format: 'in-person',
      organizers: [],
      participantZones: [],
    },
    parts: [],
    published: null,
    eventDateKeptOn: null,
    timer: idleTimer(),
    recommendations: emptyBook(),
    settings: defaultSettings(),
  };
}
