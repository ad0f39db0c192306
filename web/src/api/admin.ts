import type { MailStatus, Outbox } from '../api_types';
import { API_BASE, api } from './client';
import { pageQuery, type PageParams } from './paging';

/** Platform admin; newest first. Bodies only in development mail mode. */
export const listOutbox = (page: PageParams = {}) => api.get<Outbox>(`${API_BASE}/admin/outbox`, pageQuery(page));

/** Anyone: whether this server delivers mail. */
export const getMailStatus = () => api.get<MailStatus>(`${API_BASE}/mail/status`);
