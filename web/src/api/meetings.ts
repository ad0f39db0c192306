import type { components } from './schema.gen';
import type { Page } from '../api_types';
import { API_BASE, api, buildUrl, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

type Schemas = components['schemas'];

export type Meeting = Schemas['Meeting'];
export type MeetingInput = Schemas['MeetingInput'];
export type MeetingMode = Meeting['mode'];
export type MeetingStatus = Meeting['status'];
export type CalendarFeedStatus = Schemas['CalendarFeedStatus'];
export type NewCalendarFeed = Schemas['NewCalendarFeed'];

const meetingsPath = (org: string, relationship: string) => `${orgPath(org)}/relationships/${seg(relationship)}/meetings`;
const meetingPath = (org: string, relationship: string, meeting: string) =>
  `${meetingsPath(org, relationship)}/${seg(meeting)}`;

/** The pair and their coordinator: the relationship's meetings, latest start first. */
export const listMeetings = (org: string, relationship: string, page: PageParams = {}) =>
  api.get<Page<Meeting>>(meetingsPath(org, relationship), pageQuery(page));

/** The mentee or the mentor: propose a meeting; the other side answers it. */
export const proposeMeeting = (org: string, relationship: string, input: MeetingInput) =>
  api.post<Meeting>(meetingsPath(org, relationship), input);

/** The side that did not propose the time: accept or decline it. */
export const answerMeeting = (org: string, relationship: string, meeting: string, accept: boolean) =>
  api.post<Meeting>(`${meetingPath(org, relationship, meeting)}/${accept ? 'accept' : 'decline'}`);

/** Either side: a new time (back to proposed, for the other side to answer). */
export const rescheduleMeeting = (org: string, relationship: string, meeting: string, input: MeetingInput) =>
  api.post<Meeting>(`${meetingPath(org, relationship, meeting)}/reschedule`, input);

export const cancelMeeting = (org: string, relationship: string, meeting: string) =>
  api.post<Meeting>(`${meetingPath(org, relationship, meeting)}/cancel`);

/** Either side, after its start: log it as held with shared notes (again: edit them). */
export const logMeetingHeld = (org: string, relationship: string, meeting: string, sharedNotes: string) =>
  api.post<Meeting>(`${meetingPath(org, relationship, meeting)}/held`, { shared_notes: sharedNotes });

/** The caller's own private notes on a meeting. */
export const getMyMeetingNote = (org: string, relationship: string, meeting: string) =>
  api.get<{ text: string }>(`${meetingPath(org, relationship, meeting)}/private-note`);

export const saveMyMeetingNote = (org: string, relationship: string, meeting: string, text: string) =>
  api.put<{ text: string }>(`${meetingPath(org, relationship, meeting)}/private-note`, { text });

/** Where "Add to calendar" downloads the meeting's .ics from. */
export const meetingIcsUrl = (org: string, relationship: string, meeting: string) =>
  buildUrl(`${meetingPath(org, relationship, meeting)}/ics`);

/** The caller's calendar feed: whether one exists; create (or rotate) it; revoke it. */
export const getMyCalendarFeed = () => api.get<CalendarFeedStatus>(`${API_BASE}/me/calendar-feed`);
export const createMyCalendarFeed = () => api.post<NewCalendarFeed>(`${API_BASE}/me/calendar-feed`);
export const revokeMyCalendarFeed = () => api.delete(`${API_BASE}/me/calendar-feed`);
