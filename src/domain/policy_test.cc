// The authorisation table: every kind of caller against every action. A change in who may do
// what must change this table on purpose.
#include "domain/policy.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

using D = Decision;

struct Caller {
  std::string label;
  Actor actor;
};

Actor Member(RoleSet roles) { return Actor{"p1", false, true, std::move(roles)}; }

std::vector<Caller> Callers() {
  return {
      {"anonymous", Actor{}},
      {"outsider", Actor{"p9", false, false, {}}},
      {"platform_admin", Actor{"p8", true, false, {}}},
      {"member_no_role", Member({})},
      {"mentee", Member({Role::kMentee})},
      {"mentor", Member({Role::kMentor})},
      {"coordinator", Member({Role::kCoordinator})},
      {"org_admin", Member({Role::kOrgAdmin})},
  };
}

// Expected decision per caller, in the order of Callers().
struct Row {
  Action action;
  std::vector<D> expected;
};

constexpr D A = D::kAllow, U = D::kUnauthenticated, H = D::kHidden, F = D::kForbidden;

const std::vector<Row>& RoleTable() {
  //                                  anon out padm none mentee mentor coord admin
  static const std::vector<Row> kTable = {
      {Action::kCreateOrganisation,   {U, F, A, F, F, F, F, F}},
      {Action::kViewOutbox,           {U, F, A, F, F, F, F, F}},
      {Action::kViewPlatformAudit,    {U, F, A, F, F, F, F, F}},
      {Action::kViewOrganisation,     {U, H, A, A, A, A, A, A}},
      // The platform admin is not a skeleton key: outside their own memberships they get no
      // members (emails), roles, invitations (links into accounts) or taxonomy (was A).
      {Action::kListMembers,          {U, H, F, F, F, F, A, A}},
      {Action::kEditMemberRoles,      {U, H, F, F, F, F, F, A}},
      {Action::kInviteWithOrgRoles,   {U, H, F, F, F, F, F, A}},
      {Action::kInviteToProgram,      {U, H, F, F, F, F, A, A}},
      {Action::kListInvitations,      {U, H, F, F, F, F, A, A}},
      {Action::kRevokeInvitation,     {U, H, F, F, F, F, A, A}},
      {Action::kViewTaxonomy,         {U, H, F, A, A, A, A, A}},
      {Action::kEditTaxonomy,         {U, H, F, F, F, F, F, A}},
      // The platform admin sees the programs any member sees (issue 9 point 14; was F).
      {Action::kListPrograms,         {U, H, A, A, A, A, A, A}},
      {Action::kViewDraftPrograms,    {U, H, F, F, F, F, A, A}},
      {Action::kCreateProgram,        {U, H, F, F, F, F, A, A}},
      {Action::kEditProgram,          {U, H, F, F, F, F, A, A}},
      {Action::kApplyToProgram,       {U, H, F, A, A, A, A, A}},
      {Action::kListEnrollments,      {U, H, F, F, F, F, A, A}},
      {Action::kReviewEnrollment,     {U, H, F, F, F, F, A, A}},
      {Action::kManageMatching,       {U, H, F, F, F, F, A, A}},
      {Action::kSeekMentor,           {U, H, F, F, A, F, F, F}},
      {Action::kViewAuditLog,         {U, H, F, F, F, F, F, A}},
  };
  return kTable;
}

TEST(PolicyTest, TableCoversEveryAction) {
  EXPECT_EQ(RoleTable().size(), std::size(kAllActions));
  for (Action a : kAllActions) {
    bool found = false;
    for (const Row& r : RoleTable()) found |= r.action == a;
    EXPECT_TRUE(found) << ActionName(a);
  }
}

TEST(PolicyTest, EveryCallerAgainstEveryAction) {
  auto callers = Callers();
  for (const Row& row : RoleTable()) {
    ASSERT_EQ(row.expected.size(), callers.size());
    for (size_t i = 0; i < callers.size(); ++i) {
      EXPECT_EQ(Decide(callers[i].actor, row.action), row.expected[i])
          << callers[i].label << " / " << ActionName(row.action);
    }
  }
}

TEST(PolicyTest, RolesCombine) {
  Actor mentor_and_coordinator = Member({Role::kMentor, Role::kCoordinator});
  EXPECT_EQ(Decide(mentor_and_coordinator, Action::kCreateProgram), D::kAllow);
  // A platform admin who is a mentee somewhere has a mentee's rights there, nothing more.
  Actor admin_member = Actor{"p1", true, true, {Role::kMentee}};
  EXPECT_EQ(Decide(admin_member, Action::kSeekMentor), D::kAllow);
  EXPECT_EQ(Decide(admin_member, Action::kEditMemberRoles), D::kForbidden);
  EXPECT_EQ(Decide(admin_member, Action::kListMembers), D::kForbidden);
  EXPECT_EQ(Decide(admin_member, Action::kListEnrollments), D::kForbidden);
  EXPECT_EQ(Decide(admin_member, Action::kViewAuditLog), D::kForbidden);
  EXPECT_EQ(Decide(admin_member, Action::kCreateOrganisation), D::kAllow);
}

TEST(PolicyTest, AuthorizeMapsToStatus) {
  EXPECT_OK(Authorize(Member({Role::kOrgAdmin}), Action::kEditTaxonomy));
  EXPECT_CODE(Authorize(Actor{}, Action::kListPrograms), StatusCode::kUnauthenticated);
  EXPECT_CODE(Authorize(Actor{"x", false, false, {}}, Action::kListPrograms, "program"),
              StatusCode::kNotFound);
  Status s = Authorize(Member({Role::kMentee}), Action::kCreateProgram);
  EXPECT_CODE(s, StatusCode::kPermissionDenied);
  EXPECT_NE(s.message().find("create programs"), std::string::npos);
}

}  // namespace
}  // namespace tandem::domain
