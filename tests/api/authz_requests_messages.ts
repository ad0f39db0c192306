// The authorisation matrix's requests for the messaging operations, beside authz_requests.ts
// (merged into one table by authz_matrix.test.ts).

import type { Call, OrgWorld, World } from './authz_world';
import type { Caller } from './authz_table';

type Build = (w: World, o: OrgWorld, caller: Caller, fresh: boolean) => Promise<Call>;

const org = (o: OrgWorld, extra: Record<string, string> = {}) => ({ org: o.org.id, ...extra });
const sync = (c: Call) => Promise.resolve(c);
const rel = (o: OrgWorld, extra: Record<string, string> = {}) => org(o, { relationship: o.relationshipId, ...extra });
const noMessage = (o: OrgWorld) => rel(o, { message: 'authz-no-such-message' });

export function messageRequests(freshRelationship: (o: OrgWorld) => Promise<string>): Record<string, Build> {
  return {
    getThread: (_w, o) => sync({ params: rel(o) }),
    listMessages: (_w, o) => sync({ params: rel(o) }),
    sendMessage: (_w, o) => sync({ params: rel(o), body: { body: 'Authz hello' } }),
    getMessage: (_w, o) => sync({ params: noMessage(o) }),
    markThreadRead: (_w, o) => sync({ params: rel(o), body: { message_id: 'authz-no-such-message' } }),
    resolveMessageFlag: (_w, o) => sync({ params: noMessage(o), body: { note: 'Authz' } }),
    fileReport: (_w, o) => sync({ params: rel(o), body: { kind: 'concern', reason: 'other', text: 'Authz' } }),
    // Pausing consumes the match: the allowed caller presses it on a fresh one.
    feelUnsafe: async (_w, o, _c, fresh) => ({
      params: org(o, { relationship: fresh ? await freshRelationship(o) : o.relationshipId }),
      body: { text: 'Authz' },
    }),
    listFlaggedMessages: (_w, o) => sync({ params: org(o) }),
    listSafetyReports: (_w, o) => sync({ params: org(o) }),
    resolveSafetyReport: (_w, o) => sync({ params: org(o, { id: 'authz-no-such-report' }), body: { note: 'Authz' } }),
    getWatchWords: (_w, o) => sync({ params: org(o, { id: o.program.id }) }),
    saveWatchWords: (_w, o) => sync({ params: org(o, { id: o.program.id }), body: { words: ['authz'] } }),
    getMyUnread: () => sync({ params: {} }),
    streamMyEvents: () => sync({ params: {} }),
  };
}

