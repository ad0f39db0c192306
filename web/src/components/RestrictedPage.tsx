import type { ReactNode } from 'react';
import { Forbidden } from './Forbidden';
import { PageHeader } from './PageHeader';

/**
 * A page only some people may see (organisation admins, platform admins…): its header and
 * content, or, for anyone else, its title and Forbidden.
 */
export function RestrictedPage({
  allowed,
  eyebrow,
  title,
  lead,
  actions,
  children,
}: {
  allowed: boolean;
  eyebrow?: ReactNode;
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  if (!allowed) {
    return (
      <>
        <PageHeader eyebrow={eyebrow} title={title} />
        <Forbidden />
      </>
    );
  }
  return (
    <>
      <PageHeader eyebrow={eyebrow} title={title} lead={lead} actions={actions} />
      {children}
    </>
  );
}
