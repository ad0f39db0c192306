#include "domain/plan.h"

#include <algorithm>
#include <cstdio>

#include "base/time_zone.h"
#include "domain/enum_names.h"

namespace tandem::domain {
namespace {

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool HasControl(std::string_view s, bool allow_newlines) {
  return std::any_of(s.begin(), s.end(), [&](char c) {
    auto u = static_cast<unsigned char>(c);
    if (allow_newlines && (c == '\n' || c == '\t' || c == '\r')) return false;
    return u < 0x20 || u == 0x7F;
  });
}

Status CheckTitle(const std::string& field, std::string_view title) {
  if (title.find_first_not_of(" \t") == std::string_view::npos)
    return FieldInvalid(field, "needs a title");
  if (CodePoints(title) > kMaxPlanTitleChars)
    return FieldInvalid(field,
                        "must be at most " + std::to_string(kMaxPlanTitleChars) + " characters");
  if (HasControl(title, false)) return FieldInvalid(field, "must not hold control characters");
  return Status::Ok();
}

Status CheckDescription(const std::string& field, std::string_view text) {
  if (CodePoints(text) > kMaxPlanDescriptionChars)
    return FieldInvalid(field, "must be at most " + std::to_string(kMaxPlanDescriptionChars) +
                                   " characters");
  if (HasControl(text, true)) return FieldInvalid(field, "must not hold control characters");
  return Status::Ok();
}

Status CheckDueDate(const std::string& field, std::string_view date) {
  if (!date.empty() && !IsValidDate(date))
    return FieldInvalid(field, "must be a calendar date YYYY-MM-DD");
  return Status::Ok();
}

Status CheckWeek(const std::string& field, int week) {
  if (week < 0 || week > kMaxTemplateWeeks)
    return FieldInvalid(field, "must be between 0 and " + std::to_string(kMaxTemplateWeeks) +
                                   " weeks");
  return Status::Ok();
}

long long FloorDiv(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

std::string_view PlanStatusName(PlanStatus s) {
  switch (s) {
    case PlanStatus::kNotStarted: return "not_started";
    case PlanStatus::kInProgress: return "in_progress";
    case PlanStatus::kDone: return "done";
    case PlanStatus::kDropped: return "dropped";
  }
  return "";
}
std::optional<PlanStatus> ParsePlanStatus(std::string_view s) {
  static constexpr PlanStatus kAll[] = {PlanStatus::kNotStarted, PlanStatus::kInProgress,
                                        PlanStatus::kDone, PlanStatus::kDropped};
  return ParseByName(s, kAll, PlanStatusName);
}

std::string_view SideName(Side s) { return s == Side::kMentee ? "mentee" : "mentor"; }
std::optional<Side> ParseSide(std::string_view s) {
  static constexpr Side kAll[] = {Side::kMentee, Side::kMentor};
  return ParseByName(s, kAll, SideName);
}

Status ValidateGoal(const PlanGoal& g) {
  RETURN_IF_ERROR(CheckTitle("title", g.title));
  RETURN_IF_ERROR(CheckDescription("description", g.description));
  RETURN_IF_ERROR(CheckDueDate("due_date", g.due_date));
  if (g.milestones.size() > kMaxGoalMilestones)
    return FieldInvalid("milestones", "a goal holds at most " +
                                          std::to_string(kMaxGoalMilestones) + " milestones");
  for (size_t i = 0; i < g.milestones.size(); ++i) {
    const PlanMilestone& m = g.milestones[i];
    const std::string at = "milestones[" + std::to_string(i) + "].";
    RETURN_IF_ERROR(CheckTitle(at + "title", m.title));
    RETURN_IF_ERROR(CheckDescription(at + "description", m.description));
    RETURN_IF_ERROR(CheckDueDate(at + "due_date", m.due_date));
  }
  return Status::Ok();
}

Status CheckRoomForGoal(size_t goals) {
  if (goals >= kMaxPlanGoals)
    return FieldInvalid("title",
                        "a plan holds at most " + std::to_string(kMaxPlanGoals) + " goals");
  return Status::Ok();
}

PlanProgress GoalProgress(const PlanGoal& g) {
  PlanProgress p;
  for (const PlanMilestone& m : g.milestones) {
    if (m.status == PlanStatus::kDropped) continue;
    ++p.total;
    if (m.status == PlanStatus::kDone) ++p.done;
  }
  return p;
}

PlanProgress OverallProgress(const std::vector<PlanGoal>& goals) {
  PlanProgress p;
  for (const PlanGoal& g : goals) {
    PlanProgress one = GoalProgress(g);
    p.done += one.done;
    p.total += one.total;
  }
  return p;
}

Status CheckPlanWritable(const Relationship& r) {
  if (r.status == RelationshipStatus::kActive ||
      r.status == RelationshipStatus::kAwaitingAgreement)
    return Status::Ok();
  return FailedPrecondition("This match is " + std::string(RelationshipStatusName(r.status)) +
                            "; its plan is read-only.");
}

void AssignMilestoneIds(const PlanGoal& previous, PlanGoal& next, std::string (*new_id)()) {
  std::vector<std::string> used;
  for (PlanMilestone& m : next.milestones) {
    const bool known = std::any_of(previous.milestones.begin(), previous.milestones.end(),
                                   [&](const PlanMilestone& p) { return p.id == m.id; });
    const bool repeated = std::find(used.begin(), used.end(), m.id) != used.end();
    if (m.id.empty() || !known || repeated) m.id = new_id();
    used.push_back(m.id);
  }
}

Status ValidateTemplate(const PlanTemplate& t) {
  if (!IsTimeZone(t.time_zone)) return FieldInvalid("time_zone", "must be an IANA time zone");
  if (t.goals.size() > kMaxPlanGoals)
    return FieldInvalid("goals",
                        "a plan holds at most " + std::to_string(kMaxPlanGoals) + " goals");
  for (size_t i = 0; i < t.goals.size(); ++i) {
    const TemplateGoal& g = t.goals[i];
    const std::string at = "goals[" + std::to_string(i) + "].";
    RETURN_IF_ERROR(CheckTitle(at + "title", g.title));
    RETURN_IF_ERROR(CheckDescription(at + "description", g.description));
    RETURN_IF_ERROR(CheckWeek(at + "due_week", g.due_week));
    if (g.milestones.size() > kMaxGoalMilestones)
      return FieldInvalid(at + "milestones", "a goal holds at most " +
                                                 std::to_string(kMaxGoalMilestones) +
                                                 " milestones");
    for (size_t j = 0; j < g.milestones.size(); ++j) {
      const TemplateMilestone& m = g.milestones[j];
      const std::string mat = at + "milestones[" + std::to_string(j) + "].";
      RETURN_IF_ERROR(CheckTitle(mat + "title", m.title));
      RETURN_IF_ERROR(CheckDescription(mat + "description", m.description));
      RETURN_IF_ERROR(CheckWeek(mat + "due_week", m.due_week));
    }
  }
  return Status::Ok();
}

std::string LocalDate(Millis at, std::string_view zone) {
  const int offset = UtcOffsetMinutes(zone, at).value_or(0);
  const Millis local = at + static_cast<Millis>(offset) * kMinute;
  return CivilFromDays(FloorDiv(local, kDay));
}

std::string AddDays(std::string_view date, int days) {
  const long long y = std::stoll(std::string(date.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))));
  return CivilFromDays(DaysFromCivil(y, m, d) + days);
}

std::vector<PlanGoal> InstantiateTemplate(const PlanTemplate& t, const Relationship& r,
                                          Millis start, std::string (*new_id)()) {
  const std::string start_date = LocalDate(start, t.time_zone);
  std::vector<PlanGoal> out;
  int position = 0;
  for (const TemplateGoal& tg : t.goals) {
    PlanGoal g;
    g.id = new_id();
    g.organisation_id = r.organisation_id;
    g.relationship_id = r.id;
    g.position = ++position;
    g.title = tg.title;
    g.description = tg.description;
    g.owner = tg.owner;
    g.due_date = AddDays(start_date, 7 * tg.due_week);
    g.created_at = g.updated_at = start;
    for (const TemplateMilestone& tm : tg.milestones) {
      PlanMilestone m;
      m.id = new_id();
      m.title = tm.title;
      m.description = tm.description;
      m.owner = tm.owner;
      m.due_date = AddDays(start_date, 7 * tm.due_week);
      g.milestones.push_back(std::move(m));
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace tandem::domain
