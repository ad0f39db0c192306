// SociTx: match rounds and their output (proposals, unmatched mentees), organisation-owned.
//
// A round's output is replaced wholesale on every run: one DELETE, then a BatchInsert (one
// round trip per few thousand rows on PostgreSQL, one prepared statement on SQLite), so a
// 10,000-mentee round costs a handful of statements.
#include <soci/soci.h>

#include "store/batch_insert.h"
#include "store/enum_codec.h"
#include "store/keyset.h"
#include "store/reason_codec.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kRoundsNewestFirst = NewestFirst();

constexpr char kRoundColumns[] =
    "organisation_id, id, program_id, objective, status, mentee_scope, mentor_scope, created_by,"
    " created_at, published_at, total_score, matched, unmatched, priority_cost,"
    " candidates_per_mentee";

// Binds a row of kRoundColumns; the scopes need decoding after each fetch.
struct RoundRow {
  domain::MatchRound round;
  std::string mentee_scope;
  std::string mentor_scope;

  void Bind(Query& q) {
    q.Into(round.organisation_id).Into(round.id).Into(round.program_id);
    q.IntoEnum(round.objective, &domain::ParseObjective, "match_rounds.objective");
    q.IntoEnum(round.status, &domain::ParseRoundStatus, "match_rounds.status");
    q.Into(mentee_scope).Into(mentor_scope).IntoNullable(round.created_by).Into(round.created_at);
    q.IntoNullable(round.published_at).Into(round.total_score).Into(round.matched);
    q.Into(round.unmatched).Into(round.priority_cost).Into(round.candidates_per_mentee);
  }
  domain::MatchRound Decode() const {
    domain::MatchRound out = round;
    out.mentee_scope = DecodeIdList(mentee_scope);
    out.mentor_scope = DecodeIdList(mentor_scope);
    return out;
  }
};

// Binds the columns UpdateRound may change.
void UseRoundOutcome(Query& q, const domain::MatchRound& r) {
  q.Use("status", domain::RoundStatusName(r.status)).UseNullableInt("published_at", r.published_at);
  q.UseInt("total_score", r.total_score).UseInt("matched", r.matched);
  q.UseInt("unmatched", r.unmatched).UseInt("priority_cost", r.priority_cost);
}

}  // namespace

Status SociTx::InsertRound(const domain::MatchRound& r) {
  return Run("InsertRound", [&]() -> Status {
    Query q(sql_, std::string("INSERT INTO match_rounds (") + kRoundColumns +
                      ") VALUES (:org, :id, :program, :objective, :status, :mentee_scope,"
                      " :mentor_scope, :created_by, :created_at, :published_at, :total_score,"
                      " :matched, :unmatched, :priority_cost, :candidates_per_mentee)"
                      " ON CONFLICT DO NOTHING");
    q.Use("org", r.organisation_id).Use("id", r.id).Use("program", r.program_id);
    q.Use("objective", domain::ObjectiveName(r.objective));
    q.Use("mentee_scope", EncodeIdList(r.mentee_scope));
    q.Use("mentor_scope", EncodeIdList(r.mentor_scope));
    q.UseNullable("created_by", r.created_by).UseInt("created_at", r.created_at);
    UseRoundOutcome(q, r);
    q.UseInt("candidates_per_mentee", r.candidates_per_mentee);
    if (q.Exec() == 1) return Status::Ok();
    return AlreadyExists("A match round with this id already exists.");
  });
}

Status SociTx::UpdateRound(const domain::MatchRound& r) {
  return Run("UpdateRound", [&]() -> Status {
    Query q(sql_,
            "UPDATE match_rounds SET status = :status, published_at = :published_at,"
            " total_score = :total_score, matched = :matched, unmatched = :unmatched,"
            " priority_cost = :priority_cost WHERE organisation_id = :org AND id = :id");
    UseRoundOutcome(q, r);
    q.Use("org", r.organisation_id).Use("id", r.id);
    return q.Exec() == 1 ? Status::Ok() : NotFound("The match round does not exist.");
  });
}

Result<domain::MatchRound> SociTx::GetRound(const std::string& org_id, const std::string& id) {
  return Run("GetRound", [&]() -> Result<domain::MatchRound> {
    RoundRow row;
    Query q(sql_, std::string("SELECT ") + kRoundColumns +
                      " FROM match_rounds WHERE organisation_id = :org AND id = :id");
    q.Use("org", org_id).Use("id", id);
    row.Bind(q);
    if (!q.Next()) return NotFound("The match round does not exist.");
    return row.Decode();
  });
}

