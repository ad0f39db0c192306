// SociTx: mentoring relationships (organisation-owned), mentor capacity and participant locks.
//
// Capacity decisions follow LockParticipants -> CountCapacityUse -> InsertRelationship in one
// write transaction. On PostgreSQL (READ COMMITTED) the SELECT ... FOR UPDATE makes a second
// decider about the same person wait until the first commits; its reads then run with a new
// snapshot and see the first's relationship. On SQLite write transactions are already
// serialised (BEGIN IMMEDIATE), so LockParticipants only checks that the enrollments exist.
#include <soci/soci.h>

#include <algorithm>

#include "store/keyset.h"
#include "store/reason_codec.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kRelationshipsNewestFirst = NewestFirst();

constexpr char kRelationshipColumns[] =
    "organisation_id, id, program_id, mentee_id, mentor_id, status, source, mentee_accepted,"
    " mentor_accepted, score, reasons, created_at, updated_at, end_reason";

void IntoRelationship(Query& q, domain::Relationship& r) {
  q.Into(r.organisation_id).Into(r.id).Into(r.program_id).Into(r.mentee_id).Into(r.mentor_id);
  q.IntoEnum(r.status, &domain::ParseRelationshipStatus, "relationships.status");
  q.IntoEnum(r.source, &domain::ParseRelationshipSource, "relationships.source");
  q.Into(r.mentee_accepted).Into(r.mentor_accepted).Into(r.score);
  q.IntoDecoded(r.reasons, [](const std::string& t) { return DecodeReasons(t, "relationships.reasons"); });
  q.Into(r.created_at).Into(r.updated_at).Into(r.end_reason);
}

std::string StatusName(domain::RelationshipStatus s) {
  return std::string(domain::RelationshipStatusName(s));
}

}  // namespace

Status SociTx::InsertRelationship(const domain::Relationship& r) {
  return Run("InsertRelationship", [&]() -> Status {
    // DO NOTHING also covers relationships_open_pair_key (a partial unique index).
    long long inserted =
        Query(sql_, std::string("INSERT INTO relationships (") + kRelationshipColumns +
                        ") VALUES (:org, :id, :program, :mentee, :mentor, :status, :source,"
                        " :mentee_accepted, :mentor_accepted, :score, :reasons,"
                        " :created_at, :updated_at, :end_reason)"
                        " ON CONFLICT DO NOTHING")
            .Use("org", r.organisation_id)
            .Use("id", r.id)
            .Use("program", r.program_id)
            .Use("mentee", r.mentee_id)
            .Use("mentor", r.mentor_id)
            .Use("status", StatusName(r.status))
            .Use("source", domain::RelationshipSourceName(r.source))
            .UseBool("mentee_accepted", r.mentee_accepted)
            .UseBool("mentor_accepted", r.mentor_accepted)
            .UseInt("score", r.score)
            .Use("reasons", EncodeReasons(r.reasons))
            .UseInt("created_at", r.created_at)
            .UseInt("updated_at", r.updated_at)
            .Use("end_reason", r.end_reason)
            .Exec();
    if (inserted == 1) return Status::Ok();
    long long same_id =
        Query(sql_, "SELECT COUNT(*) FROM relationships WHERE organisation_id = :org AND id = :id")
            .Use("org", r.organisation_id)
            .Use("id", r.id)
            .Scalar();
    if (same_id > 0) return AlreadyExists("A relationship with this id already exists.");
    return AlreadyExists(
        "This mentee already has a proposed or active relationship with this mentor in this "
        "program.");
  });
}

Status SociTx::UpdateRelationship(const domain::Relationship& r) {
  return Run("UpdateRelationship", [&]() -> Status {
    long long updated = Query(sql_,
                              "UPDATE relationships SET status = :status,"
                              " mentee_accepted = :mentee_accepted,"
                              " mentor_accepted = :mentor_accepted, updated_at = :updated_at,"
                              " end_reason = :end_reason"
                              " WHERE organisation_id = :org AND id = :id")
                            .Use("status", StatusName(r.status))
                            .Use("end_reason", r.end_reason)
                            .UseBool("mentee_accepted", r.mentee_accepted)
                            .UseBool("mentor_accepted", r.mentor_accepted)
                            .UseInt("updated_at", r.updated_at)
                            .Use("org", r.organisation_id)
                            .Use("id", r.id)
                            .Exec();
    return updated == 1 ? Status::Ok() : NotFound("The relationship does not exist.");
  });
}

Result<domain::Relationship> SociTx::GetRelationship(const std::string& org_id,
                                                     const std::string& id) {
  return Run("GetRelationship", [&]() -> Result<domain::Relationship> {
    domain::Relationship r;
    Query q(sql_, std::string("SELECT ") + kRelationshipColumns +
                      " FROM relationships WHERE organisation_id = :org AND id = :id");
    q.Use("org", org_id).Use("id", id);
    IntoRelationship(q, r);
    if (!q.Next()) return NotFound("The relationship does not exist.");
    return r;
  });
}

