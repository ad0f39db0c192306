// SociTx: program norms, agreement versions, acceptances and guardians' links
// (domain/agreement.h; tables of migration 0016).
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

constexpr char kVersionColumns[] =
    "organisation_id, program_id, version, text, published_by, published_at";

void IntoVersion(Query& q, domain::AgreementVersion& v) {
  q.Into(v.organisation_id).Into(v.program_id).Into(v.version).Into(v.text);
  q.Into(v.published_by).Into(v.published_at);
}

}  // namespace

Result<std::optional<domain::ProgramNorms>> SociTx::FindProgramNorms(
    const std::string& org_id, const std::string& program_id) {
  return Run("FindProgramNorms", [&]() -> Result<std::optional<domain::ProgramNorms>> {
    domain::ProgramNorms n;
    Query q(
        sql_,
        "SELECT organisation_id, program_id, expectations, meeting_frequency,"
        " confidentiality, ending, meeting_cadence_days, checkin_cadence_days, pulse_first_days,"
        " pulse_every_days, updated_at FROM program_norms"
        " WHERE organisation_id = :org AND program_id = :program");
    q.Use("org", org_id).Use("program", program_id);
    q.Into(n.organisation_id).Into(n.program_id).Into(n.expectations).Into(n.meeting_frequency);
    q.Into(n.confidentiality).Into(n.ending).Into(n.meeting_cadence_days);
    q.Into(n.checkin_cadence_days).Into(n.pulse_first_days).Into(n.pulse_every_days);
    q.Into(n.updated_at);
    if (!q.Next()) return std::optional<domain::ProgramNorms>();
    return std::optional<domain::ProgramNorms>(std::move(n));
  });
}

Status SociTx::SaveProgramNorms(const domain::ProgramNorms& n) {
  return Run("SaveProgramNorms", [&]() -> Status {
    long long programs = Query(sql_,
                               "SELECT COUNT(*) FROM programs WHERE organisation_id = :org"
                               " AND id = :id")
                             .Use("org", n.organisation_id)
                             .Use("id", n.program_id)
                             .Scalar();
    if (programs == 0) return NotFound("The program does not exist.");
    Query(sql_,
          "INSERT INTO program_norms (organisation_id, program_id, expectations,"
          " meeting_frequency, confidentiality, ending, meeting_cadence_days,"
          " checkin_cadence_days, pulse_first_days, pulse_every_days, updated_at)"
          " VALUES (:org, :program, :expectations, :meeting_frequency, :confidentiality,"
          " :ending, :cadence, :checkin_cadence, :pulse_first, :pulse_every, :updated_at)"
          " ON CONFLICT (organisation_id, program_id) DO UPDATE SET"
          " expectations = excluded.expectations, meeting_frequency = excluded.meeting_frequency,"
          " confidentiality = excluded.confidentiality, ending = excluded.ending,"
          " meeting_cadence_days = excluded.meeting_cadence_days,"
          " checkin_cadence_days = excluded.checkin_cadence_days,"
          " pulse_first_days = excluded.pulse_first_days,"
          " pulse_every_days = excluded.pulse_every_days,"
          " updated_at = excluded.updated_at")
        .Use("org", n.organisation_id)
        .Use("program", n.program_id)
        .Use("expectations", n.expectations)
        .Use("meeting_frequency", n.meeting_frequency)
        .Use("confidentiality", n.confidentiality)
        .Use("ending", n.ending)
        .UseInt("cadence", n.meeting_cadence_days)
        .UseInt("checkin_cadence", n.checkin_cadence_days)
        .UseInt("pulse_first", n.pulse_first_days)
        .UseInt("pulse_every", n.pulse_every_days)
        .UseInt("updated_at", n.updated_at)
        .Exec();
    return Status::Ok();
  });
}

Status SociTx::InsertAgreementVersion(const domain::AgreementVersion& v) {
  return Run("InsertAgreementVersion", [&]() -> Status {
    long long inserted =
        Query(sql_, std::string("INSERT INTO agreement_versions (") + kVersionColumns +
                        ") VALUES (:org, :program, :version, :text, :published_by,"
                        " :published_at) ON CONFLICT DO NOTHING")
            .Use("org", v.organisation_id)
            .Use("program", v.program_id)
            .UseInt("version", v.version)
            .Use("text", v.text)
            .Use("published_by", v.published_by)
            .UseInt("published_at", v.published_at)
            .Exec();
    if (inserted == 1) return Status::Ok();
    return AlreadyExists("This program already has agreement version " +
                         std::to_string(v.version) + ".");
  });
}

Result<std::optional<domain::AgreementVersion>> SociTx::FindLatestAgreementVersion(
    const std::string& org_id, const std::string& program_id) {
  return Run("FindLatestAgreementVersion",
             [&]() -> Result<std::optional<domain::AgreementVersion>> {
               domain::AgreementVersion v;
               Query q(sql_, std::string("SELECT ") + kVersionColumns +
                                 " FROM agreement_versions WHERE organisation_id = :org"
                                 " AND program_id = :program ORDER BY version DESC LIMIT 1");
               q.Use("org", org_id).Use("program", program_id);
               IntoVersion(q, v);
               if (!q.Next()) return std::optional<domain::AgreementVersion>();
               return std::optional<domain::AgreementVersion>(std::move(v));
             });
}

