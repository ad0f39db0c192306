import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusStyle, type BadgeTone, type StatusKind, type StatusOf } from '../lib/statuses';

/** A small label in a tone: a status, or a flag such as "Locked" or "Requested". */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/** The status of a record of a kind (lib/statuses.ts holds each status's tone and words). */
export function StatusBadge<K extends StatusKind>({ kind, status }: { kind: K; status: StatusOf[K] }) {
  const { t } = useTranslation();
  const style = statusStyle(kind, status);
  return <Badge tone={style.tone}>{t(style.key)}</Badge>;
}
