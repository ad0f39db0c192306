import type { HealthStatus } from '../api_types';
import { API_BASE, api } from './client';

export const getHealth = () => api.get<HealthStatus>('/healthz');
export const getReadiness = () => api.get<HealthStatus>('/readyz');
/** The OpenAPI document as YAML text. */
export const getOpenApiSpec = () => api.get<string>(`${API_BASE}/openapi.yaml`);
