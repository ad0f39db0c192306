import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api_types';
import { allRoles, firstAdminOrganisation, firstOrganisation } from '../../lib/roles';

interface QuickLink {
  to: string;
  title: string;
  text: string;
}

/** Shortcuts chosen by the roles the user holds anywhere. */
function linksFor(user: Me, t: (key: string) => string): QuickLink[] {
  const roles = allRoles(user);
  const org = firstOrganisation(user);
  const managerOrg = user.memberships.find((m) => m.roles.some((r) => r === 'coordinator' || r === 'org_admin'));
  const adminOrg = firstAdminOrganisation(user);
  const links: QuickLink[] = [];
  const enc = encodeURIComponent;

  if (managerOrg) {
    const o = enc(managerOrg.organisation_id);
    links.push({ to: `/orgs/${o}/programs/new`, title: t('quick.newProgram'), text: t('quick.newProgramText') });
    links.push({ to: `/orgs/${o}/programs`, title: t('quick.managePrograms'), text: t('quick.manageProgramsText') });
  }
  if (adminOrg) {
    links.push({ to: `/orgs/${enc(adminOrg)}/members`, title: t('quick.members'), text: t('quick.membersText') });
    links.push({ to: `/orgs/${enc(adminOrg)}/audit`, title: t('quick.audit'), text: t('quick.auditText') });
  }
  if (roles.includes('mentor')) {
    links.push({ to: '/profile', title: t('quick.mentorProfile'), text: t('quick.mentorProfileText') });
  }
  if (roles.includes('mentee')) {
    links.push({ to: '/profile', title: t('quick.menteeProfile'), text: t('quick.menteeProfileText') });
  }
  if (org && !managerOrg && (roles.includes('mentor') || roles.includes('mentee'))) {
    links.push({ to: `/orgs/${enc(org)}/programs`, title: t('quick.browsePrograms'), text: t('quick.browseProgramsText') });
  }
  if (user.is_platform_admin) {
    links.push({ to: '/admin/organisations', title: t('quick.organisations'), text: t('quick.organisationsText') });
    links.push({ to: '/admin/outbox', title: t('quick.outbox'), text: t('quick.outboxText') });
  }
  if (links.length === 0) {
    links.push({ to: '/profile', title: t('quick.profile'), text: t('quick.profileText') });
  }
  // The same destination once only (a mentor who is also a mentee).
  return links.filter((l, i) => links.findIndex((o) => o.to === l.to) === i);
}

export function QuickLinks({ user }: { user: Me }) {
  const { t } = useTranslation();
  const links = linksFor(user, t);
  return (
    <nav className="quick-links" aria-label={t('quick.title')}>
      <ul className="grid grid--auto">
        {links.map((l) => (
          <li key={l.to + l.title}>
            <Link className="quick-link card card--link" to={l.to}>
              <span className="quick-link__title">{l.title}</span>
              <span className="quick-link__text">{l.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
