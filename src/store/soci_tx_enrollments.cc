// SociTx: enrollments (organisation-owned) and the joined views lists show.
#include <soci/soci.h>

#include <set>
#include <unordered_map>

#include "store/enrollment_rows.h"
#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

using Type = Keyset::Type;

// A program's enrollments by person name: (lower(name), name, person id, role, id), key
// (name, person id, role, id).
const Keyset kEnrollmentsByName(Keyset::Order::kAscending,
                                {Type::kText, Type::kText, Type::kText, Type::kText},
                                {{"lower(pe.name)", 0, true},
                                 {"pe.name", 0},
                                 {"pe.id", 1},
                                 {"e.role", 2},
                                 {"e.id", 3}});

const Keyset kEnrollmentsNewestFirst = NewestFirst("e.");

constexpr char kViewFrom[] =
    " FROM enrollments e"
    " JOIN programs pr ON pr.organisation_id = e.organisation_id AND pr.id = e.program_id"
    " JOIN people pe ON pe.id = e.person_id"
    " LEFT JOIN profiles pf ON pf.person_id = e.person_id";

}  // namespace

template <typename Bind>
std::vector<domain::EnrollmentView> SociTx::LoadViews(const std::string& where,
                                                      const std::string& order, Bind bind) {
  Query q(sql_, std::string("SELECT ") + kEnrollmentColumns + ", pr.name, pe.name, pe.email, pr.audience,"
                    " COALESCE(pf.is_minor, 0)" +
                    kViewFrom + " WHERE " + where + order);
  bind(q);
  domain::EnrollmentView v;
  IntoEnrollment(q, v.enrollment);
  q.Into(v.program_name).Into(v.person_name).Into(v.person_email);
  q.IntoEnum(v.program_audience, &domain::ParseAudience, "programs.audience");
  q.Into(v.self_declared_minor);
  std::vector<domain::EnrollmentView> out;
  while (q.Next()) out.push_back(v);

  std::set<std::string> unique_people;
  for (const auto& view : out) unique_people.insert(view.enrollment.person_id);
  auto names = HomeOrganisationNames({unique_people.begin(), unique_people.end()});
  // Only the enrollment's own organisation: whoever reads a program's enrollments (its
  // coordinators) never learns which other organisations a participant belongs to.
  for (auto& view : out) {
    auto it = names.find({view.enrollment.person_id, view.enrollment.organisation_id});
    view.home_organisation_names = it == names.end() ? "" : it->second;
  }
  return out;
}

Status SociTx::InsertEnrollment(const domain::Enrollment& e) {
  return Run("InsertEnrollment", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO enrollments (organisation_id, id, program_id, person_id, role, status,"
              " source, message, screening_cleared, training_complete, minor_marked, grade,"
              " cohort_group, created_at)"
              " VALUES (:org, :id, :program, :person, :role, :status, :source, :message,"
              " :screening, :training, :minor, :grade, :cohort_group, :created_at)"
              " ON CONFLICT DO NOTHING")
            .Use("org", e.organisation_id)
            .Use("id", e.id)
            .Use("program", e.program_id)
            .Use("person", e.person_id)
            .Use("role", domain::ProgramRoleName(e.role))
            .Use("status", domain::EnrollmentStatusName(e.status))
            .Use("source", domain::EnrollmentSourceName(e.source))
            .Use("message", e.message)
            .UseBool("screening", e.screening_cleared)
            .UseBool("training", e.training_complete)
            .UseBool("minor", e.minor_marked)
            .Use("grade", e.grade)
            .Use("cohort_group", e.group)
            .UseInt("created_at", e.created_at)
            .Exec();
    if (inserted == 1) return Status::Ok();
    long long same_id =
        Query(sql_, "SELECT COUNT(*) FROM enrollments WHERE organisation_id = :org AND id = :id")
            .Use("org", e.organisation_id)
            .Use("id", e.id)
            .Scalar();
    if (same_id > 0) return AlreadyExists("An enrollment with this id already exists.");
    return AlreadyExists("This person is already enrolled in this program as " +
                         std::string(domain::ProgramRoleName(e.role)) + ".");
  });
}

Status SociTx::UpdateEnrollment(const domain::Enrollment& e) {
  return Run("UpdateEnrollment", [&]() -> Status {
    long long updated = Query(sql_,
                              "UPDATE enrollments SET status = :status, message = :message,"
                              " screening_cleared = :screening, training_complete = :training,"
                              " minor_marked = :minor, grade = :grade,"
                              " cohort_group = :cohort_group"
                              " WHERE organisation_id = :org AND id = :id")
                            .Use("status", domain::EnrollmentStatusName(e.status))
                            .Use("message", e.message)
                            .UseBool("screening", e.screening_cleared)
                            .UseBool("training", e.training_complete)
                            .UseBool("minor", e.minor_marked)
                            .Use("grade", e.grade)
                            .Use("cohort_group", e.group)
                            .Use("org", e.organisation_id)
                            .Use("id", e.id)
                            .Exec();
    return updated == 1 ? Status::Ok() : NotFound("The enrollment does not exist.");
  });
}

