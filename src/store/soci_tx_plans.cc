// SociTx: engagement plans and program plan templates (domain/plan.h; tables of migration
// 0017).
#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

constexpr char kGoalColumns[] =
    "id, organisation_id, relationship_id, position, title, description, owner, due_date,"
    " status, version, created_at, updated_at";

void IntoGoal(Query& q, domain::PlanGoal& g) {
  q.Into(g.id).Into(g.organisation_id).Into(g.relationship_id).Into(g.position);
  q.Into(g.title).Into(g.description);
  q.IntoEnum(g.owner, &domain::ParseSide, "plan_goals.owner");
  q.Into(g.due_date);
  q.IntoEnum(g.status, &domain::ParsePlanStatus, "plan_goals.status");
  q.Into(g.version).Into(g.created_at).Into(g.updated_at);
}

// The milestones of the given goals (organisation-scoped), appended to each in position order.
void ReadMilestones(soci::session& sql, const std::string& org_id,
                    std::vector<domain::PlanGoal*> goals) {
  for (domain::PlanGoal* g : goals) {
    domain::PlanMilestone m;
    Query q(sql,
            "SELECT id, title, description, owner, due_date, status FROM plan_milestones"
            " WHERE organisation_id = :org AND goal_id = :goal ORDER BY position");
    q.Use("org", org_id).Use("goal", g->id);
    q.Into(m.id).Into(m.title).Into(m.description);
    q.IntoEnum(m.owner, &domain::ParseSide, "plan_milestones.owner");
    q.Into(m.due_date);
    q.IntoEnum(m.status, &domain::ParsePlanStatus, "plan_milestones.status");
    g->milestones.clear();
    while (q.Next()) g->milestones.push_back(m);
  }
}

// Inserts the goal's milestones in one statement.
void InsertMilestones(soci::session& sql, const domain::PlanGoal& g) {
  if (g.milestones.empty()) return;
  static const std::vector<std::string_view> kColumns = {
      "organisation_id", "goal_id", "id",       "position", "title",
      "description",     "owner",   "due_date", "status"};
  Query q(sql, MultiRowInsert("plan_milestones", kColumns, g.milestones.size()));
  for (size_t i = 0; i < g.milestones.size(); ++i) {
    const domain::PlanMilestone& m = g.milestones[i];
    q.Use(Cell(i, 0), g.organisation_id)
        .Use(Cell(i, 1), g.id)
        .Use(Cell(i, 2), m.id)
        .UseInt(Cell(i, 3), static_cast<std::int64_t>(i + 1))
        .Use(Cell(i, 4), m.title)
        .Use(Cell(i, 5), m.description)
        .Use(Cell(i, 6), domain::SideName(m.owner))
        .Use(Cell(i, 7), m.due_date)
        .Use(Cell(i, 8), domain::PlanStatusName(m.status));
  }
  q.Exec();
}

void DeleteMilestones(soci::session& sql, const std::string& org_id, const std::string& goal) {
  Query(sql, "DELETE FROM plan_milestones WHERE organisation_id = :org AND goal_id = :goal")
      .Use("org", org_id)
      .Use("goal", goal)
      .Exec();
}

// The stored version of a goal of the relationship: 0 when there is none.
long long StoredGoalVersion(soci::session& sql, const std::string& org_id,
                            const std::string& relationship_id, const std::string& goal_id) {
  int version = 0;
  Query q(sql,
          "SELECT version FROM plan_goals WHERE organisation_id = :org AND id = :id"
          " AND relationship_id = :relationship");
  q.Use("org", org_id).Use("id", goal_id).Use("relationship", relationship_id).Into(version);
  return q.Next() ? version : 0;
}

Status VersionConflict() {
  return FailedPrecondition(
      "Someone changed this goal since you opened it; reload the plan and try again.");
}

std::string EncodeTemplateGoals(const std::vector<domain::TemplateGoal>& goals) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& g : goals) {
    nlohmann::json ms = nlohmann::json::array();
    for (const auto& m : g.milestones)
      ms.push_back({{"title", m.title},
                    {"description", m.description},
                    {"owner", domain::SideName(m.owner)},
                    {"due_week", m.due_week}});
    out.push_back({{"title", g.title},
                   {"description", g.description},
                   {"owner", domain::SideName(g.owner)},
                   {"due_week", g.due_week},
                   {"milestones", ms}});
  }
  return out.dump();
}

