import { Button, Switch } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Enrollment, EnrollmentPatch } from '../../api_types';
import { approveEnrollment, declineEnrollment, endEnrollment, patchEnrollment } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { InlineError } from '../../components/ErrorAlert';
import { Badge, StatusBadge } from '../../components/StatusBadge';
import { formatDay } from '../../lib/format';
import { ParticipantProfileDialog } from './ParticipantProfileDialog';
import { CohortLabelsDialog, cohortText } from './CohortLabelsDialog';
import { queryKeys } from '../../lib/query_keys';

type Action =
  | { kind: 'approve' }
  | { kind: 'decline' }
  | { kind: 'end' }
  | { kind: 'patch'; patch: EnrollmentPatch };

export function ParticipantRow({
  org,
  enrollment: e,
  selected,
  onSelect,
}: {
  org: string;
  enrollment: Enrollment;
  /** The row is chosen for a bulk action (ParticipantBulkBar). */
  selected: boolean;
  onSelect: (selected: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();

  const mutation = useMutation({
    mutationFn: (action: Action) =>
      action.kind === 'approve'
        ? approveEnrollment(org, e.program_id, e.id)
        : action.kind === 'decline'
          ? declineEnrollment(org, e.program_id, e.id)
          : action.kind === 'end'
            ? endEnrollment(org, e.program_id, e.id)
            : patchEnrollment(org, e.program_id, e.id, action.patch),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.enrollmentsOf(org, e.program_id) });
      void client.invalidateQueries({ queryKey: queryKeys.program(org, e.program_id) });
      void client.invalidateQueries({ queryKey: queryKeys.programs(org) });
    },
  });

  const busy = mutation.isPending;
  const who = e.person_name;

  return (
    <tr>
      <td data-label={t('participantsBulk.select')}>
        <CheckboxField
          label={<span className="visually-hidden">{t('participantsBulk.selectName', { name: who })}</span>}
          isSelected={selected}
          onChange={onSelect}
        />
      </td>
      <td data-label={t('participants.person')}>
        <span className="cell-title">{e.person_name}</span>
        <span className="cell-sub">{e.person_email}</span>
        {e.home_organisation_name && <span className="cell-sub">{e.home_organisation_name}</span>}
        {e.message && <q className="cell-quote">{e.message}</q>}
        {(e.grade || e.group) && <span className="cell-sub">{cohortText(t, e)}</span>}
        <div className="button-row">
          <ParticipantProfileDialog org={org} enrollment={e} />
          <CohortLabelsDialog org={org} enrollment={e} />
        </div>
      </td>
      <td data-label={t('participants.role')}>
        {t(`roles.${e.role}`)}
        <span className="cell-sub cell-nowrap">
          {t(`sources.${e.source}`)} · {formatDay(e.created_at, i18n.language)}
        </span>
      </td>
      <td data-label={t('participants.status')}>
        <StatusBadge kind="enrollment" status={e.status} />
      </td>
      <td data-label={t('participants.checks')}>
        <div className="switch-stack">
          {e.role === 'mentor' && (
            <>
              <Switch
                className="switch"
                isSelected={e.screening_cleared}
                isDisabled={busy}
                onChange={(v) => mutation.mutate({ kind: 'patch', patch: { screening_cleared: v } })}
                aria-label={t('participants.screeningFor', { name: who })}
              >
                <span className="switch__track" aria-hidden="true">
                  <span className="switch__thumb" />
                </span>
                <span aria-hidden="true">{t('participants.screening')}</span>
              </Switch>
              <Switch
                className="switch"
                isSelected={e.training_complete}
                isDisabled={busy}
                onChange={(v) => mutation.mutate({ kind: 'patch', patch: { training_complete: v } })}
                aria-label={t('participants.trainingFor', { name: who })}
              >
                <span className="switch__track" aria-hidden="true">
                  <span className="switch__thumb" />
                </span>
                <span aria-hidden="true">{t('participants.training')}</span>
              </Switch>
            </>
          )}
          <Switch
            className="switch"
            isSelected={e.minor_marked}
            isDisabled={busy}
            onChange={(v) => mutation.mutate({ kind: 'patch', patch: { minor_marked: v } })}
            aria-label={t('participants.minorFor', { name: who })}
          >
            <span className="switch__track" aria-hidden="true">
              <span className="switch__thumb" />
            </span>
            <span aria-hidden="true">{t('participants.minor')}</span>
          </Switch>
          {e.self_declared_minor && <span className="cell-sub">{t('participants.selfDeclaredMinor')}</span>}
          {e.protected && <Badge tone="warning">{t('participants.protected')}</Badge>}
        </div>
      </td>
      <td data-label={t('participants.actions')}>
        {e.status === 'pending' ? (
          <div className="button-row">
            <Button
              className="button button--primary button--small"
              isDisabled={busy}
              onPress={() => mutation.mutate({ kind: 'approve' })}
              aria-label={t('participants.approveName', { name: who })}
            >
              {t('participants.approve')}
            </Button>
            <Button
              className="button button--danger button--small"
              isDisabled={busy}
              onPress={() => mutation.mutate({ kind: 'decline' })}
              aria-label={t('participants.declineName', { name: who })}
            >
              {t('participants.decline')}
            </Button>
          </div>
        ) : e.status === 'active' ? (
          <ConfirmButton
            label={t('participants.end')}
            accessibleLabel={t('participants.endName', { name: who })}
            title={t('participants.endTitle', { name: who })}
            body={t('participants.endBody', { name: who })}
            confirmLabel={t('participants.end')}
            isPending={busy}
            onConfirm={() => mutation.mutate({ kind: 'end' })}
          />
        ) : (
          <span className="muted">—</span>
        )}
        <InlineError error={mutation.error} />
      </td>
    </tr>
  );
}
