import type { OutboxMessage } from '../api_types';
import { API_BASE, api } from './client';

/** Platform admin; newest first. */
export const listOutbox = () => api.get<OutboxMessage[]>(`${API_BASE}/admin/outbox`);
