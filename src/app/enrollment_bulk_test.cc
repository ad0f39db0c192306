#include "app/enrollment_bulk.h"

#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::EnrollmentStatus;
using domain::ProgramRole;
using domain::Role;

class EnrollmentBulkTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    program_ = NewProgram(coordinator_, org_);
  }

  domain::Program NewProgram(const Caller& who, const domain::Organisation& org) {
    domain::Program p;
    p.name = "Career Pathways";
    p.audience = domain::Audience::kYouth;
    p.requires_approval = true;
    p.status = domain::ProgramStatus::kOpen;
    p.default_mentor_capacity = 2;
    return CreateProgram(*ctx_, who, org.id, p)->program;
  }

  // A new member's pending application.
  std::string Apply(const domain::Organisation& org, const domain::Program& program,
                    ProgramRole role, const std::string& name) {
    Caller c = Member(org, {domain::ToRole(role)}, name);
    auto e = ApplyToProgram(*ctx_, c, org.id, program.id, role, "");
    EXPECT_OK(e);
    return e->enrollment.id;
  }

  EnrollmentStatus StatusOf(const std::string& id) {
    auto page = ListEnrollments(*ctx_, coordinator_, org_.id, program_.id, {}, {});
    for (const auto& v : page->items)
      if (v.enrollment.id == id) return v.enrollment.status;
    ADD_FAILURE() << "no enrollment " << id;
    return EnrollmentStatus::kDeclined;
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
};

TEST_F(EnrollmentBulkTest, ApprovesAllOrNothing) {
  std::string a = Apply(org_, program_, ProgramRole::kMentee, "ana");
  std::string b = Apply(org_, program_, ProgramRole::kMentor, "ben");
  domain::Organisation other = MakeOrg("elsewhere");
  Caller their_coordinator = Member(other, {Role::kCoordinator}, "theirs");
  domain::Program theirs = NewProgram(their_coordinator, other);
  std::string foreign = Apply(other, theirs, ProgramRole::kMentee, "far");

  EXPECT_CODE(ApproveEnrollments(*ctx_, coordinator_, org_.id, program_.id, {a, foreign}),
              StatusCode::kNotFound);
  EXPECT_EQ(StatusOf(a), EnrollmentStatus::kPending);
  EXPECT_CODE(ApproveEnrollments(*ctx_, coordinator_, org_.id, program_.id, {a, a}),
              StatusCode::kInvalidArgument);
  EXPECT_CODE(ApproveEnrollments(*ctx_, coordinator_, org_.id, program_.id, {}),
              StatusCode::kInvalidArgument);
  EXPECT_CODE(ApproveEnrollments(*ctx_, their_coordinator, org_.id, program_.id, {a}),
              StatusCode::kNotFound);

  auto done = ApproveEnrollments(*ctx_, coordinator_, org_.id, program_.id, {b, a});
  ASSERT_OK(done);
  ASSERT_EQ(done->size(), 2u);
  EXPECT_EQ((*done)[0].enrollment.id, b);
  EXPECT_EQ((*done)[1].enrollment.status, EnrollmentStatus::kActive);

  std::string c = Apply(org_, program_, ProgramRole::kMentee, "cy");
  EXPECT_CODE(ApproveEnrollments(*ctx_, coordinator_, org_.id, program_.id, {c, a}),
              StatusCode::kFailedPrecondition);
  EXPECT_EQ(StatusOf(c), EnrollmentStatus::kPending);
}

TEST_F(EnrollmentBulkTest, SetsMentorsChecksAllOrNothing) {
  std::string m1 = Apply(org_, program_, ProgramRole::kMentor, "mia");
  std::string m2 = Apply(org_, program_, ProgramRole::kMentor, "max");
  std::string mentee = Apply(org_, program_, ProgramRole::kMentee, "ana");
  EnrollmentFlags cleared{true, true, std::nullopt};
  EXPECT_CODE(
      SetEnrollmentsChecks(*ctx_, coordinator_, org_.id, program_.id, {m1, mentee}, cleared),
      StatusCode::kFailedPrecondition);
  EXPECT_CODE(SetEnrollmentsChecks(*ctx_, coordinator_, org_.id, program_.id, {m1}, {}),
              StatusCode::kInvalidArgument);
  EXPECT_CODE(SetEnrollmentsChecks(*ctx_, coordinator_, org_.id, program_.id, {m1},
                                   {std::nullopt, std::nullopt, true}),
              StatusCode::kInvalidArgument);
  auto before = ListEnrollments(*ctx_, coordinator_, org_.id, program_.id, {}, {});
  for (const auto& v : before->items) EXPECT_FALSE(v.enrollment.screening_cleared);

  auto done = SetEnrollmentsChecks(*ctx_, coordinator_, org_.id, program_.id, {m1, m2}, cleared);
  ASSERT_OK(done);
  for (const auto& v : *done) {
    EXPECT_TRUE(v.enrollment.screening_cleared);
    EXPECT_TRUE(v.enrollment.training_complete);
  }
}

}  // namespace
}  // namespace tandem::app
