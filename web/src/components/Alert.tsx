import type { ReactNode } from 'react';

type Tone = 'success' | 'error' | 'info' | 'warning';

/** Errors interrupt (role=alert); other tones are announced politely (role=status). */
export function Alert({ tone, title, children }: { tone: Tone; title?: string; children?: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}
