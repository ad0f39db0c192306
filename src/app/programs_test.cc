#include "app/programs.h"

#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;
using domain::Role;

class ProgramsTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    mentee_ = Member(org_, {Role::kMentee}, "mentee");
  }

  domain::Program Input(std::string name, bool approval = true,
                        domain::ProgramStatus status = domain::ProgramStatus::kOpen) {
    domain::Program p;
    p.name = std::move(name);
    p.audience = domain::Audience::kYouth;
    p.requires_approval = approval;
    p.status = status;
    p.default_mentor_capacity = 2;
    return p;
  }

  domain::Organisation org_;
  Caller coordinator_, mentee_;
};

TEST_F(ProgramsTest, CoordinatorCreatesAndEdits) {
  auto p = CreateProgram(*ctx_, coordinator_, org_.id, Input("  Career Pathways "));
  ASSERT_OK(p);
  EXPECT_EQ(p->program.name, "Career Pathways");
  domain::Program edit = p->program;
  edit.description = "Weekly sessions";
  edit.default_mentor_capacity = 3;
  auto updated = UpdateProgram(*ctx_, coordinator_, org_.id, p->program.id, edit);
  ASSERT_OK(updated);
  EXPECT_EQ(GetProgram(*ctx_, mentee_, org_.id, p->program.id)->program.default_mentor_capacity,
            3);
}

TEST_F(ProgramsTest, MenteesCannotCreateAndOutsidersSeeNothing) {
  EXPECT_CODE(CreateProgram(*ctx_, mentee_, org_.id, Input("X")), StatusCode::kPermissionDenied);
  auto p = CreateProgram(*ctx_, coordinator_, org_.id, Input("Visible"));
  auto other = MakeOrg("elsewhere");
  Caller outsider = Member(other, {Role::kCoordinator}, "outsider");
  EXPECT_CODE(GetProgram(*ctx_, outsider, org_.id, p->program.id), StatusCode::kNotFound);
  EXPECT_CODE(GetProgram(*ctx_, outsider, other.id, p->program.id),
              StatusCode::kNotFound);  // the id does not exist in the outsider's organisation
  EXPECT_CODE(ListPrograms(*ctx_, Caller{}, org_.id, {}), StatusCode::kUnauthenticated);
}

TEST_F(ProgramsTest, ValidationNamesFields) {
  domain::Program bad = Input("");
  bad.default_mentor_capacity = 0;
  auto r = CreateProgram(*ctx_, coordinator_, org_.id, bad);
  ASSERT_CODE(r, StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().fields().size(), 2u);
}

TEST_F(ProgramsTest, DraftsAreHiddenFromMembers) {
  auto draft = CreateProgram(*ctx_, coordinator_, org_.id,
                             Input("Draft", true, domain::ProgramStatus::kDraft));
  EXPECT_EQ(ListPrograms(*ctx_, mentee_, org_.id, {})->items.size(), 0u);
  EXPECT_EQ(ListPrograms(*ctx_, coordinator_, org_.id, {})->items.size(), 1u);
  EXPECT_CODE(GetProgram(*ctx_, mentee_, org_.id, draft->program.id), StatusCode::kNotFound);
  EXPECT_CODE(ApplyToProgram(*ctx_, mentee_, org_.id, draft->program.id, ProgramRole::kMentee, ""),
              StatusCode::kNotFound);
}

