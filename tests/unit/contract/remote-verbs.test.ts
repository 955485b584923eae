/** The remote verbs carry the chair's off-day choice (issue 14) and refuse anything else, by HTTP query and by OSC argument. */
import { describe, expect, it } from 'vitest';
import { OSC_VERBS, REST_ROUTES } from '../../../shared/contract/remote';

const ID = '0b6f0f4e-3c2a-4f7e-9a51-1d2c3b4a5e6f';
const live = REST_ROUTES.find((r) => r.path === '/api/v1/segments/{id}/live')!;

describe('Go live from a remote', () => {
  it('sends no off-day choice unless one is given, and the given one as is', () => {
    expect(live.call({ id: ID, query: live.query!.parse({}), body: undefined }).args).toEqual({ command: { type: 'segment.setStatus', segmentId: ID, status: 'live' } });
    expect(live.call({ id: ID, query: live.query!.parse({ offDay: 'keepEventDate' }), body: undefined }).args).toMatchObject({ command: { offDay: 'keepEventDate' } });
    expect(OSC_VERBS['/moderator/segment/live']!([ID, 'moveToToday']).args).toMatchObject({ command: { offDay: 'moveToToday' } });
  });

  it('refuses another choice with what it must be', () => {
    expect(live.query!.safeParse({ offDay: '__proto__' }).error?.issues[0]?.message).toBe('must be keepEventDate or moveToToday');
    expect(() => OSC_VERBS['/moderator/segment/live']!([ID, 'tomorrow'])).toThrow('must be keepEventDate or moveToToday');
  });
});
