import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  addPlanGoal,
  deletePlanGoal,
  getPlan,
  goalUpdate,
  updatePlanGoal,
  type PlanGoal,
  type PlanMilestone,
  type PlanSide,
  type PlanStatus,
} from '../../api';
import type { Relationship } from '../../api_types';
import { InlineError } from '../../components/ErrorAlert';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { queryKeys } from '../../lib/query_keys';

const MAX_TITLE = 200;
const STATUSES: readonly PlanStatus[] = ['not_started', 'in_progress', 'done', 'dropped'];
const SIDES: readonly PlanSide[] = ['mentee', 'mentor'];

/**
 * A relationship's engagement plan: its progress, the goals with their milestones (owner, due
 * date, status), and for the pair the means to add, complete, change and delete them. Each
 * write names the goal's version; a stale one comes back as an error to reload.
 */
export function RelationshipPlanPanel({ relationship: r }: { relationship: Relationship }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = queryKeys.relationshipPlan(r.organisation_id, r.id);
  const query = useQuery({ queryKey: key, queryFn: () => getPlan(r.organisation_id, r.id) });
  const refresh = () => void client.invalidateQueries({ queryKey: key });
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<PlanSide>('mentee');
  const add = useMutation({
    mutationFn: () =>
      addPlanGoal(r.organisation_id, r.id, { title, description: '', owner, due_date: null, status: 'not_started', milestones: [] }),
    onSuccess: () => {
      setTitle('');
      refresh();
    },
  });
  const plan = query.data;
  if (!plan) return null;
  const { done, total } = plan.progress;
  return (
    <section className="plan-panel" aria-label={t('plans.panelLabel')}>
      <h3 className="subsection-title">{t('plans.panelLabel')}</h3>
      <p role="status" aria-label={t('plans.progressLabel')}>
        {total === 0 ? t('plans.noMilestones') : t('plans.progress', { done, total })}
      </p>
      {total > 0 && <progress className="plan-progress" max={total} value={done} aria-label={t('plans.progressLabel')} />}
      {!plan.can_edit && plan.viewer_side !== null && <p className="muted">{t('plans.readOnly')}</p>}
      {plan.goals.length === 0 && <p className="muted">{t('plans.empty')}</p>}
      <ul className="plain-list" aria-label={t('plans.goalsLabel')}>
        {plan.goals.map((g) => (
          <GoalItem key={g.id} relationship={r} goal={g} canEdit={plan.can_edit} onChanged={refresh} />
        ))}
      </ul>
      {plan.can_edit && (
        <form
          className="form form--inline"
          aria-label={t('plans.addGoal')}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <TextInputField label={t('plans.goalTitle')} value={title} onChange={setTitle} maxLength={MAX_TITLE} />
          <SelectField
            label={t('plans.owner')}
            value={owner}
            onChange={(v) => setOwner(v as PlanSide)}
            options={SIDES.map((s) => ({ value: s, label: t(`plans.sides.${s}`) }))}
          />
          <InlineError error={add.error} />
          <Button type="submit" className="button button--secondary button--small" isDisabled={add.isPending || title.trim() === ''}>
            {t('plans.addGoal')}
          </Button>
        </form>
      )}
    </section>
  );
}

function GoalItem({
  relationship: r,
  goal: g,
  canEdit,
  onChanged,
}: {
  relationship: Relationship;
  goal: PlanGoal;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [milestone, setMilestone] = useState('');
  const write = useMutation({
    mutationFn: (milestones: PlanMilestone[] | { status: PlanStatus }) =>
      updatePlanGoal(
        r.organisation_id,
        r.id,
        g.id,
        Array.isArray(milestones) ? goalUpdate(g, { milestones }) : goalUpdate(g, milestones),
      ),
    onSuccess: () => {
      setMilestone('');
      onChanged();
    },
    onError: onChanged,
  });
  const remove = useMutation({ mutationFn: () => deletePlanGoal(r.organisation_id, r.id, g.id, g.version), onSuccess: onChanged });
  const setDone = (m: PlanMilestone, isDone: boolean) =>
    write.mutate(g.milestones.map((x) => (x.id === m.id ? { ...x, status: isDone ? 'done' : 'in_progress' } : x)));
  const dueLine = (owner: PlanSide, due: string | null) =>
    due ? t('plans.ownerDue', { owner: t(`plans.sides.${owner}`), date: due }) : t(`plans.sides.${owner}`);
  return (
    <li className="plan-goal">
      <div className="plan-goal__head">
        <strong>{g.title}</strong>{' '}
        <span className="muted">
          {dueLine(g.owner, g.due_date)} · {t('plans.progress', { done: g.progress.done, total: g.progress.total })}
        </span>
      </div>
      {g.description && <p>{g.description}</p>}
      {canEdit ? (
        <SelectField
          label={t('plans.goalStatus', { title: g.title })}
          value={g.status}
          onChange={(v) => write.mutate({ status: v as PlanStatus })}
          options={STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
        />
      ) : (
        <p>{t(`plans.statuses.${g.status}`)}</p>
      )}
      <ul className="plain-list" aria-label={t('plans.milestonesOf', { title: g.title })}>
        {g.milestones.map((m) => (
          <li key={m.id}>
            {canEdit ? (
              <CheckboxField
                label={m.title}
                isSelected={m.status === 'done'}
                isDisabled={write.isPending || m.status === 'dropped'}
                onChange={(v) => setDone(m, v)}
                description={dueLine(m.owner, m.due_date)}
              />
            ) : (
              <span>
                {m.title} · {t(`plans.statuses.${m.status}`)} · {dueLine(m.owner, m.due_date)}
              </span>
            )}
          </li>
        ))}
      </ul>
      <InlineError error={write.error ?? remove.error} />
      {canEdit && (
        <div className="plan-goal__actions">
          <form
            className="form form--inline"
            aria-label={t('plans.addMilestoneTo', { title: g.title })}
            onSubmit={(e) => {
              e.preventDefault();
              // A milestone without an id is new: the server gives it one.
              write.mutate([
                ...g.milestones,
                { id: '', title: milestone, description: '', owner: g.owner, due_date: null, status: 'not_started' },
              ]);
            }}
          >
            <TextInputField label={t('plans.milestoneTitle')} value={milestone} onChange={setMilestone} maxLength={MAX_TITLE} />
            <Button type="submit" className="button button--secondary button--small" isDisabled={write.isPending || milestone.trim() === ''}>
              {t('plans.addMilestone')}
            </Button>
          </form>
          <Button className="button button--danger button--small" isDisabled={remove.isPending} onPress={() => remove.mutate()}>
            {t('plans.deleteGoal', { title: g.title })}
          </Button>
        </div>
      )}
    </li>
  );
}
