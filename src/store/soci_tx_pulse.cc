// SociTx: pulse surveys (domain/pulse.h; table of migration 0022).
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// The survey's columns, the program's name and the other side's name (aliases s, r, pr, po).
constexpr char kSurveyColumns[] =
    "s.id, s.organisation_id, s.relationship_id, s.person_id, s.due_on, s.sent_at,"
    " s.answered_at, COALESCE(s.rating, 0), COALESCE(s.met_since, 0), s.comment, pr.name,"
    " po.name";
constexpr char kSurveyJoins[] =
    " FROM pulse_surveys s JOIN relationships r ON r.organisation_id = s.organisation_id"
    "   AND r.id = s.relationship_id"
    " JOIN programs pr ON pr.organisation_id = r.organisation_id AND pr.id = r.program_id"
    " JOIN people po ON po.id = CASE WHEN s.person_id = r.mentee_id THEN r.mentor_id"
    "   ELSE r.mentee_id END";

void IntoSurvey(Query& q, app::PulseSurveyRow& row) {
  domain::PulseSurvey& s = row.survey;
  q.Into(s.id).Into(s.organisation_id).Into(s.relationship_id).Into(s.person_id).Into(s.due_on);
  q.Into(s.sent_at).IntoNullable(s.answered_at).Into(s.rating).Into(s.met_since).Into(s.comment);
  q.Into(row.program_name).Into(row.partner_name);
}

}  // namespace

Result<std::vector<app::PulseCandidate>> SociTx::ListPulseCandidates() {
  return Run("ListPulseCandidates", [&]() -> Result<std::vector<app::PulseCandidate>> {
    app::PulseCandidate c;
    Query q(sql_,
            "SELECT r.organisation_id, r.id, r.mentee_id, r.mentor_id, pr.name, rm.active_since,"
            " COALESCE(n.pulse_first_days, 0), COALESCE(n.pulse_every_days, 0)"
            " FROM relationship_managers rm JOIN relationships r"
            "   ON r.organisation_id = rm.organisation_id AND r.id = rm.relationship_id"
            " JOIN programs pr ON pr.organisation_id = r.organisation_id AND pr.id = r.program_id"
            " LEFT JOIN program_norms n ON n.organisation_id = r.organisation_id"
            "   AND n.program_id = r.program_id"
            " WHERE r.status = 'active' AND rm.active_since IS NOT NULL"
            " ORDER BY r.organisation_id, r.id");
    q.Into(c.organisation_id).Into(c.relationship_id).Into(c.mentee_id).Into(c.mentor_id);
    q.Into(c.program_name).Into(c.active_since).Into(c.pulse_first_days).Into(c.pulse_every_days);
    std::vector<app::PulseCandidate> out;
    while (q.Next()) out.push_back(c);
    return out;
  });
}

Result<bool> SociTx::ClaimPulseSurvey(const domain::PulseSurvey& s) {
  return Run("ClaimPulseSurvey", [&]() -> Result<bool> {
    // ON CONFLICT DO NOTHING: of two concurrent claims the second waits for the first's
    // commit on the unique key and then inserts nothing (no error, the transaction goes on).
    return Query(sql_,
                 "INSERT INTO pulse_surveys (organisation_id, id, relationship_id, person_id,"
                 " due_on, sent_at) VALUES (:org, :id, :relationship, :person, :due_on,"
                 " :sent_at) ON CONFLICT DO NOTHING")
               .Use("org", s.organisation_id)
               .Use("id", s.id)
               .Use("relationship", s.relationship_id)
               .Use("person", s.person_id)
               .Use("due_on", s.due_on)
               .UseInt("sent_at", s.sent_at)
               .Exec() == 1;
  });
}

Result<app::PulseSurveyRow> SociTx::GetPulseSurvey(const std::string& org_id,
                                                   const std::string& id) {
  return Run("GetPulseSurvey", [&]() -> Result<app::PulseSurveyRow> {
    app::PulseSurveyRow row;
    Query q(sql_, std::string("SELECT ") + kSurveyColumns + kSurveyJoins +
                      " WHERE s.organisation_id = :org AND s.id = :id");
    q.Use("org", org_id).Use("id", id);
    IntoSurvey(q, row);
    if (!q.Next()) return NotFound("No such survey.");
    return row;
  });
}

Result<bool> SociTx::SavePulseAnswer(const std::string& org_id, const std::string& id,
                                     const domain::PulseAnswer& answer, Millis at) {
  return Run("SavePulseAnswer", [&]() -> Result<bool> {
    const long long changed =
        Query(sql_,
              "UPDATE pulse_surveys SET answered_at = :at, rating = :rating, met_since = :met,"
              " comment = :comment WHERE organisation_id = :org AND id = :id"
              " AND answered_at IS NULL")
            .UseInt("at", at)
            .UseInt("rating", answer.rating)
            .UseBool("met", answer.met_since)
            .Use("comment", answer.comment)
            .Use("org", org_id)
            .Use("id", id)
            .Exec();
    if (changed == 1) return true;
    const long long exists =
        Query(sql_, "SELECT COUNT(*) FROM pulse_surveys WHERE organisation_id = :org AND id = :id")
            .Use("org", org_id)
            .Use("id", id)
            .Scalar();
    if (exists == 0) return NotFound("No such survey.");
    return false;
  });
}

Result<std::vector<app::PulseSurveyRow>> SociTx::ListOpenPulseSurveys(const std::string& person_id,
                                                                      int limit) {
  return Run("ListOpenPulseSurveys", [&]() -> Result<std::vector<app::PulseSurveyRow>> {
    app::PulseSurveyRow row;
    Query q(sql_, std::string("SELECT ") + kSurveyColumns + kSurveyJoins +
                      " WHERE s.person_id = :person AND s.answered_at IS NULL"
                      " ORDER BY s.sent_at DESC, s.id DESC LIMIT :limit");
    q.Use("person", person_id).UseInt("limit", limit);
    IntoSurvey(q, row);
    std::vector<app::PulseSurveyRow> out;
    while (q.Next()) out.push_back(row);
    return out;
  });
}

Result<std::vector<app::PulseSurveyRow>> SociTx::ListPulseAnswers(
    const std::string& org_id, const std::string& relationship_id, int limit) {
  return Run("ListPulseAnswers", [&]() -> Result<std::vector<app::PulseSurveyRow>> {
    app::PulseSurveyRow row;
    Query q(sql_, std::string("SELECT ") + kSurveyColumns + kSurveyJoins +
                      " WHERE s.organisation_id = :org AND s.relationship_id = :relationship"
                      " AND s.answered_at IS NOT NULL ORDER BY s.answered_at DESC, s.id DESC"
                      " LIMIT :limit");
    q.Use("org", org_id).Use("relationship", relationship_id).UseInt("limit", limit);
    IntoSurvey(q, row);
    std::vector<app::PulseSurveyRow> out;
    while (q.Next()) out.push_back(row);
    return out;
  });
}

}  // namespace tandem::store
