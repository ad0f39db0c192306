// SociTx: relationship managers, check-ins and follow-ups, and the caseload's signals
// (domain/checkin.h; tables of migration 0022).
#include <soci/soci.h>

#include <map>

#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// Latest first; key (held_on, id).
const Keyset kCheckinsLatestFirst(Keyset::Order::kDescending,
                                  {Keyset::Type::kText, Keyset::Type::kText},
                                  {{"k.held_on", 0}, {"k.id", 1}});

constexpr char kOpenStatuses[] = "('proposed', 'awaiting_agreement', 'active', 'paused')";

bool RelationshipExists(soci::session& sql, const std::string& org_id, const std::string& id) {
  return Query(sql, "SELECT COUNT(*) FROM relationships WHERE organisation_id = :org AND id = :id")
             .Use("org", org_id)
             .Use("id", id)
             .Scalar() > 0;
}

// The follow-ups of the given check-ins, in position order.
void ReadFollowUps(soci::session& sql, const std::string& org_id,
                   std::vector<domain::Checkin>& checkins) {
  for (domain::Checkin& c : checkins) {
    domain::FollowUp f;
    Query q(sql,
            "SELECT id, text, due_date, done_at, done_by FROM checkin_follow_ups"
            " WHERE organisation_id = :org AND checkin_id = :checkin ORDER BY position");
    q.Use("org", org_id).Use("checkin", c.id);
    q.Into(f.id).Into(f.text).Into(f.due_date).IntoNullable(f.done_at).Into(f.done_by);
    while (q.Next()) c.follow_ups.push_back(f);
  }
}

}  // namespace

Status SociTx::SaveManagerAssignment(const domain::ManagerAssignment& a) {
  return Run("SaveManagerAssignment", [&]() -> Status {
    if (!RelationshipExists(sql_, a.organisation_id, a.relationship_id))
      return NotFound("The relationship does not exist.");
    Query(sql_,
          "INSERT INTO relationship_managers (organisation_id, relationship_id, manager_id,"
          " assigned_by, assigned_at, active_since) VALUES (:org, :relationship, :manager,"
          " :by, :at, :active_since) ON CONFLICT (organisation_id, relationship_id) DO UPDATE"
          " SET manager_id = excluded.manager_id, assigned_by = excluded.assigned_by,"
          " assigned_at = excluded.assigned_at, active_since = excluded.active_since")
        .Use("org", a.organisation_id)
        .Use("relationship", a.relationship_id)
        .UseNullable("manager", a.manager_id)
        .Use("by", a.assigned_by)
        .UseInt("at", a.assigned_at)
        .UseNullableInt("active_since", a.active_since)
        .Exec();
    return Status::Ok();
  });
}

Result<std::optional<domain::ManagerAssignment>> SociTx::FindManagerAssignment(
    const std::string& org_id, const std::string& relationship_id) {
  return Run("FindManagerAssignment", [&]() -> Result<std::optional<domain::ManagerAssignment>> {
    domain::ManagerAssignment a;
    Query q(sql_,
            "SELECT organisation_id, relationship_id, manager_id, assigned_by, assigned_at,"
            " active_since FROM relationship_managers"
            " WHERE organisation_id = :org AND relationship_id = :relationship");
    q.Use("org", org_id).Use("relationship", relationship_id);
    q.Into(a.organisation_id).Into(a.relationship_id).IntoNullable(a.manager_id);
    q.Into(a.assigned_by).Into(a.assigned_at).IntoNullable(a.active_since);
    if (!q.Next()) return std::optional<domain::ManagerAssignment>();
    return std::optional<domain::ManagerAssignment>(a);
  });
}

Result<std::string> SociTx::LeastLoadedCoordinator(const std::string& org_id) {
  return Run("LeastLoadedCoordinator", [&]() -> Result<std::string> {
    std::string id;
    Query q(sql_, std::string(
                      "SELECT mr.person_id FROM membership_roles mr"
                      " LEFT JOIN (SELECT rm.manager_id, COUNT(*) AS load"
                      "   FROM relationship_managers rm JOIN relationships r"
                      "     ON r.organisation_id = rm.organisation_id AND r.id = rm.relationship_id"
                      "   WHERE rm.organisation_id = :org AND r.status IN ") +
                      kOpenStatuses +
                      "   GROUP BY rm.manager_id) l ON l.manager_id = mr.person_id"
                      " WHERE mr.organisation_id = :org2 AND mr.role = 'coordinator'"
                      " ORDER BY COALESCE(l.load, 0), mr.person_id LIMIT 1");
    q.Use("org", org_id).Use("org2", org_id).Into(id);
    if (!q.Next()) return std::string();
    return id;
  });
}