Result<app::PageRows<domain::MatchRound>> SociTx::ListRounds(const std::string& org_id,
                                                             const std::string& program_id,
                                                             const app::PageQuery& page) {
  return Run("ListRounds", [&]() -> Result<app::PageRows<domain::MatchRound>> {
    RETURN_IF_ERROR(kRoundsNewestFirst.Check(page));
    RoundRow row;
    Query q(sql_, std::string("SELECT ") + kRoundColumns +
                      " FROM match_rounds WHERE organisation_id = :org AND program_id = :program" +
                      kRoundsNewestFirst.Condition(page) + kRoundsNewestFirst.OrderBy(page));
    q.Use("org", org_id).Use("program", program_id);
    kRoundsNewestFirst.Bind(q, page);
    row.Bind(q);
    std::vector<domain::MatchRound> out;
    while (q.Next()) out.push_back(row.Decode());
    return TakePage(std::move(out), page, [](const domain::MatchRound& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

bool SociTx::RoundExists(const std::string& org_id, const std::string& round_id) {
  return Query(sql_, "SELECT COUNT(*) FROM match_rounds WHERE organisation_id = :org AND id = :id")
             .Use("org", org_id)
             .Use("id", round_id)
             .Scalar() > 0;
}

Status SociTx::LockRound(const std::string& org_id, const std::string& round_id) {
  return Run("LockRound", [&]() -> Status {
    return LockRow("SELECT id FROM match_rounds WHERE organisation_id = :org AND id = :id", org_id,
                   round_id, "The match round does not exist.");
  });
}

Status SociTx::ReplaceProposals(const std::string& org_id, const std::string& round_id,
                                const std::vector<domain::Proposal>& proposals) {
  return Run("ReplaceProposals", [&]() -> Status {
    if (!RoundExists(org_id, round_id)) return NotFound("The match round does not exist.");
    Query(sql_, "DELETE FROM proposals WHERE organisation_id = :org AND round_id = :round")
        .Use("org", org_id)
        .Use("round", round_id)
        .Exec();
    BatchInsert insert(sql_, dialect_, "proposals",
                       {"organisation_id", "round_id", "mentee_id", "mentor_id", "score",
                        "reasons", "locked", "shown_score"});
    for (const domain::Proposal& p : proposals) {
      insert.Add(org_id).Add(round_id).Add(p.mentee_id).Add(p.mentor_id).AddInt(p.score);
      insert.Add(EncodeReasons(p.reasons)).AddBool(p.locked).AddInt(p.shown_score);
    }
    insert.Exec();
    return Status::Ok();
  });
}

Result<std::vector<domain::Proposal>> SociTx::ListProposals(const std::string& org_id,
                                                            const std::string& round_id) {
  return Run("ListProposals", [&]() -> Result<std::vector<domain::Proposal>> {
    domain::Proposal p;
    Query q(sql_,
            "SELECT organisation_id, round_id, mentee_id, mentor_id, score, reasons,"
            " locked, shown_score"
            " FROM proposals WHERE organisation_id = :org AND round_id = :round"
            " ORDER BY mentee_id, mentor_id");
    q.Use("org", org_id).Use("round", round_id);
    q.Into(p.organisation_id).Into(p.round_id).Into(p.mentee_id).Into(p.mentor_id);
    q.Into(p.score);
    q.IntoDecoded(p.reasons, [](const std::string& t) { return DecodeReasons(t, "proposals.reasons"); });
    q.Into(p.locked);
    q.Into(p.shown_score);
    std::vector<domain::Proposal> out;
    while (q.Next()) out.push_back(p);
    return out;
  });
}

Status SociTx::ReplaceUnmatched(const std::string& org_id, const std::string& round_id,
                                const std::vector<domain::Unmatched>& unmatched) {
  return Run("ReplaceUnmatched", [&]() -> Status {
    if (!RoundExists(org_id, round_id)) return NotFound("The match round does not exist.");
    Query(sql_, "DELETE FROM unmatched WHERE organisation_id = :org AND round_id = :round")
        .Use("org", org_id)
        .Use("round", round_id)
        .Exec();
    BatchInsert insert(sql_, dialect_, "unmatched",
                       {"organisation_id", "round_id", "mentee_id", "reason_id", "reason_params"});
    for (const domain::Unmatched& u : unmatched) {
      insert.Add(org_id).Add(round_id).Add(u.mentee_id).Add(u.reason_id);
      insert.Add(EncodeReasonParams(u.params));
    }
    insert.Exec();
    return Status::Ok();
  });
}

Result<std::vector<domain::Unmatched>> SociTx::ListUnmatched(const std::string& org_id,
                                                             const std::string& round_id) {
  return Run("ListUnmatched", [&]() -> Result<std::vector<domain::Unmatched>> {
    domain::Unmatched u;
    Query q(sql_,
            "SELECT organisation_id, round_id, mentee_id, reason_id, reason_params FROM unmatched"
            " WHERE organisation_id = :org AND round_id = :round ORDER BY mentee_id");
    q.Use("org", org_id).Use("round", round_id);
    q.Into(u.organisation_id).Into(u.round_id).Into(u.mentee_id).Into(u.reason_id);
    q.IntoDecoded(u.params,
                  [](const std::string& t) { return DecodeReasonParams(t, "unmatched.reason_params"); });
    std::vector<domain::Unmatched> out;
    while (q.Next()) out.push_back(u);
    return out;
  });
}

}  // namespace tandem::store
