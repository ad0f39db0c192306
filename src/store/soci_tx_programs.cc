// SociTx: programs and their enrollment counts (organisation-owned).
#include <soci/soci.h>

#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kProgramsByName = ByName("name", "id");

constexpr char kProgramColumns[] =
    "organisation_id, id, name, description, type, audience, start_date, end_date,"
    " default_mentor_capacity, requires_approval, status, created_at";

void IntoProgram(Query& q, domain::Program& p) {
  q.Into(p.organisation_id).Into(p.id).Into(p.name).Into(p.description);
  q.IntoEnum(p.type, &domain::ParseProgramType, "programs.type");
  q.IntoEnum(p.audience, &domain::ParseAudience, "programs.audience");
  q.IntoNullable(p.start_date).IntoNullable(p.end_date);
  q.Into(p.default_mentor_capacity).Into(p.requires_approval);
  q.IntoEnum(p.status, &domain::ParseProgramStatus, "programs.status");
  q.Into(p.created_at);
}

// Binds every column of kProgramColumns but created_at.
void UseProgram(Query& q, const domain::Program& p) {
  q.Use("org", p.organisation_id).Use("id", p.id).Use("name", p.name);
  q.Use("description", p.description).Use("type", domain::ProgramTypeName(p.type));
  q.Use("audience", domain::AudienceName(p.audience));
  q.UseNullable("start_date", p.start_date).UseNullable("end_date", p.end_date);
  q.UseInt("capacity", p.default_mentor_capacity).UseBool("approval", p.requires_approval);
  q.Use("status", domain::ProgramStatusName(p.status));
}

}  // namespace

Status SociTx::InsertProgram(const domain::Program& p) {
  return Run("InsertProgram", [&]() -> Status {
    Query q(sql_, std::string("INSERT INTO programs (") + kProgramColumns +
                      ") VALUES (:org, :id, :name, :description, :type, :audience, :start_date,"
                      " :end_date, :capacity, :approval, :status, :created_at)"
                      " ON CONFLICT DO NOTHING");
    UseProgram(q, p);
    q.UseInt("created_at", p.created_at);
    if (q.Exec() == 1) return Status::Ok();
    return AlreadyExists("A program with this id already exists.");
  });
}

Status SociTx::UpdateProgram(const domain::Program& p) {
  return Run("UpdateProgram", [&]() -> Status {
    Query q(sql_,
            "UPDATE programs SET name = :name, description = :description, type = :type,"
            " audience = :audience, start_date = :start_date, end_date = :end_date,"
            " default_mentor_capacity = :capacity, requires_approval = :approval,"
            " status = :status WHERE organisation_id = :org AND id = :id");
    UseProgram(q, p);
    return q.Exec() == 1 ? Status::Ok() : NotFound("The program does not exist.");
  });
}

Result<domain::Program> SociTx::GetProgram(const std::string& org_id, const std::string& id) {
  return Run("GetProgram", [&]() -> Result<domain::Program> {
    domain::Program p;
    Query q(sql_, std::string("SELECT ") + kProgramColumns +
                      " FROM programs WHERE organisation_id = :org AND id = :id");
    q.Use("org", org_id).Use("id", id);
    IntoProgram(q, p);
    if (!q.Next()) return NotFound("The program does not exist.");
    return p;
  });
}

Result<app::PageRows<domain::Program>> SociTx::ListPrograms(const std::string& org_id,
                                                            bool with_drafts,
                                                            const app::PageQuery& page) {
  return Run("ListPrograms", [&]() -> Result<app::PageRows<domain::Program>> {
    RETURN_IF_ERROR(kProgramsByName.Check(page));
    std::string text =
        std::string("SELECT ") + kProgramColumns + " FROM programs WHERE organisation_id = :org";
    if (!with_drafts) text += " AND status <> :draft";
    text += kProgramsByName.Condition(page) + kProgramsByName.OrderBy(page);
    Query q(sql_, text);
    q.Use("org", org_id);
    if (!with_drafts) q.Use("draft", domain::ProgramStatusName(domain::ProgramStatus::kDraft));
    kProgramsByName.Bind(q, page);
    domain::Program p;
    IntoProgram(q, p);
    std::vector<domain::Program> out;
    while (q.Next()) out.push_back(p);
    return TakePage(std::move(out), page, [](const domain::Program& last) {
      return app::SortKey{last.name, last.id};
    });
  });
}

Result<domain::ProgramCounts> SociTx::CountEnrollments(const std::string& org_id,
                                                       const std::string& program_id) {
  return Run("CountEnrollments", [&]() -> Result<domain::ProgramCounts> {
    // No row at all when the program does not exist in this organisation.
    Query q(sql_,
            "SELECT"
            " COUNT(CASE WHEN e.role = :mentor AND e.status = :active_mentor THEN 1 END),"
            " COUNT(CASE WHEN e.role = :mentee AND e.status = :active_mentee THEN 1 END),"
            " COUNT(CASE WHEN e.status = :pending THEN 1 END)"
            " FROM programs p"
            " LEFT JOIN enrollments e ON e.organisation_id = p.organisation_id"
            "   AND e.program_id = p.id"
            " WHERE p.organisation_id = :org AND p.id = :id"
            " GROUP BY p.organisation_id, p.id");
    std::int64_t mentors = 0, mentees = 0, pending = 0;
    using domain::EnrollmentStatus;
    q.Use("mentor", domain::ProgramRoleName(domain::ProgramRole::kMentor));
    q.Use("active_mentor", domain::EnrollmentStatusName(EnrollmentStatus::kActive));
    q.Use("mentee", domain::ProgramRoleName(domain::ProgramRole::kMentee));
    q.Use("active_mentee", domain::EnrollmentStatusName(EnrollmentStatus::kActive));
    q.Use("pending", domain::EnrollmentStatusName(EnrollmentStatus::kPending));
    q.Use("org", org_id).Use("id", program_id).Into(mentors).Into(mentees).Into(pending);
    if (!q.Next()) return NotFound("The program does not exist.");
    domain::ProgramCounts counts;
    counts.mentors = static_cast<int>(mentors);
    counts.mentees = static_cast<int>(mentees);
    counts.pending = static_cast<int>(pending);
    return counts;
  });
}

}  // namespace tandem::store
