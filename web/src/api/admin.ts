import type { MailStatus, Outbox } from '../api_types';
import { API_BASE, api } from './client';

/** Platform admin; newest first. Bodies only in development mail mode. */
export const listOutbox = () => api.get<Outbox>(`${API_BASE}/admin/outbox`);

/** Anyone: whether this server delivers mail. */
export const getMailStatus = () => api.get<MailStatus>(`${API_BASE}/mail/status`);
