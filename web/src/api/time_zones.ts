import type { TimeZoneList } from '../api_types';
import { API_BASE, api } from './client';

/** The time zone names a profile may hold (the server's tz database). */
export const listTimeZones = () => api.get<TimeZoneList>(`${API_BASE}/time-zones`);
