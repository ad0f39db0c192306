// SociTx: mentees' requests to mentors (organisation-owned).
#include <soci/soci.h>

#include "store/keyset.h"
#include "store/reason_codec.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

constexpr char kRequestColumns[] =
    "organisation_id, id, program_id, mentee_id, mentor_id, message, status, decline_reason,"
    " score, reasons, created_at, expires_at, decided_at, withdraw_reason";

const Keyset kRequestsNewestFirst = NewestFirst();

void IntoRequest(Query& q, domain::MentorRequest& r) {
  q.Into(r.organisation_id).Into(r.id).Into(r.program_id).Into(r.mentee_id).Into(r.mentor_id);
  q.Into(r.message);
  q.IntoEnum(r.status, &domain::ParseRequestStatus, "mentor_requests.status");
  q.Into(r.decline_reason).Into(r.score);
  q.IntoDecoded(r.reasons,
                [](const std::string& t) { return DecodeReasons(t, "mentor_requests.reasons"); });
  q.Into(r.created_at);
  q.Into(r.expires_at).IntoNullable(r.decided_at);
  q.Into(r.withdraw_reason);
}

}  // namespace

Status SociTx::InsertRequest(const domain::MentorRequest& r) {
  return Run("InsertRequest", [&]() -> Status {
    long long inserted =
        Query(sql_, std::string("INSERT INTO mentor_requests (") + kRequestColumns +
                        ") VALUES (:org, :id, :program, :mentee, :mentor, :message, :status,"
                        " :decline_reason, :score, :reasons,"
                        " :created_at, :expires_at, :decided_at, :withdraw_reason)"
                        " ON CONFLICT DO NOTHING")
            .Use("org", r.organisation_id)
            .Use("id", r.id)
            .Use("program", r.program_id)
            .Use("mentee", r.mentee_id)
            .Use("mentor", r.mentor_id)
            .Use("message", r.message)
            .Use("status", domain::RequestStatusName(r.status))
            .Use("decline_reason", r.decline_reason)
            .UseInt("score", r.score)
            .Use("reasons", EncodeReasons(r.reasons))
            .UseInt("created_at", r.created_at)
            .UseInt("expires_at", r.expires_at)
            .UseNullableInt("decided_at", r.decided_at)
            .Use("withdraw_reason", r.withdraw_reason)
            .Exec();
    if (inserted == 1) return Status::Ok();
    // DO NOTHING also covers mentor_requests_pending_pair_key (a partial unique index).
    long long same_id =
        Query(sql_,
              "SELECT COUNT(*) FROM mentor_requests WHERE organisation_id = :org AND id = :id")
            .Use("org", r.organisation_id)
            .Use("id", r.id)
            .Scalar();
    if (same_id > 0) return AlreadyExists("A mentor request with this id already exists.");
    return AlreadyExists(
        "This mentee already has a pending request to this mentor in this program.");
  });
}

Status SociTx::UpdateRequest(const domain::MentorRequest& r) {
  return Run("UpdateRequest", [&]() -> Status {
    long long updated = Query(sql_,
                              "UPDATE mentor_requests SET status = :status,"
                              " decline_reason = :decline_reason, decided_at = :decided_at,"
                              " withdraw_reason = :withdraw_reason"
                              " WHERE organisation_id = :org AND id = :id")
                            .Use("status", domain::RequestStatusName(r.status))
                            .Use("decline_reason", r.decline_reason)
                            .UseNullableInt("decided_at", r.decided_at)
                            .Use("withdraw_reason", r.withdraw_reason)
                            .Use("org", r.organisation_id)
                            .Use("id", r.id)
                            .Exec();
    return updated == 1 ? Status::Ok() : NotFound("The mentor request does not exist.");
  });
}

Result<domain::MentorRequest> SociTx::GetRequest(const std::string& org_id, const std::string& id) {
  return Run("GetRequest", [&]() -> Result<domain::MentorRequest> {
    domain::MentorRequest r;
    Query q(sql_, std::string("SELECT ") + kRequestColumns +
                      " FROM mentor_requests WHERE organisation_id = :org AND id = :id");
    q.Use("org", org_id).Use("id", id);
    IntoRequest(q, r);
    if (!q.Next()) return NotFound("The mentor request does not exist.");
    return r;
  });
}

Result<app::PageRows<domain::MentorRequest>> SociTx::ListRequestsOfMentee(
    const std::string& org_id, const std::string& program_id, const std::string& mentee_id,
    const app::PageQuery& page) {
  return Run("ListRequestsOfMentee", [&]() -> Result<app::PageRows<domain::MentorRequest>> {
    RETURN_IF_ERROR(kRequestsNewestFirst.Check(page));
    domain::MentorRequest r;
    Query q(sql_, std::string("SELECT ") + kRequestColumns +
                      " FROM mentor_requests WHERE organisation_id = :org"
                      " AND program_id = :program AND mentee_id = :mentee" +
                      kRequestsNewestFirst.Condition(page) + kRequestsNewestFirst.OrderBy(page));
    q.Use("org", org_id).Use("program", program_id).Use("mentee", mentee_id);
    kRequestsNewestFirst.Bind(q, page);
    IntoRequest(q, r);
    std::vector<domain::MentorRequest> out;
    while (q.Next()) out.push_back(r);
    return TakePage(std::move(out), page, [](const domain::MentorRequest& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

Result<app::PageRows<domain::MentorRequest>> SociTx::ListRequestsOfMentor(
    const std::string& mentor_id, const app::PageQuery& page) {
  return Run("ListRequestsOfMentor", [&]() -> Result<app::PageRows<domain::MentorRequest>> {
    RETURN_IF_ERROR(kRequestsNewestFirst.Check(page));
    domain::MentorRequest r;
    Query q(sql_, std::string("SELECT ") + kRequestColumns +
                      " FROM mentor_requests WHERE mentor_id = :mentor" +
                      kRequestsNewestFirst.Condition(page) + kRequestsNewestFirst.OrderBy(page));
    q.Use("mentor", mentor_id);
    kRequestsNewestFirst.Bind(q, page);
    IntoRequest(q, r);
    std::vector<domain::MentorRequest> out;
    while (q.Next()) out.push_back(r);
    return TakePage(std::move(out), page, [](const domain::MentorRequest& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

}  // namespace tandem::store
