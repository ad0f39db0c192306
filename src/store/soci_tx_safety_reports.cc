// SociTx: safety reports and the open flags and reports per program (domain/message.h; tables
// of migration 0021).
#include <soci/soci.h>

#include <map>

#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kReportsNewestFirst = NewestFirst("s.");

constexpr char kReportColumns[] =
    "s.id, s.organisation_id, s.program_id, s.relationship_id, s.reporter_id, s.message_id,"
    " s.kind, s.reason, s.text, s.status, s.resolved_by, s.resolution_note, s.created_at,"
    " s.resolved_at";

void IntoReport(Query& q, domain::SafetyReport& r) {
  q.Into(r.id).Into(r.organisation_id).Into(r.program_id).Into(r.relationship_id);
  q.Into(r.reporter_id).IntoNullable(r.message_id);
  q.IntoEnum(r.kind, &domain::ParseReportKind, "safety_reports.kind");
  q.Into(r.reason).Into(r.text);
  q.IntoEnum(r.status, &domain::ParseReportStatus, "safety_reports.status");
  q.IntoNullable(r.resolved_by).Into(r.resolution_note).Into(r.created_at).Into(r.resolved_at);
}

}  // namespace

Status SociTx::InsertSafetyReport(const domain::SafetyReport& r) {
  return Run("InsertSafetyReport", [&]() -> Status {
    const long long relationships = Query(sql_,
                                          "SELECT COUNT(*) FROM relationships"
                                          " WHERE organisation_id = :org AND id = :id")
                                        .Use("org", r.organisation_id)
                                        .Use("id", r.relationship_id)
                                        .Scalar();
    if (relationships == 0) return NotFound("The relationship does not exist.");
    const long long inserted =
        Query(sql_,
              "INSERT INTO safety_reports (organisation_id, id, program_id, relationship_id,"
              " reporter_id, message_id, kind, reason, text, status, resolved_by,"
              " resolution_note, created_at, resolved_at) VALUES (:org, :id, :program,"
              " :relationship, :reporter, :message, :kind, :reason, :text, :status,"
              " :resolved_by, :note, :created_at, :resolved_at) ON CONFLICT DO NOTHING")
            .Use("org", r.organisation_id)
            .Use("id", r.id)
            .Use("program", r.program_id)
            .Use("relationship", r.relationship_id)
            .Use("reporter", r.reporter_id)
            .UseNullable("message", r.message_id)
            .Use("kind", domain::ReportKindName(r.kind))
            .Use("reason", r.reason)
            .Use("text", r.text)
            .Use("status", domain::ReportStatusName(r.status))
            .UseNullable("resolved_by", r.resolved_by)
            .Use("note", r.resolution_note)
            .UseInt("created_at", r.created_at)
            .UseInt("resolved_at", r.resolved_at)
            .Exec();
    if (inserted != 1) return AlreadyExists("This report id is taken.");
    return Status::Ok();
  });
}

Result<domain::SafetyReport> SociTx::GetSafetyReport(const std::string& org_id,
                                                     const std::string& report_id) {
  return Run("GetSafetyReport", [&]() -> Result<domain::SafetyReport> {
    domain::SafetyReport r;
    Query q(sql_, std::string("SELECT ") + kReportColumns +
                      " FROM safety_reports s WHERE s.organisation_id = :org AND s.id = :id");
    q.Use("org", org_id).Use("id", report_id);
    IntoReport(q, r);
    if (!q.Next()) return NotFound("The report does not exist.");
    return r;
  });
}

Status SociTx::UpdateSafetyReport(const domain::SafetyReport& r) {
  return Run("UpdateSafetyReport", [&]() -> Status {
    const long long updated =
        Query(sql_,
              "UPDATE safety_reports SET status = :status, resolved_by = :resolved_by,"
              " resolution_note = :note, resolved_at = :resolved_at"
              " WHERE organisation_id = :org AND id = :id")
            .Use("status", domain::ReportStatusName(r.status))
            .UseNullable("resolved_by", r.resolved_by)
            .Use("note", r.resolution_note)
            .UseInt("resolved_at", r.resolved_at)
            .Use("org", r.organisation_id)
            .Use("id", r.id)
            .Exec();
    if (updated != 1) return NotFound("The report does not exist.");
    return Status::Ok();
  });
}

Result<app::PageRows<domain::SafetyReport>> SociTx::ListOpenSafetyReports(
    const std::string& org_id, const app::PageQuery& page) {
  return Run("ListOpenSafetyReports", [&]() -> Result<app::PageRows<domain::SafetyReport>> {
    RETURN_IF_ERROR(kReportsNewestFirst.Check(page));
    domain::SafetyReport r;
    Query q(sql_, std::string("SELECT ") + kReportColumns +
                      " FROM safety_reports s WHERE s.organisation_id = :org"
                      " AND s.status = 'open'" +
                      kReportsNewestFirst.Condition(page) + kReportsNewestFirst.OrderBy(page));
    q.Use("org", org_id);
    kReportsNewestFirst.Bind(q, page);
    IntoReport(q, r);
    std::vector<domain::SafetyReport> out;
    while (q.Next()) out.push_back(r);
    return TakePage(std::move(out), page, [](const domain::SafetyReport& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

Result<std::vector<app::ProgramSafetyWork>> SociTx::CountSafetyWork(const std::string& org_id) {
  return Run("CountSafetyWork", [&]() -> Result<std::vector<app::ProgramSafetyWork>> {
    std::map<std::string, app::ProgramSafetyWork> by_program;
    std::string program;
    std::int64_t count = 0;
    {
      Query q(sql_,
              "SELECT r.program_id, COUNT(*) FROM messages m JOIN relationships r"
              " ON r.organisation_id = m.organisation_id AND r.id = m.relationship_id"
              " WHERE m.organisation_id = :org AND m.flag_status = 'open' GROUP BY r.program_id");
      q.Use("org", org_id).Into(program).Into(count);
      while (q.Next()) by_program[program].open_flags = static_cast<int>(count);
    }
    {
      Query q(sql_,
              "SELECT program_id, COUNT(*) FROM safety_reports WHERE organisation_id = :org"
              " AND status = 'open' GROUP BY program_id");
      q.Use("org", org_id).Into(program).Into(count);
      while (q.Next()) by_program[program].open_reports = static_cast<int>(count);
    }
    std::vector<app::ProgramSafetyWork> out;
    for (auto& [id, work] : by_program) {
      work.program_id = id;
      out.push_back(work);
    }
    return out;
  });
}

}  // namespace tandem::store
