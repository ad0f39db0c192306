import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getPlanTemplate, savePlanTemplate, type PlanSide, type PlanTemplateGoal } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { QueryStates } from '../../components/QueryStates';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { queryKeys } from '../../lib/query_keys';

const MAX_TITLE = 200;
const SIDES: readonly PlanSide[] = ['mentee', 'mentor'];

/**
 * Coordinators: the program's plan template — goals with milestones due N weeks after a
 * relationship starts — which every relationship created afterwards receives.
 */
export function ProgramPlanTemplateSection({ org, programId }: { org: string; programId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = queryKeys.planTemplate(org, programId);
  const query = useQuery({ queryKey: key, queryFn: () => getPlanTemplate(org, programId) });
  const [goals, setGoals] = useState<PlanTemplateGoal[]>([]);
  const [timeZone, setTimeZone] = useState('UTC');
  const loaded = query.data;
  useEffect(() => {
    if (!loaded) return;
    setGoals(loaded.goals);
    setTimeZone(loaded.time_zone);
  }, [loaded]);
  const save = useMutation({
    mutationFn: () => savePlanTemplate(org, programId, { time_zone: timeZone, version: loaded?.version ?? 0, goals }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
  const [goalTitle, setGoalTitle] = useState('');
  const [goalWeek, setGoalWeek] = useState('4');
  const [goalOwner, setGoalOwner] = useState<PlanSide>('mentee');
  const week = (s: string) => Math.max(0, Math.min(520, Math.floor(Number(s) || 0)));
  const patchGoal = (i: number, change: (g: PlanTemplateGoal) => PlanTemplateGoal) =>
    setGoals((gs) => gs.map((g, j) => (j === i ? change(g) : g)));
  return (
    <section className="card" aria-labelledby="plan-template-title">
      <h2 id="plan-template-title" className="section-title">
        {t('plans.templateTitle')}
      </h2>
      <p className="muted">{t('plans.templateLead')}</p>
      <QueryStates query={query} isEmpty={false} emptyTitle="">
        {goals.length === 0 && <p className="muted">{t('plans.templateEmpty')}</p>}
        <ol className="stack-list" aria-label={t('plans.templateGoals')}>
          {goals.map((g, i) => (
            <TemplateGoalItem
              key={i}
              goal={g}
              onChange={(change) => patchGoal(i, change)}
              onRemove={() => setGoals((gs) => gs.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
        <form
          className="form form--inline"
          aria-label={t('plans.addTemplateGoal')}
          onSubmit={(e) => {
            e.preventDefault();
            setGoals((gs) => [...gs, { title: goalTitle, description: '', owner: goalOwner, due_week: week(goalWeek), milestones: [] }]);
            setGoalTitle('');
          }}
        >
          <TextInputField label={t('plans.goalTitle')} value={goalTitle} onChange={setGoalTitle} maxLength={MAX_TITLE} />
          <NativeInputField label={t('plans.dueWeek')} type="number" min={0} max={520} value={goalWeek} onChange={setGoalWeek} />
          <SelectField
            label={t('plans.owner')}
            value={goalOwner}
            onChange={(v) => setGoalOwner(v as PlanSide)}
            options={SIDES.map((s) => ({ value: s, label: t(`plans.sides.${s}`) }))}
          />
          <Button type="submit" className="button button--secondary button--small" isDisabled={goalTitle.trim() === ''}>
            {t('plans.addTemplateGoal')}
          </Button>
        </form>
        <form
          className="form"
          aria-label={t('plans.saveTemplate')}
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <TextInputField label={t('plans.timeZone')} value={timeZone} onChange={setTimeZone} maxLength={100} />
          <InlineError error={save.error} />
          {save.isSuccess && <p role="status">{t('plans.templateSaved')}</p>}
          <Button type="submit" className="button button--primary" isDisabled={save.isPending}>
            {t('plans.saveTemplate')}
          </Button>
        </form>
      </QueryStates>
    </section>
  );
}

function TemplateGoalItem({
  goal: g,
  onChange,
  onRemove,
}: {
  goal: PlanTemplateGoal;
  onChange: (change: (g: PlanTemplateGoal) => PlanTemplateGoal) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [week, setWeek] = useState(String(g.due_week));
  return (
    <li className="stack-list__item">
      <div className="stack-list__main">
        <strong>{g.title}</strong>
        <span className="muted">{t('plans.weekOwner', { week: g.due_week, owner: t(`plans.sides.${g.owner}`) })}</span>
        <ul className="plain-list" aria-label={t('plans.milestonesOf', { title: g.title })}>
          {g.milestones.map((m, j) => (
            <li key={j}>
              {m.title} · {t('plans.weekOwner', { week: m.due_week, owner: t(`plans.sides.${m.owner}`) })}{' '}
              <Button
                className="button button--link button--small"
                onPress={() => onChange((x) => ({ ...x, milestones: x.milestones.filter((_, k) => k !== j) }))}
              >
                {t('plans.removeMilestone', { title: m.title })}
              </Button>
            </li>
          ))}
        </ul>
        <form
          className="form form--inline"
          aria-label={t('plans.addMilestoneTo', { title: g.title })}
          onSubmit={(e) => {
            e.preventDefault();
            const due = Math.max(0, Math.min(520, Math.floor(Number(week) || 0)));
            onChange((x) => ({ ...x, milestones: [...x.milestones, { title, description: '', owner: x.owner, due_week: due }] }));
            setTitle('');
          }}
        >
          <TextInputField label={t('plans.milestoneTitle')} value={title} onChange={setTitle} maxLength={MAX_TITLE} />
          <NativeInputField label={t('plans.dueWeek')} type="number" min={0} max={520} value={week} onChange={setWeek} />
          <Button type="submit" className="button button--secondary button--small" isDisabled={title.trim() === ''}>
            {t('plans.addMilestone')}
          </Button>
        </form>
      </div>
      <div className="stack-list__actions">
        <Button className="button button--danger button--small" onPress={onRemove}>
          {t('plans.removeGoal', { title: g.title })}
        </Button>
      </div>
    </li>
  );
}
