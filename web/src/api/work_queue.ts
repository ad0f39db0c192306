import type { WorkQueue } from '../api_types';
import { api } from './client';
import { orgPath } from './organisations';

/** Coordinators and org admins: per draft or open program, the counts of what waits for them. */
export const getWorkQueue = (org: string) => api.get<WorkQueue>(`${orgPath(org)}/work-queue`);