Result<app::PageRows<domain::Relationship>> SociTx::ListRelationships(
    const std::string& org_id, const std::string& program_id,
    const app::RelationshipFilter& filter, const app::PageQuery& page) {
  return Run("ListRelationships", [&]() -> Result<app::PageRows<domain::Relationship>> {
    RETURN_IF_ERROR(kRelationshipsNewestFirst.Check(page));
    std::string text = std::string("SELECT ") + kRelationshipColumns +
                       " FROM relationships WHERE organisation_id = :org AND program_id = :program";
    if (filter.status) text += " AND status = :status";
    if (!filter.person_id.empty())
      text += " AND (mentee_id = :as_mentee OR mentor_id = :as_mentor)";
    text += kRelationshipsNewestFirst.Condition(page) + kRelationshipsNewestFirst.OrderBy(page);
    Query q(sql_, text);
    q.Use("org", org_id).Use("program", program_id);
    if (filter.status) q.Use("status", StatusName(*filter.status));
    if (!filter.person_id.empty())
      q.Use("as_mentee", filter.person_id).Use("as_mentor", filter.person_id);
    kRelationshipsNewestFirst.Bind(q, page);
    domain::Relationship r;
    IntoRelationship(q, r);
    std::vector<domain::Relationship> out;
    while (q.Next()) out.push_back(r);
    return TakePage(std::move(out), page, [](const domain::Relationship& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

Result<app::PageRows<domain::Relationship>> SociTx::ListRelationshipsOfPerson(
    const std::string& person_id, const app::PageQuery& page) {
  return Run("ListRelationshipsOfPerson", [&]() -> Result<app::PageRows<domain::Relationship>> {
    RETURN_IF_ERROR(kRelationshipsNewestFirst.Check(page));
    Query q(sql_,
            std::string("SELECT ") + kRelationshipColumns +
                " FROM relationships WHERE (mentee_id = :as_mentee OR mentor_id = :as_mentor)" +
                kRelationshipsNewestFirst.Condition(page) +
                kRelationshipsNewestFirst.OrderBy(page));
    q.Use("as_mentee", person_id).Use("as_mentor", person_id);
    kRelationshipsNewestFirst.Bind(q, page);
    domain::Relationship r;
    IntoRelationship(q, r);
    std::vector<domain::Relationship> out;
    while (q.Next()) out.push_back(r);
    return TakePage(std::move(out), page, [](const domain::Relationship& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

Result<int> SociTx::CountCapacityUse(const std::string& org_id, const std::string& program_id,
                                     const std::string& mentor_id) {
  return Run("CountCapacityUse", [&]() -> Result<int> {
    return static_cast<int>(Query(sql_,
                                  "SELECT COUNT(*) FROM relationships WHERE organisation_id = :org"
                                  " AND program_id = :program AND mentor_id = :mentor"
                                  " AND status IN (:proposed, :active, :awaiting)")
                                .Use("org", org_id)
                                .Use("program", program_id)
                                .Use("mentor", mentor_id)
                                .Use("proposed", StatusName(domain::RelationshipStatus::kProposed))
                                .Use("active", StatusName(domain::RelationshipStatus::kActive))
                                .Use("awaiting", StatusName(
                                                     domain::RelationshipStatus::kAwaitingAgreement))
                                .Scalar());
  });
}

Status SociTx::LockParticipants(const std::string& org_id, const std::string& program_id,
                                std::vector<std::string> person_ids) {
  return Run("LockParticipants", [&]() -> Status {
    // The documented lock order: ascending person id in byte order, which is std::string's
    // order and PostgreSQL's COLLATE "C". Within one statement PostgreSQL locks the rows in the
    // ORDER BY order (the lock is taken above the sort); chunks ascend too.
    std::sort(person_ids.begin(), person_ids.end());
    person_ids.erase(std::unique(person_ids.begin(), person_ids.end()), person_ids.end());
    constexpr size_t kChunk = 500;
    for (size_t begin = 0; begin < person_ids.size(); begin += kChunk) {
      const size_t end = std::min(person_ids.size(), begin + kChunk);
      std::string in;
      for (size_t i = begin; i < end; ++i) in += (i == begin ? ":p" : ", :p") + std::to_string(i);
      std::string text =
          "SELECT person_id FROM enrollments WHERE organisation_id = :org"
          " AND program_id = :program AND person_id IN (" +
          in + ")";
      text += dialect_ == Dialect::kPostgres
                  ? " ORDER BY person_id COLLATE \"C\", id COLLATE \"C\" FOR UPDATE"
                  : " ORDER BY person_id, id";
      Query q(sql_, text);
      q.Use("org", org_id).Use("program", program_id);
      for (size_t i = begin; i < end; ++i) q.Use("p" + std::to_string(i), person_ids[i]);
      std::string person, previous;
      q.Into(person);
      size_t people = 0;
      while (q.Next()) {
        if (people == 0 || person != previous) ++people;
        previous = person;
      }
      if (people != end - begin)
        return NotFound(end - begin == 1 ? "The person is not enrolled in this program."
                                         : "Someone named is not enrolled in this program.");
    }
    return Status::Ok();
  });
}

}  // namespace tandem::store
