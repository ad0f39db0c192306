// SociTx: what matching reads for a program: the match-data version (kept by triggers,
// migration 0012) and the active participants with their profiles and memberships.
#include <soci/soci.h>

#include <unordered_map>

#include "store/enrollment_rows.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {

Result<std::int64_t> SociTx::GetMatchDataVersion(const std::string& program_id) {
  return Run("GetMatchDataVersion", [&]() -> Result<std::int64_t> {
    std::int64_t version = 0;
    Query q(sql_, "SELECT version FROM match_data_versions WHERE program_id = :program");
    q.Use("program", program_id).Into(version);
    if (!q.Next()) return std::int64_t{0};
    return version;
  });
}

Result<std::vector<app::Participant>> SociTx::ListParticipants(const std::string& org_id,
                                                               const std::string& program_id,
                                                               domain::ProgramRole role) {
  return Run("ListParticipants", [&]() -> Result<std::vector<app::Participant>> {
    // Ten queries whatever the count: the enrollments with their people here, then every
    // profile table and the memberships for the same set of people (selected by `who`), and
    // the rows are stitched together by person id.
    const std::string role_name(domain::ProgramRoleName(role));
    const std::string active(domain::EnrollmentStatusName(domain::EnrollmentStatus::kActive));
    auto bind = [&](Query& q) {
      q.Use("org", org_id).Use("program", program_id).Use("role", role_name);
      q.Use("status", active);
    };
    const std::string who =
        "person_id IN (SELECT e.person_id FROM enrollments e WHERE e.organisation_id = :org"
        " AND e.program_id = :program AND e.role = :role AND e.status = :status)";

    std::vector<app::Participant> out;
    std::unordered_map<std::string, size_t> index;  // person id -> position in out
    {
      Query q(sql_, std::string("SELECT ") + kEnrollmentColumns +
                        ", pe.name, pe.email FROM enrollments e"
                        " JOIN people pe ON pe.id = e.person_id"
                        " WHERE e.organisation_id = :org AND e.program_id = :program"
                        " AND e.role = :role AND e.status = :status"
                        " ORDER BY lower(pe.name), pe.name, pe.id");
      bind(q);
      app::Participant p;
      IntoEnrollment(q, p.enrollment);
      q.Into(p.name).Into(p.email);
      while (q.Next()) {
        index.emplace(p.enrollment.person_id, out.size());
        out.push_back(p);
        out.back().profile.person_id = p.enrollment.person_id;
      }
    }
    if (out.empty()) return out;

    for (auto& [person_id, profile] : LoadProfiles(who, bind)) {
      auto at = index.find(person_id);
      if (at != index.end()) out[at->second].profile = std::move(profile);
    }

    Query q(sql_, "SELECT person_id, organisation_id FROM memberships WHERE " + who +
                      " ORDER BY person_id, organisation_id");
    bind(q);
    std::string person_id, organisation_id;
    q.Into(person_id).Into(organisation_id);
    while (q.Next()) {
      auto at = index.find(person_id);
      if (at != index.end()) out[at->second].organisation_ids.push_back(organisation_id);
    }
    return out;
  });
}

}  // namespace tandem::store
