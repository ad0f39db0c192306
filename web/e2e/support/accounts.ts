/** Demo accounts from `tandem seed` (api/CONTRACT.md). */
export const DEMO_PASSWORD = 'tandem-demo-2026';

export const ACCOUNTS = {
  platformAdmin: 'admin@tandem.example',
  schoolAdmin: 'admin@lincoln-high.example',
  schoolCoordinator: 'coordinator@lincoln-high.example',
  companyAdmin: 'admin@northwind.example',
  companyCoordinator: 'coordinator@northwind.example',
  /** Used only by the rate-limit journey, which locks it for 15 minutes. */
  rateLimited: 'student001@lincoln-high.example',
} as const;

/** Unique per run, so journeys can be repeated against the same database. */
export const RUN_ID = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