Result<domain::AgreementVersion> SociTx::GetAgreementVersion(const std::string& org_id,
                                                             const std::string& program_id,
                                                             int version) {
  return Run("GetAgreementVersion", [&]() -> Result<domain::AgreementVersion> {
    domain::AgreementVersion v;
    Query q(sql_, std::string("SELECT ") + kVersionColumns +
                      " FROM agreement_versions WHERE organisation_id = :org"
                      " AND program_id = :program AND version = :version");
    q.Use("org", org_id).Use("program", program_id).UseInt("version", version);
    IntoVersion(q, v);
    if (!q.Next()) return NotFound("The agreement version does not exist.");
    return v;
  });
}

Result<std::vector<domain::AgreementVersion>> SociTx::ListAgreementVersions(
    const std::string& org_id, const std::string& program_id) {
  return Run("ListAgreementVersions", [&]() -> Result<std::vector<domain::AgreementVersion>> {
    std::vector<domain::AgreementVersion> out;
    domain::AgreementVersion v;
    Query q(sql_, std::string("SELECT ") + kVersionColumns +
                      " FROM agreement_versions WHERE organisation_id = :org"
                      " AND program_id = :program ORDER BY version DESC");
    q.Use("org", org_id).Use("program", program_id);
    IntoVersion(q, v);
    while (q.Next()) out.push_back(v);
    return out;
  });
}

Result<bool> SociTx::InsertAgreementAcceptance(const domain::AgreementAcceptance& a) {
  return Run("InsertAgreementAcceptance", [&]() -> Result<bool> {
    long long relationships = Query(sql_,
                                    "SELECT COUNT(*) FROM relationships"
                                    " WHERE organisation_id = :org AND id = :id")
                                  .Use("org", a.organisation_id)
                                  .Use("id", a.relationship_id)
                                  .Scalar();
    if (relationships == 0) return NotFound("The relationship does not exist.");
    long long inserted =
        Query(sql_,
              "INSERT INTO agreement_acceptances (organisation_id, relationship_id, party,"
              " version, person_id, accepted_at) VALUES (:org, :relationship, :party, :version,"
              " :person, :accepted_at) ON CONFLICT DO NOTHING")
            .Use("org", a.organisation_id)
            .Use("relationship", a.relationship_id)
            .Use("party", domain::AgreementPartyName(a.party))
            .UseInt("version", a.version)
            .Use("person", a.person_id)
            .UseInt("accepted_at", a.accepted_at)
            .Exec();
    return inserted == 1;
  });
}

Result<std::vector<domain::AgreementAcceptance>> SociTx::ListAgreementAcceptances(
    const std::string& org_id, const std::string& relationship_id) {
  return Run("ListAgreementAcceptances",
             [&]() -> Result<std::vector<domain::AgreementAcceptance>> {
               std::vector<domain::AgreementAcceptance> out;
               domain::AgreementAcceptance a;
               Query q(sql_,
                       "SELECT organisation_id, relationship_id, party, version, person_id,"
                       " accepted_at FROM agreement_acceptances WHERE organisation_id = :org"
                       " AND relationship_id = :relationship ORDER BY accepted_at, party");
               q.Use("org", org_id).Use("relationship", relationship_id);
               q.Into(a.organisation_id).Into(a.relationship_id);
               q.IntoEnum(a.party, &domain::ParseAgreementParty, "agreement_acceptances.party");
               q.Into(a.version).Into(a.person_id).Into(a.accepted_at);
               while (q.Next()) out.push_back(a);
               return out;
             });
}

Status SociTx::InsertGuardianLink(const domain::GuardianLink& l) {
  return Run("InsertGuardianLink", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO agreement_guardian_links (token_hash, organisation_id,"
              " relationship_id, version, email, created_at, expires_at) VALUES (:token_hash,"
              " :org, :relationship, :version, :email, :created_at, :expires_at)"
              " ON CONFLICT DO NOTHING")
            .Use("token_hash", l.token_hash)
            .Use("org", l.organisation_id)
            .Use("relationship", l.relationship_id)
            .UseInt("version", l.version)
            .Use("email", l.email)
            .UseInt("created_at", l.created_at)
            .UseInt("expires_at", l.expires_at)
            .Exec();
    return inserted == 1 ? Status::Ok() : AlreadyExists("This guardian link already exists.");
  });
}

Result<int> SociTx::ExpireGuardianLinks(const std::string& org_id,
                                        const std::string& relationship_id, Millis now) {
  return Run("ExpireGuardianLinks", [&]() -> Result<int> {
    long long ended = Query(sql_,
                            "UPDATE agreement_guardian_links SET expires_at = :now"
                            " WHERE organisation_id = :org AND relationship_id = :relationship"
                            " AND expires_at > :now")
                          .UseInt("now", now)
                          .Use("org", org_id)
                          .Use("relationship", relationship_id)
                          .Exec();
    return static_cast<int>(ended);
  });
}

Result<std::optional<domain::GuardianLink>> SociTx::FindGuardianLink(
    const std::string& token_hash) {
  return Run("FindGuardianLink", [&]() -> Result<std::optional<domain::GuardianLink>> {
    domain::GuardianLink l;
    Query q(sql_,
            "SELECT token_hash, organisation_id, relationship_id, version, email, created_at,"
            " expires_at FROM agreement_guardian_links WHERE token_hash = :token_hash");
    q.Use("token_hash", token_hash);
    q.Into(l.token_hash).Into(l.organisation_id).Into(l.relationship_id).Into(l.version);
    q.Into(l.email).Into(l.created_at).Into(l.expires_at);
    if (!q.Next()) return std::optional<domain::GuardianLink>();
    return std::optional<domain::GuardianLink>(std::move(l));
  });
}

}  // namespace tandem::store