Result<int> SociTx::MarkActiveSince(Millis now) {
  return Run("MarkActiveSince", [&]() -> Result<int> {
    return static_cast<int>(
        Query(sql_,
              "UPDATE relationship_managers SET active_since = :now WHERE active_since IS NULL"
              " AND EXISTS (SELECT 1 FROM relationships r"
              "   WHERE r.organisation_id = relationship_managers.organisation_id"
              "   AND r.id = relationship_managers.relationship_id AND r.status = 'active')")
            .UseInt("now", now)
            .Exec());
  });
}

Status SociTx::InsertCheckin(const domain::Checkin& c) {
  return Run("InsertCheckin", [&]() -> Status {
    if (!RelationshipExists(sql_, c.organisation_id, c.relationship_id))
      return NotFound("The relationship does not exist.");
    const long long inserted =
        Query(sql_,
              "INSERT INTO checkins (organisation_id, id, relationship_id, with_whom, held_on,"
              " notes, author_id, created_at) VALUES (:org, :id, :relationship, :with, :held_on,"
              " :notes, :author, :created_at) ON CONFLICT DO NOTHING")
            .Use("org", c.organisation_id)
            .Use("id", c.id)
            .Use("relationship", c.relationship_id)
            .Use("with", domain::CheckinWithName(c.with))
            .Use("held_on", c.held_on)
            .Use("notes", c.notes)
            .Use("author", c.author_id)
            .UseInt("created_at", c.created_at)
            .Exec();
    if (inserted != 1) return AlreadyExists("This check-in id is taken.");
    if (c.follow_ups.empty()) return Status::Ok();
    static const std::vector<std::string_view> kColumns = {
        "organisation_id", "id", "checkin_id", "relationship_id", "position", "text", "due_date"};
    Query q(sql_, MultiRowInsert("checkin_follow_ups", kColumns, c.follow_ups.size()));
    for (size_t i = 0; i < c.follow_ups.size(); ++i) {
      const domain::FollowUp& f = c.follow_ups[i];
      q.Use(Cell(i, 0), c.organisation_id)
          .Use(Cell(i, 1), f.id)
          .Use(Cell(i, 2), c.id)
          .Use(Cell(i, 3), c.relationship_id)
          .UseInt(Cell(i, 4), static_cast<std::int64_t>(i + 1))
          .Use(Cell(i, 5), f.text)
          .Use(Cell(i, 6), f.due_date);
    }
    q.Exec();
    return Status::Ok();
  });
}

Result<app::PageRows<domain::Checkin>> SociTx::ListCheckins(const std::string& org_id,
                                                            const std::string& relationship_id,
                                                            const app::PageQuery& page) {
  return Run("ListCheckins", [&]() -> Result<app::PageRows<domain::Checkin>> {
    RETURN_IF_ERROR(kCheckinsLatestFirst.Check(page));
    domain::Checkin c;
    Query q(sql_,
            "SELECT k.id, k.organisation_id, k.relationship_id, k.with_whom, k.held_on, k.notes,"
            " k.author_id, k.created_at FROM checkins k WHERE k.organisation_id = :org"
            " AND k.relationship_id = :relationship" +
                kCheckinsLatestFirst.Condition(page) + kCheckinsLatestFirst.OrderBy(page));
    q.Use("org", org_id).Use("relationship", relationship_id);
    kCheckinsLatestFirst.Bind(q, page);
    q.Into(c.id).Into(c.organisation_id).Into(c.relationship_id);
    q.IntoEnum(c.with, &domain::ParseCheckinWith, "checkins.with_whom");
    q.Into(c.held_on).Into(c.notes).Into(c.author_id).Into(c.created_at);
    std::vector<domain::Checkin> out;
    while (q.Next()) out.push_back(c);
    auto rows = TakePage(std::move(out), page, [](const domain::Checkin& last) {
      return app::SortKey{last.held_on, last.id};
    });
    ReadFollowUps(sql_, org_id, rows.items);
    return rows;
  });
}

