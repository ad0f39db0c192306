// Engagement plans (issue 10, point 2).
//
// A relationship has a plan: goals, each with milestones. Every goal and milestone has a title,
// an optional description, an owner (a side of the pair, never a person id from the client), a
// due date (a calendar date "YYYY-MM-DD" in the plan's time zone, or none) and a status. A goal
// and its milestones are written together, as one record with one version: a write names the
// version it read, and a stale write is refused (FailedPrecondition, 409), so two people editing
// the same goal at once never lose one another's change.
//
// A program may define a plan template: goals with milestones due N weeks after a relationship
// starts, in the template's time zone (programs have no time zone of their own; the template
// carries the one its due dates are counted in). Every relationship created after the template
// exists receives a copy (app/plans.h, ApplyPlanTemplate, called by app::CreateRelationship).
#ifndef TANDEM_DOMAIN_PLAN_H_
#define TANDEM_DOMAIN_PLAN_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/relationship.h"

namespace tandem::domain {

// Limits (characters are counted as UTF-8 code points).
inline constexpr size_t kMaxPlanGoals = 50;
inline constexpr size_t kMaxGoalMilestones = 50;
inline constexpr size_t kMaxPlanTitleChars = 200;
inline constexpr size_t kMaxPlanDescriptionChars = 4000;
// A template's milestones fall within ten years of the start.
inline constexpr int kMaxTemplateWeeks = 520;

enum class PlanStatus { kNotStarted, kInProgress, kDone, kDropped };
std::string_view PlanStatusName(PlanStatus s);  // "not_started", "in_progress", "done", "dropped"
std::optional<PlanStatus> ParsePlanStatus(std::string_view s);
std::string_view SideName(Side s);  // "mentee", "mentor"
std::optional<Side> ParseSide(std::string_view s);

struct PlanMilestone {
  std::string id;
  std::string title;
  std::string description;
  Side owner = Side::kMentee;
  std::string due_date;  // "YYYY-MM-DD" or '' for none
  PlanStatus status = PlanStatus::kNotStarted;
};

struct PlanGoal {
  std::string id;
  std::string organisation_id;
  std::string relationship_id;
  int position = 0;  // order in the plan (creation order)
  std::string title;
  std::string description;
  Side owner = Side::kMentee;
  std::string due_date;
  PlanStatus status = PlanStatus::kNotStarted;
  std::vector<PlanMilestone> milestones;  // in their order
  int version = 1;  // raised by every write of the goal or one of its milestones
  Millis created_at = 0;
  Millis updated_at = 0;
};

// The goal's own fields and milestones, as a client writes them (ids of existing milestones
// are kept; new ones have none).
// InvalidArgument naming the field: an empty or too long title, a too long description, a due
// date that is not a real calendar date, more than kMaxGoalMilestones milestones, control
// characters other than newlines and tabs.
Status ValidateGoal(const PlanGoal& g);
// InvalidArgument when the plan already has kMaxPlanGoals goals.
Status CheckRoomForGoal(size_t goals);

// Done over total milestones; dropped milestones count in neither.
struct PlanProgress {
  int done = 0;
  int total = 0;
};
PlanProgress GoalProgress(const PlanGoal& g);
PlanProgress OverallProgress(const std::vector<PlanGoal>& goals);

// Whether the pair may change the plan now: only while the relationship is active or waiting
// for its agreement; a proposed, declined, ended or paused relationship's plan is read-only
// (FailedPrecondition).
Status CheckPlanWritable(const Relationship& r);

// The milestones of `next` keep the ids they carry when `previous` has them; others (new ones,
// or ids the goal never had) get fresh ids from `new_id`.
void AssignMilestoneIds(const PlanGoal& previous, PlanGoal& next,
                        std::string (*new_id)());

// A program's template.
struct TemplateMilestone {
  std::string title;
  std::string description;
  Side owner = Side::kMentee;
  int due_week = 0;  // due this many weeks after the relationship starts
};
struct TemplateGoal {
  std::string title;
  std::string description;
  Side owner = Side::kMentee;
  int due_week = 0;
  std::vector<TemplateMilestone> milestones;
};
struct PlanTemplate {
  std::string organisation_id;
  std::string program_id;
  std::string time_zone = "UTC";  // IANA name the due dates are counted in
  std::vector<TemplateGoal> goals;
  int version = 0;  // 0: never saved; raised by every save
  std::string updated_by;
  Millis updated_at = 0;
};
// As ValidateGoal for each goal and milestone, plus at most kMaxPlanGoals goals, weeks in
// [0, kMaxTemplateWeeks] and a time zone the database knows.
Status ValidateTemplate(const PlanTemplate& t);

// Calendar dates. The local date of instant `at` in `zone` ("YYYY-MM-DD"; UTC for an unknown
// zone), and a date plus some days (month and year ends, leap years).
std::string LocalDate(Millis at, std::string_view zone);
std::string AddDays(std::string_view date, int days);

// The goals a relationship starting at `start` receives from the template: due dates are the
// start's local date in the template's zone plus 7 * due_week days; every status is
// not_started; positions 1..n; ids from `new_id`; version 1.
std::vector<PlanGoal> InstantiateTemplate(const PlanTemplate& t, const Relationship& r,
                                          Millis start, std::string (*new_id)());

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PLAN_H_
