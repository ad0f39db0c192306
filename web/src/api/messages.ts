import type { components } from './schema.gen';
import type { Page } from '../api_types';
import { API_BASE, api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

type Schemas = components['schemas'];

export type Message = Schemas['Message'];
export type Thread = Schemas['Thread'];
export type FlaggedMessage = Schemas['FlaggedMessage'];
export type SafetyReport = Schemas['SafetyReport'];
export type ReportInput = Schemas['ReportInput'];
export type UnreadSummary = Schemas['UnreadSummary'];
export type FlagReason = Schemas['MessageFlag']['reasons'][number];

const relPath = (org: string, relationship: string) => `${orgPath(org)}/relationships/${seg(relationship)}`;

/** The thread as the caller sees it: may they write, report, review; `overseen` in youth programs. */
export const getThread = (org: string, relationship: string) => api.get<Thread>(`${relPath(org, relationship)}/thread`);

/** The thread's messages, newest first. */
export const listMessages = (org: string, relationship: string, page: PageParams = {}) =>
  api.get<Page<Message>>(`${relPath(org, relationship)}/messages`, pageQuery(page));

export const sendMessage = (org: string, relationship: string, body: string) =>
  api.post<Message>(`${relPath(org, relationship)}/messages`, { body });

/** The pair: the thread is read up to this message (the marker never moves back). */
export const markThreadRead = (org: string, relationship: string, messageId: string) =>
  api.post<Thread>(`${relPath(org, relationship)}/thread/read`, { message_id: messageId });

export const reportInThread = (org: string, relationship: string, input: ReportInput) =>
  api.post<SafetyReport>(`${relPath(org, relationship)}/reports`, input);

/** The mentee's "I feel unsafe": contact pauses at once and the coordinators are alerted. */
export const feelUnsafe = (org: string, relationship: string, text: string) =>
  api.post<SafetyReport>(`${relPath(org, relationship)}/unsafe`, { text });

export const getMyUnread = () => api.get<UnreadSummary>(`${API_BASE}/me/unread`);

/** Coordinators: flagged messages of youth programs and open reports. */
export const listFlaggedMessages = (org: string, page: PageParams = {}) =>
  api.get<Page<FlaggedMessage>>(`${orgPath(org)}/flagged-messages`, pageQuery(page));
export const resolveMessageFlag = (org: string, relationship: string, message: string, note: string) =>
  api.post<Message>(`${relPath(org, relationship)}/messages/${seg(message)}/resolve-flag`, { note });
export const listSafetyReports = (org: string, page: PageParams = {}) =>
  api.get<Page<SafetyReport>>(`${orgPath(org)}/safety-reports`, pageQuery(page));
export const resolveSafetyReport = (org: string, report: string, note: string) =>
  api.post<SafetyReport>(`${orgPath(org)}/safety-reports/${seg(report)}/resolve`, { note });

export const getWatchWords = (org: string, program: string) =>
  api.get<Schemas['WatchWords']>(`${orgPath(org)}/programs/${seg(program)}/watch-words`);
export const saveWatchWords = (org: string, program: string, words: string[]) =>
  api.put<Schemas['WatchWords']>(`${orgPath(org)}/programs/${seg(program)}/watch-words`, { words });
