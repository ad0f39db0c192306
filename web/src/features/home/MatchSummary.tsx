import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listMyRelationships } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { useAllIncomingRequests } from '../../components/use_pending_requests';
import { queryKeys } from '../../lib/query_keys';
import { useAllPages } from '../../lib/use_paged_list';
import { requestSides } from '../requests/request_sides';
import { useSentRequests } from '../requests/sent_requests';

/**
 * "Your matches" and the requests waiting at a glance, linking to their pages, worded for the
 * reader's side: a mentor reads how many requests wait for their answer, a mentee how many of
 * theirs wait for a mentor's. The counts are of every relationship and request, so they read the
 * whole lists (fetchAllPages), not a page.
 */
export function MatchSummary() {
  const { t } = useTranslation();
  const sides = requestSides(useCurrentUser());
  const relationships = useAllPages({ queryKey: queryKeys.myRelationships(), load: listMyRelationships });
  const requests = useAllIncomingRequests(sides.received);
  const sent = useSentRequests(sides.sent);
  const sentWaiting = (sent.data ?? []).filter((r) => r.status === 'pending').length;
  const rel = relationships.data ?? [];
  const active = rel.filter((r) => r.status === 'active').length;
  const proposed = rel.filter((r) => r.status === 'proposed').length;
  const waiting = (requests.data ?? []).filter((r) => r.status === 'pending').length;
  const loading = t('common.loading');
  return (
    <div className="grid grid--2 grid--equal match-summary">
      <section className="card" aria-labelledby="summary-matches-title">
        <h2 id="summary-matches-title" className="section-title">
          {t('home.matchesTitle')}
        </h2>
        <p>
          {relationships.isPending
            ? loading
            : relationships.isError
              ? t('errors.loadTitle')
              : rel.length === 0
                ? t('home.noMatches')
                : t('home.matchesSummary', { active, proposed })}
        </p>
        <Link to="/relationships">{t('home.matchesLink')}</Link>
      </section>
      <section className="card" aria-labelledby="summary-requests-title">
        <h2 id="summary-requests-title" className="section-title">
          {sides.received ? t('home.requestsTitle') : t('requestSides.waitingTitle')}
        </h2>
        {sides.received && (
          <p>
            {requests.isPending
              ? loading
              : requests.isError
                ? t('errors.loadTitle')
                : t('home.requestsSummary', { count: waiting })}
          </p>
        )}
        {sides.sent && (
          <p>
            {sent.isPending
              ? loading
              : sent.isError
                ? t('errors.loadTitle')
                : sentWaiting === 0
                  ? t('requestSides.noneWaiting')
                  : t('requestSides.waiting', { count: sentWaiting })}
          </p>
        )}
        <Link to="/requests">{t('home.requestsLink')}</Link>
      </section>
    </div>
  );
}
