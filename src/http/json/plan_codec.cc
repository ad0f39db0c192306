#include "http/json/plan_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {
namespace {

// Bytes a field may take on the wire: a character is at most 4 bytes of UTF-8; the domain
// then counts characters (domain::ValidateGoal, ValidateTemplate).
constexpr size_t kTitleBytes = 4 * domain::kMaxPlanTitleChars;
constexpr size_t kDescriptionBytes = 4 * domain::kMaxPlanDescriptionChars;

Json ProgressJson(const domain::PlanProgress& p) { return {{"done", p.done}, {"total", p.total}}; }

void ReadOwner(ObjectReader& r, domain::Side& out) {
  if (auto v = r.String("owner", 20)) {
    if (auto side = domain::ParseSide(*v)) out = *side;
    else r.AddError("owner", "must be mentee or mentor");
  }
}

void ReadStatus(ObjectReader& r, domain::PlanStatus& out) {
  if (auto v = r.String("status", 20)) {
    if (auto s = domain::ParsePlanStatus(*v)) out = *s;
    else r.AddError("status", "must be one of not_started, in_progress, done, dropped");
  }
}

void ReadDueDate(ObjectReader& r, std::string& out) {
  if (auto v = r.NullableString("due_date")) out = v->value_or("");
}

void ReadWeek(ObjectReader& r, int& out) {
  if (auto v = r.Int("due_week")) {
    if (*v < 0 || *v > domain::kMaxTemplateWeeks)
      r.AddError("due_week", "must be between 0 and " +
                                 std::to_string(domain::kMaxTemplateWeeks) + " weeks");
    else out = static_cast<int>(*v);
  }
}

Result<int> ReadVersion(ObjectReader& r) {
  auto v = r.Int("version");
  if (v && (*v < 0 || *v > 1000000000)) r.AddError("version", "must be a version number");
  return v ? static_cast<int>(*v) : 0;
}

}  // namespace

Json PlanGoalJson(const domain::PlanGoal& g) {
  Json milestones = Json::array();
  for (const auto& m : g.milestones)
    milestones.push_back({{"id", m.id},
                          {"title", m.title},
                          {"description", m.description},
                          {"owner", domain::SideName(m.owner)},
                          {"due_date", DateJson(m.due_date)},
                          {"status", domain::PlanStatusName(m.status)}});
  return {{"id", g.id},
          {"title", g.title},
          {"description", g.description},
          {"owner", domain::SideName(g.owner)},
          {"due_date", DateJson(g.due_date)},
          {"status", domain::PlanStatusName(g.status)},
          {"version", g.version},
          {"progress", ProgressJson(domain::GoalProgress(g))},
          {"milestones", milestones},
          {"created_at", TimeJson(g.created_at)},
          {"updated_at", TimeJson(g.updated_at)}};
}

Json PlanJson(const app::PlanView& v) {
  Json goals = Json::array();
  for (const auto& g : v.goals) goals.push_back(PlanGoalJson(g));
  return {{"relationship_id", v.relationship.id},
          {"relationship_status", domain::RelationshipStatusName(v.relationship.status)},
          {"program_id", v.relationship.program_id},
          {"viewer_side", v.viewer_side ? Json(domain::SideName(*v.viewer_side)) : Json()},
          {"can_edit", v.can_edit},
          {"progress", ProgressJson(v.progress)},
          {"goals", goals}};
}

Json PlanTemplateJson(const domain::PlanTemplate& t) {
  Json goals = Json::array();
  for (const auto& g : t.goals) {
    Json milestones = Json::array();
    for (const auto& m : g.milestones)
      milestones.push_back({{"title", m.title},
                            {"description", m.description},
                            {"owner", domain::SideName(m.owner)},
                            {"due_week", m.due_week}});
    goals.push_back({{"title", g.title},
                     {"description", g.description},
                     {"owner", domain::SideName(g.owner)},
                     {"due_week", g.due_week},
                     {"milestones", milestones}});
  }
  return {{"program_id", t.program_id},
          {"time_zone", t.time_zone},
          {"version", t.version},
          {"updated_at", TimeJson(t.updated_at)},
          {"goals", goals}};
}

Result<GoalInput> DecodePlanGoal(const Json& body, bool with_version) {
  ObjectReader r(body);
  GoalInput in;
  domain::PlanGoal& g = in.goal;
  if (auto v = r.String("title", kTitleBytes)) g.title = *v;
  if (auto v = r.String("description", kDescriptionBytes)) g.description = *v;
  ReadOwner(r, g.owner);
  ReadDueDate(r, g.due_date);
  ReadStatus(r, g.status);
  r.ObjectArray("milestones", true, [&](ObjectReader& item, size_t) {
    domain::PlanMilestone m;
    if (auto v = item.OptionalString("id", 64)) m.id = *v;
    if (auto v = item.String("title", kTitleBytes)) m.title = *v;
    if (auto v = item.String("description", kDescriptionBytes)) m.description = *v;
    ReadOwner(item, m.owner);
    ReadDueDate(item, m.due_date);
    ReadStatus(item, m.status);
    g.milestones.push_back(std::move(m));
  });
  if (with_version) in.version = *ReadVersion(r);
  RETURN_IF_ERROR(r.Finish());
  return in;
}

Result<TemplateInput> DecodePlanTemplate(const Json& body) {
  ObjectReader r(body);
  TemplateInput in;
  domain::PlanTemplate& t = in.plan_template;
  if (auto v = r.String("time_zone", 200)) t.time_zone = *v;
  in.version = *ReadVersion(r);
  r.ObjectArray("goals", true, [&](ObjectReader& item, size_t) {
    domain::TemplateGoal g;
    if (auto v = item.String("title", kTitleBytes)) g.title = *v;
    if (auto v = item.String("description", kDescriptionBytes)) g.description = *v;
    ReadOwner(item, g.owner);
    ReadWeek(item, g.due_week);
    item.ObjectArray("milestones", true, [&](ObjectReader& mi, size_t) {
      domain::TemplateMilestone m;
      if (auto v = mi.String("title", kTitleBytes)) m.title = *v;
      if (auto v = mi.String("description", kDescriptionBytes)) m.description = *v;
      ReadOwner(mi, m.owner);
      ReadWeek(mi, m.due_week);
      g.milestones.push_back(std::move(m));
    });
    t.goals.push_back(std::move(g));
  });
  RETURN_IF_ERROR(r.Finish());
  return in;
}

}  // namespace tandem::http::json
