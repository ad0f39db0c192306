import type { Notification, Page } from '../api_types';
import { API_BASE, api, seg } from './client';
import { pageQuery, type PageParams } from './paging';

// The signed-in person's in-app notifications.
export const listNotifications = (page: PageParams = {}) =>
  api.get<Page<Notification>>(`${API_BASE}/me/notifications`, pageQuery(page));
export const markNotificationRead = (id: string) => api.post<void>(`${API_BASE}/me/notifications/${seg(id)}/read`);
