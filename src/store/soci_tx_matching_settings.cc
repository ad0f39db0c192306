// SociTx: per-program matching settings and coordinators' exclusions (organisation-owned).
#include <soci/soci.h>

#include "store/enum_codec.h"
#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

constexpr char kExclusionColumns[] =
    "organisation_id, program_id, mentee_id, mentor_id, reason, created_at";

// A program's exclusions, oldest first: (created_at, mentee id, mentor id), key the same (a
// pair is excluded at most once).
const Keyset kExclusionsOldestFirst(
    Keyset::Order::kAscending,
    {Keyset::Type::kNumber, Keyset::Type::kText, Keyset::Type::kText},
    {{"created_at", 0}, {"mentee_id", 1}, {"mentor_id", 2}});

void IntoExclusion(Query& q, domain::Exclusion& e) {
  q.Into(e.organisation_id).Into(e.program_id).Into(e.mentee_id).Into(e.mentor_id);
  q.Into(e.reason).Into(e.created_at);
}

}  // namespace

Result<std::optional<domain::MatchingSettings>> SociTx::FindMatchingSettings(
    const std::string& org_id, const std::string& program_id) {
  return Run("FindMatchingSettings", [&]() -> Result<std::optional<domain::MatchingSettings>> {
    domain::MatchingSettings s;
    std::string priorities;
    Query q(sql_,
            "SELECT organisation_id, program_id, priorities, max_mentors_per_mentee,"
            " require_acceptance, request_expiry_days, priority_field, priority_value"
            " FROM matching_settings WHERE organisation_id = :org AND program_id = :program");
    q.Use("org", org_id).Use("program", program_id);
    q.Into(s.organisation_id).Into(s.program_id).Into(priorities).Into(s.max_mentors_per_mentee);
    q.Into(s.require_acceptance).Into(s.request_expiry_days).Into(s.priority_field);
    q.Into(s.priority_value);
    if (!q.Next()) return std::optional<domain::MatchingSettings>();
    s.priorities = DecodePriorities(priorities);
    return std::optional<domain::MatchingSettings>(std::move(s));
  });
}

Status SociTx::PutMatchingSettings(const domain::MatchingSettings& s) {
  return Run("PutMatchingSettings", [&]() -> Status {
    // A missing program fails the foreign key: NotFound.
    Query(sql_,
          "INSERT INTO matching_settings (organisation_id, program_id, priorities,"
          " max_mentors_per_mentee, require_acceptance, request_expiry_days, priority_field,"
          " priority_value) VALUES (:org, :program, :priorities, :max_mentors, :acceptance,"
          " :expiry_days, :priority_field, :priority_value)"
          " ON CONFLICT (organisation_id, program_id) DO UPDATE SET"
          " priorities = excluded.priorities,"
          " max_mentors_per_mentee = excluded.max_mentors_per_mentee,"
          " require_acceptance = excluded.require_acceptance,"
          " request_expiry_days = excluded.request_expiry_days,"
          " priority_field = excluded.priority_field, priority_value = excluded.priority_value")
        .Use("org", s.organisation_id)
        .Use("program", s.program_id)
        .Use("priorities", EncodePriorities(s.priorities))
        .UseInt("max_mentors", s.max_mentors_per_mentee)
        .UseBool("acceptance", s.require_acceptance)
        .UseInt("expiry_days", s.request_expiry_days)
        .Use("priority_field", s.priority_field)
        .Use("priority_value", s.priority_value)
        .Exec();
    return Status::Ok();
  });
}

Status SociTx::InsertExclusion(const domain::Exclusion& e) {
  return Run("InsertExclusion", [&]() -> Status {
    long long inserted =
        Query(sql_, std::string("INSERT INTO exclusions (") + kExclusionColumns +
                        ") VALUES (:org, :program, :mentee, :mentor, :reason, :created_at)"
                        " ON CONFLICT DO NOTHING")
            .Use("org", e.organisation_id)
            .Use("program", e.program_id)
            .Use("mentee", e.mentee_id)
            .Use("mentor", e.mentor_id)
            .Use("reason", e.reason)
            .UseInt("created_at", e.created_at)
            .Exec();
    return inserted == 1 ? Status::Ok()
                         : AlreadyExists("This mentee and mentor are already excluded.");
  });
}

Status SociTx::DeleteExclusion(const std::string& org_id, const std::string& program_id,
                               const std::string& mentee_id, const std::string& mentor_id) {
  return Run("DeleteExclusion", [&]() -> Status {
    long long deleted = Query(sql_,
                              "DELETE FROM exclusions WHERE organisation_id = :org"
                              " AND program_id = :program AND mentee_id = :mentee"
                              " AND mentor_id = :mentor")
                            .Use("org", org_id)
                            .Use("program", program_id)
                            .Use("mentee", mentee_id)
                            .Use("mentor", mentor_id)
                            .Exec();
    return deleted == 1 ? Status::Ok() : NotFound("The exclusion does not exist.");
  });
}

Result<app::PageRows<domain::Exclusion>> SociTx::ListExclusions(const std::string& org_id,
                                                                const std::string& program_id,
                                                                const app::PageQuery& page) {
  return Run("ListExclusions", [&]() -> Result<app::PageRows<domain::Exclusion>> {
    RETURN_IF_ERROR(kExclusionsOldestFirst.Check(page));
    domain::Exclusion e;
    Query q(sql_, std::string("SELECT ") + kExclusionColumns +
                      " FROM exclusions WHERE organisation_id = :org AND program_id = :program" +
                      kExclusionsOldestFirst.Condition(page) + kExclusionsOldestFirst.OrderBy(page));
    q.Use("org", org_id).Use("program", program_id);
    kExclusionsOldestFirst.Bind(q, page);
    IntoExclusion(q, e);
    std::vector<domain::Exclusion> out;
    while (q.Next()) out.push_back(e);
    return TakePage(std::move(out), page, [](const domain::Exclusion& last) {
      return app::SortKey{last.created_at, last.mentee_id, last.mentor_id};
    });
  });
}

}  // namespace tandem::store