// Reads one goal or milestone's common fields from the stored JSON; CorruptRow on bad text.
template <typename T>
void DecodeTemplateItem(const nlohmann::json& j, T& out) {
  if (!j.is_object() || !j.contains("title") || !j["title"].is_string() ||
      !j.contains("description") || !j["description"].is_string() || !j.contains("owner") ||
      !j["owner"].is_string() || !j.contains("due_week") || !j["due_week"].is_number_integer())
    throw CorruptRow("plan_templates.goals holds an item that is not a template item");
  out.title = j["title"].get<std::string>();
  out.description = j["description"].get<std::string>();
  out.owner = DecodeOrThrow(domain::ParseSide(j["owner"].get<std::string>()),
                            "plan_templates.goals owner");
  out.due_week = j["due_week"].get<int>();
}

std::vector<domain::TemplateGoal> DecodeTemplateGoals(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) throw CorruptRow("plan_templates.goals is not a JSON array");
  std::vector<domain::TemplateGoal> out;
  for (const auto& jg : j) {
    domain::TemplateGoal g;
    DecodeTemplateItem(jg, g);
    if (!jg.contains("milestones") || !jg["milestones"].is_array())
      throw CorruptRow("plan_templates.goals holds a goal without milestones");
    for (const auto& jm : jg["milestones"]) {
      domain::TemplateMilestone m;
      DecodeTemplateItem(jm, m);
      g.milestones.push_back(std::move(m));
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

Result<std::vector<domain::PlanGoal>> SociTx::ListPlanGoals(const std::string& org_id,
                                                            const std::string& relationship_id) {
  return Run("ListPlanGoals", [&]() -> Result<std::vector<domain::PlanGoal>> {
    std::vector<domain::PlanGoal> out;
    domain::PlanGoal g;
    Query q(sql_, std::string("SELECT ") + kGoalColumns +
                      " FROM plan_goals WHERE organisation_id = :org"
                      " AND relationship_id = :relationship ORDER BY position, id");
    q.Use("org", org_id).Use("relationship", relationship_id);
    IntoGoal(q, g);
    while (q.Next()) out.push_back(g);
    std::vector<domain::PlanGoal*> goals;
    for (auto& x : out) goals.push_back(&x);
    ReadMilestones(sql_, org_id, goals);
    return out;
  });
}

Result<domain::PlanGoal> SociTx::GetPlanGoal(const std::string& org_id,
                                             const std::string& relationship_id,
                                             const std::string& goal_id) {
  return Run("GetPlanGoal", [&]() -> Result<domain::PlanGoal> {
    domain::PlanGoal g;
    Query q(sql_, std::string("SELECT ") + kGoalColumns +
                      " FROM plan_goals WHERE organisation_id = :org AND id = :id"
                      " AND relationship_id = :relationship");
    q.Use("org", org_id).Use("id", goal_id).Use("relationship", relationship_id);
    IntoGoal(q, g);
    if (!q.Next()) return NotFound("The goal does not exist.");
    ReadMilestones(sql_, org_id, {&g});
    return g;
  });
}

Status SociTx::InsertPlanGoal(const domain::PlanGoal& g) {
  return Run("InsertPlanGoal", [&]() -> Status {
    long long relationships = Query(sql_,
                                    "SELECT COUNT(*) FROM relationships"
                                    " WHERE organisation_id = :org AND id = :id")
                                  .Use("org", g.organisation_id)
                                  .Use("id", g.relationship_id)
                                  .Scalar();
    if (relationships == 0) return NotFound("The relationship does not exist.");
    long long inserted =
        Query(sql_, std::string("INSERT INTO plan_goals (") + kGoalColumns +
                        ") VALUES (:id, :org, :relationship, :position, :title, :description,"
                        " :owner, :due_date, :status, :version, :created_at, :updated_at)"
                        " ON CONFLICT DO NOTHING")
            .Use("id", g.id)
            .Use("org", g.organisation_id)
            .Use("relationship", g.relationship_id)
            .UseInt("position", g.position)
            .Use("title", g.title)
            .Use("description", g.description)
            .Use("owner", domain::SideName(g.owner))
            .Use("due_date", g.due_date)
            .Use("status", domain::PlanStatusName(g.status))
            .UseInt("version", g.version)
            .UseInt("created_at", g.created_at)
            .UseInt("updated_at", g.updated_at)
            .Exec();
    if (inserted != 1) return AlreadyExists("This goal id is taken.");
    InsertMilestones(sql_, g);
    return Status::Ok();
  });
}

Status SociTx::UpdatePlanGoal(const domain::PlanGoal& g, int expected_version) {
  return Run("UpdatePlanGoal", [&]() -> Status {
    long long updated =
        Query(sql_,
              "UPDATE plan_goals SET title = :title, description = :description,"
              " owner = :owner, due_date = :due_date, status = :status, version = :version,"
              " updated_at = :updated_at WHERE organisation_id = :org AND id = :id"
              " AND relationship_id = :relationship AND version = :expected")
            .Use("title", g.title)
            .Use("description", g.description)
            .Use("owner", domain::SideName(g.owner))
            .Use("due_date", g.due_date)
            .Use("status", domain::PlanStatusName(g.status))
            .UseInt("version", g.version)
            .UseInt("updated_at", g.updated_at)
            .Use("org", g.organisation_id)
            .Use("id", g.id)
            .Use("relationship", g.relationship_id)
            .UseInt("expected", expected_version)
            .Exec();
    if (updated != 1) {
      if (StoredGoalVersion(sql_, g.organisation_id, g.relationship_id, g.id) == 0)
        return NotFound("The goal does not exist.");
      return VersionConflict();
    }
    DeleteMilestones(sql_, g.organisation_id, g.id);
    InsertMilestones(sql_, g);
    return Status::Ok();
  });
}

Status SociTx::DeletePlanGoal(const std::string& org_id, const std::string& relationship_id,
                              const std::string& goal_id, int expected_version) {
  return Run("DeletePlanGoal", [&]() -> Status {
    const long long stored = StoredGoalVersion(sql_, org_id, relationship_id, goal_id);
    if (stored == 0) return NotFound("The goal does not exist.");
    if (stored != expected_version) return VersionConflict();
    DeleteMilestones(sql_, org_id, goal_id);
    long long deleted = Query(sql_,
                              "DELETE FROM plan_goals WHERE organisation_id = :org AND id = :id"
                              " AND version = :expected")
                            .Use("org", org_id)
                            .Use("id", goal_id)
                            .UseInt("expected", expected_version)
                            .Exec();
    if (deleted != 1) return VersionConflict();
    return Status::Ok();
  });
}

Result<std::optional<domain::PlanTemplate>> SociTx::FindPlanTemplate(
    const std::string& org_id, const std::string& program_id) {
  return Run("FindPlanTemplate", [&]() -> Result<std::optional<domain::PlanTemplate>> {
    domain::PlanTemplate t;
    Query q(sql_,
            "SELECT organisation_id, program_id, time_zone, goals, version, updated_by,"
            " updated_at FROM plan_templates WHERE organisation_id = :org"
            " AND program_id = :program");
    q.Use("org", org_id).Use("program", program_id);
    q.Into(t.organisation_id).Into(t.program_id).Into(t.time_zone);
    q.IntoDecoded(t.goals, &DecodeTemplateGoals);
    q.Into(t.version).Into(t.updated_by).Into(t.updated_at);
    if (!q.Next()) return std::optional<domain::PlanTemplate>();
    return std::optional<domain::PlanTemplate>(std::move(t));
  });
}

Status SociTx::SavePlanTemplate(const domain::PlanTemplate& t, int expected_version) {
  return Run("SavePlanTemplate", [&]() -> Status {
    long long programs = Query(sql_,
                               "SELECT COUNT(*) FROM programs WHERE organisation_id = :org"
                               " AND id = :id")
                             .Use("org", t.organisation_id)
                             .Use("id", t.program_id)
                             .Scalar();
    if (programs == 0) return NotFound("The program does not exist.");
    long long written = 0;
    if (expected_version == 0) {
      written = Query(sql_,
                      "INSERT INTO plan_templates (organisation_id, program_id, time_zone, goals,"
                      " version, updated_by, updated_at) VALUES (:org, :program, :time_zone,"
                      " :goals, :version, :updated_by, :updated_at) ON CONFLICT DO NOTHING")
                    .Use("org", t.organisation_id)
                    .Use("program", t.program_id)
                    .Use("time_zone", t.time_zone)
                    .Use("goals", EncodeTemplateGoals(t.goals))
                    .UseInt("version", t.version)
                    .Use("updated_by", t.updated_by)
                    .UseInt("updated_at", t.updated_at)
                    .Exec();
    } else {
      written = Query(sql_,
                      "UPDATE plan_templates SET time_zone = :time_zone, goals = :goals,"
                      " version = :version, updated_by = :updated_by, updated_at = :updated_at"
                      " WHERE organisation_id = :org AND program_id = :program"
                      " AND version = :expected")
                    .Use("time_zone", t.time_zone)
                    .Use("goals", EncodeTemplateGoals(t.goals))
                    .UseInt("version", t.version)
                    .Use("updated_by", t.updated_by)
                    .UseInt("updated_at", t.updated_at)
                    .Use("org", t.organisation_id)
                    .Use("program", t.program_id)
                    .UseInt("expected", expected_version)
                    .Exec();
    }
    if (written != 1)
      return FailedPrecondition(
          "Someone saved this template since you opened it; reload it and try again.");
    return Status::Ok();
  });
}

}  // namespace tandem::store