Status SociTx::MarkFollowUpDone(const std::string& org_id, const std::string& relationship_id,
                                const std::string& follow_up_id, const std::string& by, Millis at) {
  return Run("MarkFollowUpDone", [&]() -> Status {
    const long long exists =
        Query(sql_,
              "SELECT COUNT(*) FROM checkin_follow_ups WHERE organisation_id = :org"
              " AND relationship_id = :relationship AND id = :id")
            .Use("org", org_id)
            .Use("relationship", relationship_id)
            .Use("id", follow_up_id)
            .Scalar();
    if (exists == 0) return NotFound("No such follow-up.");
    Query(sql_,
          "UPDATE checkin_follow_ups SET done_at = :at, done_by = :by"
          " WHERE organisation_id = :org AND id = :id AND done_at IS NULL")
        .UseInt("at", at)
        .Use("by", by)
        .Use("org", org_id)
        .Use("id", follow_up_id)
        .Exec();
    return Status::Ok();
  });
}

Result<std::vector<app::CaseloadRow>> SociTx::ListCaseload(const std::string& org_id,
                                                           const std::string& manager_id,
                                                           const std::string& today) {
  return Run("ListCaseload", [&]() -> Result<std::vector<app::CaseloadRow>> {
    // One query. Per relationship, a correlated subquery answered from an index reads the
    // latest held meeting (meetings_relationship_start_idx, backwards), the latest check-in
    // (checkins_relationship_idx), the latest message (messages_thread_idx), the open follow-ups
    // past due (checkin_follow_ups_open_idx) and each side's latest pulse answer
    // (pulse_surveys_answers_idx; rating * 2 + met_since in one value). Milestones are counted in
    // one grouped pass over the manager's plans (CROSS JOIN: SQLite then reads from the manager's
    // rows through the goals' index).
    auto manager_is = [&](const char* alias, const char* param) {
      return manager_id.empty() ? std::string(alias) + ".manager_id IS NULL"
                                : std::string(alias) + ".manager_id = :" + param;
    };
    const std::string latest_pulse =
        "(SELECT s.rating * 2 + s.met_since FROM pulse_surveys s"
        " WHERE s.organisation_id = r.organisation_id AND s.relationship_id = r.id"
        " AND s.person_id = r.%s AND s.answered_at IS NOT NULL"
        " ORDER BY s.answered_at DESC LIMIT 1)";
    auto side = [](std::string text, const char* column) {
      return text.replace(text.find("%s"), 2, column);
    };
    const std::string sql =
        "SELECT r.id, r.program_id, r.mentee_id, r.mentor_id, r.status, r.created_at,"
        " pe.name, po.name, pr.name, pr.audience,"
        " rm.manager_id, rm.assigned_by, rm.assigned_at, rm.active_since,"
        " COALESCE(n.meeting_cadence_days, 0), COALESCE(n.checkin_cadence_days, 0),"
        " (SELECT MAX(m.start_at) FROM meetings m WHERE m.organisation_id = r.organisation_id"
        "   AND m.relationship_id = r.id AND m.status = 'held'),"
        " (SELECT MAX(k.held_on) FROM checkins k WHERE k.organisation_id = r.organisation_id"
        "   AND k.relationship_id = r.id),"
        " (SELECT MAX(mg.created_at) FROM messages mg WHERE mg.organisation_id = r.organisation_id"
        "   AND mg.relationship_id = r.id),"
        " COALESCE(mst.total, 0), COALESCE(mst.done, 0), COALESCE(mst.overdue, 0),"
        " (SELECT COUNT(*) FROM checkin_follow_ups f WHERE f.organisation_id = r.organisation_id"
        "   AND f.relationship_id = r.id AND f.done_at IS NULL AND f.due_date < :today2), " +
        side(latest_pulse, "mentee_id") + ", " + side(latest_pulse, "mentor_id") +
        " FROM relationship_managers rm"
        " JOIN relationships r ON r.organisation_id = rm.organisation_id"
        "   AND r.id = rm.relationship_id"
        " JOIN people pe ON pe.id = r.mentee_id JOIN people po ON po.id = r.mentor_id"
        " JOIN programs pr ON pr.organisation_id = r.organisation_id AND pr.id = r.program_id"
        " LEFT JOIN program_norms n ON n.organisation_id = r.organisation_id"
        "   AND n.program_id = r.program_id"
        " LEFT JOIN (SELECT g.relationship_id AS rid,"
        "   SUM(CASE WHEN ms.status <> 'dropped' THEN 1 ELSE 0 END) AS total,"
        "   SUM(CASE WHEN ms.status = 'done' THEN 1 ELSE 0 END) AS done,"
        "   SUM(CASE WHEN ms.status IN ('not_started', 'in_progress') AND ms.due_date <> ''"
        "     AND ms.due_date < :today1 THEN 1 ELSE 0 END) AS overdue"
        "   FROM relationship_managers gm CROSS JOIN plan_goals g CROSS JOIN plan_milestones ms"
        "   WHERE gm.organisation_id = :org2 AND " +
        manager_is("gm", "manager2") +
        "   AND g.organisation_id = gm.organisation_id AND g.relationship_id = gm.relationship_id"
        "   AND ms.organisation_id = g.organisation_id AND ms.goal_id = g.id"
        "   GROUP BY g.relationship_id) mst ON mst.rid = r.id"
        " WHERE rm.organisation_id = :org AND " +
        manager_is("rm", "manager") + " AND r.status IN ('active', 'paused')";
    app::CaseloadRow row;
    std::int64_t last_meeting = 0, last_message = 0, mentee_pulse = 0, mentor_pulse = 0, total = 0,
                 done = 0, overdue = 0, follow_ups = 0;
    Query q(sql_, sql);
    q.Use("today2", today).Use("today1", today).Use("org2", org_id).Use("org", org_id);
    if (!manager_id.empty()) q.Use("manager2", manager_id).Use("manager", manager_id);
    domain::Relationship& r = row.relationship;
    q.Into(r.id).Into(r.program_id).Into(r.mentee_id).Into(r.mentor_id);
    q.IntoEnum(r.status, &domain::ParseRelationshipStatus, "relationships.status");
    q.Into(r.created_at);
    q.Into(row.mentee_name).Into(row.mentor_name).Into(row.program_name);
    q.IntoEnum(row.audience, &domain::ParseAudience, "programs.audience");
    q.IntoNullable(row.manager.manager_id).Into(row.manager.assigned_by);
    q.Into(row.manager.assigned_at).IntoNullable(row.manager.active_since);
    q.Into(row.meeting_cadence_days).Into(row.checkin_cadence_days);
    q.IntoNullable(last_meeting).IntoNullable(row.last_checkin_on).IntoNullable(last_message);
    q.Into(total).Into(done).Into(overdue).Into(follow_ups);
    // Each side's latest answer as rating * 2 + met_since; NULL (no answer) reads as 0.
    q.IntoNullable(mentee_pulse).IntoNullable(mentor_pulse);
    std::vector<app::CaseloadRow> out;
    while (q.Next()) {
      r.organisation_id = org_id;
      row.manager.organisation_id = org_id;
      row.manager.relationship_id = r.id;
      row.last_meeting_at = last_meeting;
      row.last_message_at = last_message;
      row.milestones_total = static_cast<int>(total);
      row.milestones_done = static_cast<int>(done);
      row.milestones_overdue = static_cast<int>(overdue);
      row.follow_ups_overdue = static_cast<int>(follow_ups);
      row.mentee_pulse = static_cast<int>(mentee_pulse / 2);
      row.mentor_pulse = static_cast<int>(mentor_pulse / 2);
      // A side that answered (value > 0) with met_since 0 (an even value) had not met.
      row.pulse_not_met = (mentee_pulse > 0 && mentee_pulse % 2 == 0) ||
                          (mentor_pulse > 0 && mentor_pulse % 2 == 0);
      out.push_back(row);
    }
    return out;
  });
}

}  // namespace tandem::store
