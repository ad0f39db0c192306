import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { acceptAgreement, getRelationshipAgreement, sendGuardianLink } from '../../api';
import type { Relationship } from '../../api_types';
import { InlineError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';

/**
 * A relationship's agreement: its text, who has accepted the current version (and when), and an
 * Accept button for the viewer's own side, as a titled region like the plan and the meetings. Nothing when the program has no agreement.
 */
export function RelationshipAgreementPanel({ relationship: r, staff = false }: { relationship: Relationship; staff?: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const key = queryKeys.relationshipAgreement(r.organisation_id, r.id);
  const query = useQuery({ queryKey: key, queryFn: () => getRelationshipAgreement(r.organisation_id, r.id) });
  const done = () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: queryKeys.myRelationships() });
  };
  const accept = useMutation({
    mutationFn: (version: number) => acceptAgreement(r.organisation_id, r.id, version),
    onSuccess: done,
  });
  const resend = useMutation({ mutationFn: () => sendGuardianLink(r.organisation_id, r.id), onSuccess: done });
  const a = query.data;
  if (!a?.current) return null;
  const current = a.current;
  const accepted = a.acceptances.filter((x) => x.version === current.version);
  const mine = a.viewer_party;
  const canAccept = mine !== null && a.pending_parties.includes(mine);
  return (
    <section className="agreement-panel" aria-label={t('agreements.panelLabel')}>
      <h3 className="subsection-title">{t('agreements.panelLabel')}</h3>
      {a.needs_reacceptance && <p className="muted">{t('agreements.needsReacceptance')}</p>}
      {a.relationship_status === 'awaiting_agreement' && <p>{t('agreements.awaitingHelp')}</p>}
      <details className="disclosure">
        <summary>{t('agreements.read', { version: current.version })}</summary>
        <p className="agreement-text">{current.text}</p>
      </details>
      <ul className="plain-list" aria-label={t('agreements.whoAccepted')}>
        {a.required_parties.map((party) => {
          const when = accepted.find((x) => x.party === party);
          return (
            <li key={party}>
              {when
                ? t('agreements.acceptedBy', {
                    party: t(`agreements.parties.${party}`),
                    date: formatDateTime(when.accepted_at, i18n.language),
                  })
                : t('agreements.pendingFor', { party: t(`agreements.parties.${party}`) })}
            </li>
          );
        })}
      </ul>
      <InlineError error={accept.error ?? resend.error} />
      {canAccept && (
        <Button
          className="button button--primary button--small"
          isDisabled={accept.isPending}
          onPress={() => accept.mutate(current.version)}
        >
          {t('agreements.accept', { version: current.version })}
        </Button>
      )}
      {staff && a.pending_parties.includes('guardian') && (
        <Button className="button button--secondary button--small" isDisabled={resend.isPending} onPress={() => resend.mutate()}>
          {t('agreements.resend')}
        </Button>
      )}
      {resend.isSuccess && <p role="status">{t('agreements.resent')}</p>}
    </section>
  );
}
