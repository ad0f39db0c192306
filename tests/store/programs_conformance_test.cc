// Conformance: programs and their enrollment counts.
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;

class ProgramsConformanceTest : public StoreTest {
 protected:
  Result<domain::Program> GetProgram(const std::string& org, const std::string& id) {
    return Read<domain::Program>([&](app::Tx& tx) { return tx.GetProgram(org, id); });
  }
  Result<domain::ProgramCounts> Count(const std::string& org, const std::string& program) {
    return Read<domain::ProgramCounts>(
        [&](app::Tx& tx) { return tx.CountEnrollments(org, program); });
  }
};

TEST_P(ProgramsConformanceTest, ProgramRoundTripsEveryField) {
  domain::Organisation org = AddOrganisation();
  domain::Program dated = AddProgram(test::AProgram(org.id)
                                         .Name("Career Pathways Mentoring")
                                         .Description("Línea 1\nLine 2 with 'quotes'")
                                         .Type(domain::ProgramType::kGroup)
                                         .Audience(domain::Audience::kYouth)
                                         .Dates("2027-02-01", "2027-06-30")
                                         .DefaultMentorCapacity(3)
                                         .RequiresApproval()
                                         .Status(domain::ProgramStatus::kDraft)
                                         .CreatedAt(test::kT0 + 99));
  domain::Program evergreen = AddProgram(test::AProgram(org.id).Type(domain::ProgramType::kFlash));
  for (const domain::Program& p : {dated, evergreen}) {
    auto got = GetProgram(org.id, p.id);
    ASSERT_OK(got);
    EXPECT_EQ(Fields(*got), Fields(p));
  }
}

TEST_P(ProgramsConformanceTest, ProgramOfAnotherOrganisationIsNotFound) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Program p = AddProgram(test::AProgram(org.id));
  EXPECT_CODE(GetProgram(other.id, p.id), StatusCode::kNotFound);
  EXPECT_CODE(GetProgram(org.id, NewId()), StatusCode::kNotFound);
}

TEST_P(ProgramsConformanceTest, InsertProgramForUnknownOrganisationIsNotFound) {
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertProgram(test::AProgram(NewId())); }),
              StatusCode::kNotFound);
}

TEST_P(ProgramsConformanceTest, UpdateProgramChangesAllButCreatedAt) {
  domain::Organisation org = AddOrganisation();
  domain::Program p = AddProgram(test::AProgram(org.id).Dates("2027-01-01", "2027-12-31"));
  domain::Program changed = test::AProgram(org.id)
                                .Id(p.id)
                                .Name("Renamed")
                                .Description("New description")
                                .Type(domain::ProgramType::kPeer)
                                .Audience(domain::Audience::kYouth)
                                .DefaultMentorCapacity(5)
                                .RequiresApproval()
                                .Status(domain::ProgramStatus::kClosed)
                                .CreatedAt(p.created_at + 1000);  // ignored
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateProgram(changed); }));
  domain::Program expected = changed;
  expected.created_at = p.created_at;
  EXPECT_EQ(Fields(*GetProgram(org.id, p.id)), Fields(expected)) << "dates cleared to evergreen";
}

TEST_P(ProgramsConformanceTest, UpdateProgramOfAnotherOrganisationIsNotFoundAndChangesNothing) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Program p = AddProgram(test::AProgram(org.id));
  domain::Program hijack = p;
  hijack.organisation_id = other.id;
  hijack.name = "Hijacked";
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdateProgram(hijack); }), StatusCode::kNotFound);
  EXPECT_EQ(GetProgram(org.id, p.id)->name, p.name);
}

TEST_P(ProgramsConformanceTest, ListProgramsIsOrderedByNameAndScoped) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  AddProgram(test::AProgram(org.id).Name("zeta"));
  AddProgram(test::AProgram(org.id).Name("Alpha"));
  AddProgram(test::AProgram(org.id).Name("beta").Status(domain::ProgramStatus::kDraft));
  AddProgram(test::AProgram(other.id).Name("Aardvark"));
  auto programs = Read<std::vector<domain::Program>>(
      [&](app::Tx& tx) { return app::EveryRow(tx.ListPrograms(org.id, true, app::kEveryRow)); });
  ASSERT_OK(programs);
  EXPECT_EQ(Keys(*programs, [](const domain::Program& p) { return p.name; }),
            (std::vector<std::string>{"Alpha", "beta", "zeta"}));
}

TEST_P(ProgramsConformanceTest, CountEnrollmentsCountsActiveByRoleAndAllPending) {
  domain::Organisation org = AddOrganisation();
  domain::Program p = AddProgram(test::AProgram(org.id));
  domain::Program sibling = AddProgram(test::AProgram(org.id));
  auto enroll = [&](const domain::Program& program, ProgramRole role, EnrollmentStatus status) {
    AddEnrollment(test::AnEnrollment(program, AddPerson().id).Role(role).Status(status));
  };
  enroll(p, ProgramRole::kMentor, EnrollmentStatus::kActive);
  enroll(p, ProgramRole::kMentor, EnrollmentStatus::kActive);
  enroll(p, ProgramRole::kMentee, EnrollmentStatus::kActive);
  enroll(p, ProgramRole::kMentor, EnrollmentStatus::kPending);
  enroll(p, ProgramRole::kMentee, EnrollmentStatus::kPending);
  enroll(p, ProgramRole::kMentee, EnrollmentStatus::kPending);
  enroll(p, ProgramRole::kMentee, EnrollmentStatus::kDeclined);
  enroll(p, ProgramRole::kMentor, EnrollmentStatus::kWithdrawn);
  enroll(sibling, ProgramRole::kMentee, EnrollmentStatus::kActive);

  auto counts = Count(org.id, p.id);
  ASSERT_OK(counts);
  EXPECT_EQ(counts->mentors, 2);
  EXPECT_EQ(counts->mentees, 1);
  EXPECT_EQ(counts->pending, 3);

  auto empty = Count(org.id, AddProgram(test::AProgram(org.id)).id);
  ASSERT_OK(empty);
  EXPECT_EQ(std::make_tuple(empty->mentors, empty->mentees, empty->pending),
            std::make_tuple(0, 0, 0));
}

TEST_P(ProgramsConformanceTest, CountEnrollmentsOfUnknownOrForeignProgramIsNotFound) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Program p = AddProgram(test::AProgram(org.id));
  EXPECT_CODE(Count(org.id, NewId()), StatusCode::kNotFound);
  EXPECT_CODE(Count(other.id, p.id), StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProgramsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