TEST_F(ProgramsTest, ApplyApproveDecline) {
  auto p = CreateProgram(*ctx_, coordinator_, org_.id, Input("Career Pathways"));
  auto e = ApplyToProgram(*ctx_, mentee_, org_.id, p->program.id, ProgramRole::kMentee,
                          "I want help with college essays");
  ASSERT_OK(e);
  EXPECT_EQ(e->enrollment.status, EnrollmentStatus::kPending);
  EXPECT_EQ(GetProgram(*ctx_, coordinator_, org_.id, p->program.id)->counts.pending, 1);

  EXPECT_CODE(ApplyToProgram(*ctx_, mentee_, org_.id, p->program.id, ProgramRole::kMentee, ""),
              StatusCode::kAlreadyExists);
  EXPECT_CODE(
      ReviewEnrollment(*ctx_, mentee_, org_.id, p->program.id, e->enrollment.id, Review::kApprove),
      StatusCode::kPermissionDenied);
  auto approved = ReviewEnrollment(*ctx_, coordinator_, org_.id, p->program.id,
                                   e->enrollment.id, Review::kApprove);
  ASSERT_OK(approved);
  EXPECT_EQ(approved->enrollment.status, EnrollmentStatus::kActive);
  EXPECT_CODE(ReviewEnrollment(*ctx_, coordinator_, org_.id, p->program.id, e->enrollment.id,
                               Review::kDecline),
              StatusCode::kFailedPrecondition);
  auto counts = GetProgram(*ctx_, coordinator_, org_.id, p->program.id)->counts;
  EXPECT_EQ(counts.mentees, 1);
  EXPECT_EQ(counts.pending, 0);
}

TEST_F(ProgramsTest, OpenProgramsWithoutApprovalActivateAtOnce) {
  auto p = CreateProgram(*ctx_, coordinator_, org_.id, Input("Flash", false));
  auto e = ApplyToProgram(*ctx_, mentee_, org_.id, p->program.id, ProgramRole::kMentor, "");
  ASSERT_OK(e);
  EXPECT_EQ(e->enrollment.status, EnrollmentStatus::kActive);
}

TEST_F(ProgramsTest, ClosedProgramsRefuseApplications) {
  auto p = CreateProgram(*ctx_, coordinator_, org_.id,
                         Input("Closed", false, domain::ProgramStatus::kClosed));
  EXPECT_CODE(ApplyToProgram(*ctx_, mentee_, org_.id, p->program.id, ProgramRole::kMentee, ""),
              StatusCode::kFailedPrecondition);
}

TEST_F(ProgramsTest, ScreeningFlagsOnlyForMentors) {
  auto p = CreateProgram(*ctx_, coordinator_, org_.id, Input("Youth", false));
  auto mentee_e =
      ApplyToProgram(*ctx_, mentee_, org_.id, p->program.id, ProgramRole::kMentee, "");
  auto mentor_e =
      ApplyToProgram(*ctx_, mentee_, org_.id, p->program.id, ProgramRole::kMentor, "");
  EXPECT_CODE(SetEnrollmentFlags(*ctx_, coordinator_, org_.id, p->program.id,
                                 mentee_e->enrollment.id, {true, std::nullopt}),
              StatusCode::kFailedPrecondition);
  auto flagged = SetEnrollmentFlags(*ctx_, coordinator_, org_.id, p->program.id,
                                    mentor_e->enrollment.id, {true, true});
  ASSERT_OK(flagged);
  EXPECT_TRUE(flagged->enrollment.screening_cleared);
  EXPECT_TRUE(flagged->enrollment.training_complete);
}

TEST_F(ProgramsTest, EnrollmentFilters) {
  auto p = CreateProgram(*ctx_, coordinator_, org_.id, Input("Filters", true));
  ASSERT_OK(ApplyToProgram(*ctx_, mentee_, org_.id, p->program.id, ProgramRole::kMentee, ""));
  ASSERT_OK(ApplyToProgram(*ctx_, coordinator_, org_.id, p->program.id, ProgramRole::kMentor, ""));
  EnrollmentFilter mentors;
  mentors.role = ProgramRole::kMentor;
  EXPECT_EQ(ListEnrollments(*ctx_, coordinator_, org_.id, p->program.id, mentors, {})->items.size(), 1u);
  EnrollmentFilter by_name;
  by_name.query = "MENTEE";
  EXPECT_EQ(ListEnrollments(*ctx_, coordinator_, org_.id, p->program.id, by_name, {})->items.size(), 1u);
  EXPECT_CODE(ListEnrollments(*ctx_, mentee_, org_.id, p->program.id, {}, {}),
              StatusCode::kPermissionDenied);
}

}  // namespace
}  // namespace tandem::app
