import type { components } from './schema.gen';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { programPath } from './programs';

type Schemas = components['schemas'];

export type Plan = Schemas['Plan'];
export type PlanGoal = Schemas['PlanGoal'];
export type PlanMilestone = Schemas['PlanMilestone'];
export type PlanGoalInput = Schemas['PlanGoalInput'];
export type PlanGoalUpdate = Schemas['PlanGoalUpdate'];
export type PlanSide = Schemas['PlanSide'];
export type PlanStatus = Schemas['PlanStatus'];
export type PlanTemplate = Schemas['PlanTemplate'];
export type PlanTemplateGoal = Schemas['PlanTemplateGoal'];
export type PlanTemplateInput = Schemas['PlanTemplateInput'];

const planPath = (org: string, relationship: string) => `${orgPath(org)}/relationships/${seg(relationship)}/plan`;

/** The pair, their staff and a minor's guardian: the relationship's plan and its progress. */
export const getPlan = (org: string, relationship: string) => api.get<Plan>(planPath(org, relationship));

/** The mentee or the mentor: add a goal at the end of the plan. */
export const addPlanGoal = (org: string, relationship: string, input: PlanGoalInput) =>
  api.post<PlanGoal>(`${planPath(org, relationship)}/goals`, input);

/** The mentee or the mentor: replace a goal and its milestones (409 when someone changed it since). */
export const updatePlanGoal = (org: string, relationship: string, goal: string, input: PlanGoalUpdate) =>
  api.put<PlanGoal>(`${planPath(org, relationship)}/goals/${seg(goal)}`, input);

/** The mentee or the mentor: delete a goal, naming the version they saw. */
export const deletePlanGoal = (org: string, relationship: string, goal: string, version: number) =>
  api.delete(`${planPath(org, relationship)}/goals/${seg(goal)}?version=${version}`);

/** Members: the program's plan template (version 0 when none). */
export const getPlanTemplate = (org: string, program: string) => api.get<PlanTemplate>(`${programPath(org, program)}/plan-template`);

/** org_admin, coordinator: replace the program's template over the version read. */
export const savePlanTemplate = (org: string, program: string, input: PlanTemplateInput) =>
  api.put<PlanTemplate>(`${programPath(org, program)}/plan-template`, input);

/** A goal written back as it is, with `changes`. */
export function goalUpdate(goal: PlanGoal, changes: Partial<PlanGoalInput> = {}): PlanGoalUpdate {
  return {
    title: goal.title,
    description: goal.description,
    owner: goal.owner,
    due_date: goal.due_date,
    status: goal.status,
    milestones: goal.milestones.map((m) => ({ ...m })),
    version: goal.version,
    ...changes,
  };
}