Result<domain::Enrollment> SociTx::GetEnrollment(const std::string& org_id, const std::string& id) {
  return Run("GetEnrollment", [&]() -> Result<domain::Enrollment> {
    domain::Enrollment e;
    Query q(sql_, std::string("SELECT ") + kEnrollmentColumns +
                      " FROM enrollments e WHERE e.organisation_id = :org AND e.id = :id");
    q.Use("org", org_id).Use("id", id);
    IntoEnrollment(q, e);
    if (!q.Next()) return NotFound("The enrollment does not exist.");
    return e;
  });
}

Result<std::optional<domain::Enrollment>> SociTx::FindEnrollment(const std::string& org_id,
                                                                 const std::string& program_id,
                                                                 const std::string& person_id,
                                                                 domain::ProgramRole role) {
  return Run("FindEnrollment", [&]() -> Result<std::optional<domain::Enrollment>> {
    domain::Enrollment e;
    Query q(sql_, std::string("SELECT ") + kEnrollmentColumns +
                      " FROM enrollments e WHERE e.organisation_id = :org"
                      " AND e.program_id = :program AND e.person_id = :person AND e.role = :role");
    q.Use("org", org_id).Use("program", program_id).Use("person", person_id);
    q.Use("role", domain::ProgramRoleName(role));
    IntoEnrollment(q, e);
    if (!q.Next()) return std::optional<domain::Enrollment>();
    return std::optional<domain::Enrollment>(std::move(e));
  });
}

Result<domain::EnrollmentView> SociTx::GetEnrollmentView(const std::string& org_id,
                                                         const std::string& id) {
  return Run("GetEnrollmentView", [&]() -> Result<domain::EnrollmentView> {
    auto views = LoadViews("e.organisation_id = :org AND e.id = :id", " ORDER BY e.id",
                           [&](Query& q) { q.Use("org", org_id).Use("id", id); });
    if (views.empty()) return NotFound("The enrollment does not exist.");
    return std::move(views.front());
  });
}

Result<app::PageRows<domain::EnrollmentView>> SociTx::ListEnrollmentViews(
    const std::string& org_id, const std::string& program_id, const app::EnrollmentFilter& filter,
    const app::PageQuery& page) {
  return Run("ListEnrollmentViews", [&]() -> Result<app::PageRows<domain::EnrollmentView>> {
    RETURN_IF_ERROR(kEnrollmentsByName.Check(page));
    std::string where = "e.organisation_id = :org AND e.program_id = :program";
    if (filter.role) where += " AND e.role = :role";
    if (filter.status) where += " AND e.status = :status";
    if (!filter.query.empty())
      where +=
          " AND (lower(pe.name) LIKE lower(CAST(:q_name AS TEXT)) ESCAPE '\\'"
          " OR lower(pe.email) LIKE lower(CAST(:q_email AS TEXT)) ESCAPE '\\')";
    where += kEnrollmentsByName.Condition(page);
    auto views = LoadViews(where, kEnrollmentsByName.OrderBy(page), [&](Query& q) {
      q.Use("org", org_id).Use("program", program_id);
      if (filter.role) q.Use("role", domain::ProgramRoleName(*filter.role));
      if (filter.status) q.Use("status", domain::EnrollmentStatusName(*filter.status));
      if (!filter.query.empty()) {
        std::string pattern = ContainsPattern(filter.query);
        q.Use("q_name", pattern).Use("q_email", pattern);
      }
      kEnrollmentsByName.Bind(q, page);
    });
    return TakePage(std::move(views), page, [](const domain::EnrollmentView& last) {
      return app::SortKey{last.person_name, last.enrollment.person_id,
                          std::string(domain::ProgramRoleName(last.enrollment.role)),
                          last.enrollment.id};
    });
  });
}

Result<app::PageRows<domain::EnrollmentView>> SociTx::ListEnrollmentViewsOfPerson(
    const std::string& person_id, const app::PageQuery& page) {
  return Run("ListEnrollmentViewsOfPerson",
             [&]() -> Result<app::PageRows<domain::EnrollmentView>> {
               RETURN_IF_ERROR(kEnrollmentsNewestFirst.Check(page));
               auto views = LoadViews(
                   "e.person_id = :person" + kEnrollmentsNewestFirst.Condition(page),
                   kEnrollmentsNewestFirst.OrderBy(page), [&](Query& q) {
                     q.Use("person", person_id);
                     kEnrollmentsNewestFirst.Bind(q, page);
                   });
               return TakePage(std::move(views), page, [](const domain::EnrollmentView& last) {
                 return app::SortKey{last.enrollment.created_at, last.enrollment.id};
               });
             });
}

}  // namespace tandem::store
