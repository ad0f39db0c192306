// SociTx: the coordinator's work queue — per program, counts of what waits for the staff.
// One query lists the programs and one aggregate query per kind of work counts it for the
// whole organisation (GROUP BY program), so the cost does not grow with the number of programs.
#include <soci/soci.h>

#include <cstdint>
#include <map>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// Runs `select` (program_id, COUNT) with :org bound, plus whatever `bind` adds, and stores
// each count into the program's row through `field`.
template <typename Bind>
void AddCounts(soci::session& sql, const std::string& select, const std::string& org_id,
               Bind bind, std::map<std::string, app::ProgramWork*>& by_id,
               int app::ProgramWork::*field) {
  Query q(sql, select);
  q.Use("org", org_id);
  bind(q);
  std::string program_id;
  std::int64_t count = 0;
  q.Into(program_id).Into(count);
  while (q.Next()) {
    auto it = by_id.find(program_id);
    if (it != by_id.end()) it->second->*field = static_cast<int>(count);
  }
}

}  // namespace

Result<std::vector<app::ProgramWork>> SociTx::CountProgramWork(const std::string& org_id,
                                                               Millis now,
                                                               Millis expiring_before) {
  return Run("CountProgramWork", [&]() -> Result<std::vector<app::ProgramWork>> {
    std::vector<app::ProgramWork> out;
    {
      Query q(sql_,
              "SELECT id, name, status, audience FROM programs"
              " WHERE organisation_id = :org AND status <> 'closed'"
              " ORDER BY lower(name), name, id");
      q.Use("org", org_id);
      app::ProgramWork w;
      q.Into(w.program_id).Into(w.program_name);
      q.IntoEnum(w.program_status, &domain::ParseProgramStatus, "programs.status");
      q.IntoEnum(w.audience, &domain::ParseAudience, "programs.audience");
      while (q.Next()) out.push_back(w);
    }
    if (out.empty()) return out;
    std::map<std::string, app::ProgramWork*> by_id;
    for (auto& w : out) by_id[w.program_id] = &w;
    auto nothing = [](Query&) {};

    AddCounts(sql_,
              "SELECT program_id, COUNT(*) FROM enrollments"
              " WHERE organisation_id = :org AND status = 'pending' GROUP BY program_id",
              org_id, nothing, by_id, &app::ProgramWork::applications);
    AddCounts(sql_,
              "SELECT e.program_id, COUNT(*) FROM enrollments e"
              " JOIN programs p ON p.organisation_id = e.organisation_id AND p.id = e.program_id"
              " WHERE e.organisation_id = :org AND p.audience = 'youth' AND e.role = 'mentor'"
              " AND e.status IN ('pending', 'active')"
              " AND (e.screening_cleared = 0 OR e.training_complete = 0)"
              " GROUP BY e.program_id",
              org_id, nothing, by_id, &app::ProgramWork::mentors_not_cleared);
    AddCounts(sql_,
              "SELECT e.program_id, COUNT(*) FROM enrollments e"
              " WHERE e.organisation_id = :org AND e.role = 'mentee' AND e.status = 'active'"
              " AND NOT EXISTS (SELECT 1 FROM relationships r"
              "   WHERE r.organisation_id = e.organisation_id AND r.program_id = e.program_id"
              "   AND r.mentee_id = e.person_id AND r.status IN ('proposed', 'active', 'paused'))"
              " GROUP BY e.program_id",
              org_id, nothing, by_id, &app::ProgramWork::unmatched_mentees);
    AddCounts(sql_,
              "SELECT program_id, COUNT(*) FROM mentor_requests"
              " WHERE organisation_id = :org AND status = 'pending'"
              " AND expires_at > :now AND expires_at <= :until GROUP BY program_id",
              org_id,
              [&](Query& q) { q.UseInt("now", now).UseInt("until", expiring_before); },
              by_id, &app::ProgramWork::requests_expiring);
    AddCounts(sql_,
              "SELECT program_id, COUNT(*) FROM match_rounds"
              " WHERE organisation_id = :org AND status = 'draft' GROUP BY program_id",
              org_id, nothing, by_id, &app::ProgramWork::draft_rounds);
    return out;
  });
}

}  // namespace tandem::store
