// The platform administrator's story (create an organisation, appoint or invite its first
// admin, and nothing more) and the audit entries that actions leave.
#include "app/audit.h"

#include "app/admin.h"
#include "app/invitations.h"
#include "app/organisations.h"
#include "app/programs.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::AuditAction;
using domain::Role;

class AuditTest : public testing::UseCaseTest {
 protected:
  std::vector<domain::AuditEntry> OrgLog(const Caller& caller, const std::string& org_id) {
    auto page = ListAuditLog(*ctx_, caller, org_id, {});
    EXPECT_OK(page);
    return page.ok() ? page->items : std::vector<domain::AuditEntry>{};
  }
  static const domain::AuditEntry* Find(const std::vector<domain::AuditEntry>& entries,
                                        AuditAction action) {
    for (const auto& e : entries)
      if (e.action == action) return &e;
    return nullptr;
  }
};

TEST_F(AuditTest, ThePlatformAdminCreatesAnOrganisationAndInvitesItsFirstAdmin) {
  auto created = CreateOrganisation(
      *ctx_, admin_,
      {{"", " Riverside School ", "riverside", domain::OrganisationKind::kSchool, 0},
       " Head@Riverside.example "});
  ASSERT_OK(created);
  EXPECT_EQ(created->organisation.name, "Riverside School");
  EXPECT_FALSE(created->first_admin_appointed);
  EXPECT_EQ(created->first_admin_email, "head@riverside.example");
  ASSERT_NE(created->invitation_link.find("/invite/"), std::string::npos);
  const std::string org_id = created->organisation.id;

  // The creator is not a member and gets nothing inside the organisation but its name (and the
  // programs any member sees).
  EXPECT_OK(GetOrganisation(*ctx_, admin_, org_id));
  EXPECT_CODE(ListMembers(*ctx_, admin_, org_id, {}, {}), StatusCode::kPermissionDenied);
  EXPECT_CODE(ListInvitations(*ctx_, admin_, org_id, {}), StatusCode::kPermissionDenied);
  EXPECT_CODE(CreateInvitation(*ctx_, admin_, org_id, {"me@x.example", {Role::kOrgAdmin}, "", {}}),
              StatusCode::kPermissionDenied);
  EXPECT_CODE(SetMemberRoles(*ctx_, admin_, org_id, admin_.person_id, {Role::kOrgAdmin}),
              StatusCode::kPermissionDenied);
  EXPECT_CODE(ListAuditLog(*ctx_, admin_, org_id, {}), StatusCode::kPermissionDenied);
  EXPECT_CODE(ListTaxonomy(*ctx_, admin_, org_id, std::nullopt, {}), StatusCode::kPermissionDenied);

  // The invitee accepts and, as org_admin, reads how their organisation came to be.
  std::string token = created->invitation_link.substr(created->invitation_link.rfind('/') + 1);
  auto grant = AcceptInvitation(*ctx_, Caller{}, token, {std::string("Head Teacher"), std::string(testing::kPassword)},
                                "192.0.2.1");
  ASSERT_OK(grant);
  Caller head{grant->me.person.id, false};
  auto log = OrgLog(head, org_id);
  ASSERT_EQ(log.size(), 2u);
  const auto* made = Find(log, AuditAction::kOrganisationCreated);
  ASSERT_NE(made, nullptr);
  EXPECT_EQ(made->actor_id, admin_.person_id);
  EXPECT_EQ(made->actor_name, "Root");
  EXPECT_EQ(made->params.at("slug"), "riverside");
  const auto* invited = Find(log, AuditAction::kFirstAdminInvited);
  ASSERT_NE(invited, nullptr);
  EXPECT_EQ(invited->params.at("email"), "head@riverside.example");

  // The same entries are the platform's own actions.
  auto platform = ListPlatformAuditLog(*ctx_, admin_, {});
  ASSERT_OK(platform);
  EXPECT_EQ(platform->items.size(), 3u);  // + platform_admin.granted for admin_ itself
  EXPECT_CODE(ListPlatformAuditLog(*ctx_, head, {}), StatusCode::kPermissionDenied);
}

TEST_F(AuditTest, AnExistingAccountIsAppointedAtOnce) {
  Caller ana = MakeUser("ana@riverside.example", "Ana");
  auto created = CreateOrganisation(
      *ctx_, admin_, {{"", "Riverside", "riverside", domain::OrganisationKind::kSchool, 0},
                      "ANA@riverside.example"});
  ASSERT_OK(created);
  EXPECT_TRUE(created->first_admin_appointed);
  EXPECT_TRUE(created->invitation_link.empty());
  auto log = OrgLog(ana, created->organisation.id);
  const auto* appointed = Find(log, AuditAction::kFirstAdminAppointed);
  ASSERT_NE(appointed, nullptr);
  EXPECT_EQ(appointed->subject_id, ana.person_id);
  EXPECT_EQ(ListOutbox(*ctx_, admin_, {})->messages.items.front().to, "ana@riverside.example");
}

TEST_F(AuditTest, CreationIsGuardedAndWritesNothingOnError) {
  Caller someone = MakeUser("someone@x.example", "Someone");
  domain::Organisation o{"", "Nope", "nope", domain::OrganisationKind::kSchool, 0};
  EXPECT_CODE(CreateOrganisation(*ctx_, someone, {o, "a@b.example"}),
              StatusCode::kPermissionDenied);
  EXPECT_CODE(CreateOrganisation(*ctx_, Caller{}, {o, "a@b.example"}),
              StatusCode::kUnauthenticated);
  auto bad = CreateOrganisation(*ctx_, admin_, {o, "not-an-email"});
  EXPECT_CODE(bad, StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.status().fields().at(0).field, "admin_email");
  MakeOrg("taken");
  EXPECT_CODE(CreateOrganisation(
                  *ctx_, admin_,
                  {{"", "Again", "taken", domain::OrganisationKind::kSchool, 0}, "new@x.example"}),
              StatusCode::kAlreadyExists);
  // Only MakeOrg's entries (created + appointed) and the admin account's own.
  EXPECT_EQ(ListPlatformAuditLog(*ctx_, admin_, {})->items.size(), 3u);
}

TEST_F(AuditTest, RoleChangesAndSafeguardingFlagsAreRecorded) {
  domain::Organisation org = MakeOrg("school");
  Caller coordinator = Member(org, {Role::kCoordinator}, "coord");
  Caller mentor = Member(org, {Role::kMentor}, "mentor");
  ASSERT_OK(SetMemberRoles(*ctx_, admin_, org.id, mentor.person_id, {Role::kMentor}));
  ASSERT_OK(
      SetMemberRoles(*ctx_, admin_, org.id, mentor.person_id, {Role::kMentor, Role::kMentee}));
  domain::Program input;
  input.name = "Youth";
  input.audience = domain::Audience::kYouth;
  input.requires_approval = false;
  input.default_mentor_capacity = 1;
  auto p = CreateProgram(*ctx_, coordinator, org.id, input);
  ASSERT_OK(p);
  auto e = ApplyToProgram(*ctx_, mentor, org.id, p->program.id, domain::ProgramRole::kMentor, "");
  ASSERT_OK(e);
  ASSERT_OK(SetEnrollmentFlags(*ctx_, coordinator, org.id, p->program.id, e->enrollment.id,
                               {true, std::nullopt}));
  ASSERT_OK(SetEnrollmentFlags(*ctx_, coordinator, org.id, p->program.id, e->enrollment.id,
                               {true, true}));  // screening unchanged: only training is recorded

  auto log = OrgLog(admin_, org.id);
  int roles = 0, screening = 0, training = 0;
  for (const auto& entry : log) {
    if (entry.action == AuditAction::kMemberRolesChanged) {
      ++roles;
      EXPECT_EQ(entry.params.at("from"), "mentor");
      EXPECT_EQ(entry.params.at("to"), "mentor,mentee");
      EXPECT_EQ(entry.actor_id, admin_.person_id);
      EXPECT_EQ(entry.subject_id, mentor.person_id);
    }
    if (entry.action == AuditAction::kEnrollmentScreeningChanged) {
      ++screening;
      EXPECT_EQ(entry.params.at("from"), "false");
      EXPECT_EQ(entry.params.at("to"), "true");
      EXPECT_EQ(entry.params.at("enrollment_id"), e->enrollment.id);
      EXPECT_EQ(entry.params.at("program_name"), "Youth");
      EXPECT_EQ(entry.actor_id, coordinator.person_id);
      EXPECT_EQ(entry.subject_id, mentor.person_id);
    }
    if (entry.action == AuditAction::kEnrollmentTrainingChanged) ++training;
  }
  EXPECT_EQ(roles, 1);  // the unchanged write left no entry
  EXPECT_EQ(screening, 1);
  EXPECT_EQ(training, 1);
  // Organisation admins only.
  EXPECT_CODE(ListAuditLog(*ctx_, coordinator, org.id, {}), StatusCode::kPermissionDenied);
  Caller outsider = MakeUser("out@x.example", "Out");
  EXPECT_CODE(ListAuditLog(*ctx_, outsider, org.id, {}), StatusCode::kNotFound);
}

TEST_F(AuditTest, MinorMarksEndedPlacesAndRemovalsAreRecorded) {
  domain::Organisation org = MakeOrg("school");
  Caller coordinator = Member(org, {Role::kCoordinator}, "coord");
  Caller student = Member(org, {Role::kMentee}, "student");
  Caller leaver = Member(org, {Role::kMentee}, "leaver");
  domain::Program input;
  input.name = "Youth";
  input.audience = domain::Audience::kYouth;
  input.requires_approval = false;
  input.default_mentor_capacity = 1;
  auto p = CreateProgram(*ctx_, coordinator, org.id, input);
  ASSERT_OK(p);
  auto e = ApplyToProgram(*ctx_, student, org.id, p->program.id, domain::ProgramRole::kMentee, "");
  ASSERT_OK(e);
  EnrollmentFlags mark;
  mark.minor_marked = true;
  ASSERT_OK(SetEnrollmentFlags(*ctx_, coordinator, org.id, p->program.id, e->enrollment.id, mark));
  ASSERT_OK(EndEnrollment(*ctx_, coordinator, org.id, p->program.id, e->enrollment.id));
  ASSERT_OK(RemoveMember(*ctx_, admin_, org.id, leaver.person_id));
  // A refused removal (yourself) writes nothing.
  EXPECT_FALSE(RemoveMember(*ctx_, admin_, org.id, admin_.person_id).ok());

  auto log = OrgLog(admin_, org.id);
  int marks = 0, ended = 0, removed = 0;
  for (const auto& entry : log) {
    if (entry.action == AuditAction::kEnrollmentMinorMarkChanged) {
      ++marks;
      EXPECT_EQ(entry.params.at("to"), "true");
      EXPECT_EQ(entry.subject_id, student.person_id);
      EXPECT_EQ(entry.actor_id, coordinator.person_id);
    }
    if (entry.action == AuditAction::kEnrollmentEnded) {
      ++ended;
      EXPECT_EQ(entry.params.at("enrollment_id"), e->enrollment.id);
      EXPECT_EQ(entry.params.at("role"), "mentee");
      EXPECT_EQ(entry.subject_id, student.person_id);
    }
    if (entry.action == AuditAction::kMemberRemoved) {
      ++removed;
      EXPECT_EQ(entry.subject_id, leaver.person_id);
      EXPECT_EQ(entry.actor_id, admin_.person_id);
    }
  }
  EXPECT_EQ(marks, 1);
  EXPECT_EQ(ended, 1);
  EXPECT_EQ(removed, 1);
}

TEST_F(AuditTest, PagesWithAnOpaqueCursor) {
  domain::Organisation org = MakeOrg("school");
  Caller m = Member(org, {Role::kMentor}, "m");
  for (int i = 0; i < 5; ++i) {
    clock_.Advance(kSecond);
    ASSERT_OK(
        SetMemberRoles(*ctx_, admin_, org.id, m.person_id,
                       i % 2 ? domain::RoleSet{Role::kMentor} : domain::RoleSet{Role::kMentee}));
  }
  std::vector<std::string> seen;
  PageRequest req{2, ""};
  for (int i = 0; i < 10; ++i) {
    auto page = ListAuditLog(*ctx_, admin_, org.id, req);
    ASSERT_OK(page);
    for (const auto& e : page->items) seen.push_back(e.id);
    if (page->next_cursor.empty()) break;
    req.cursor = page->next_cursor;
  }
  EXPECT_EQ(seen.size(), 7u);  // 5 role changes + created + appointed
  EXPECT_CODE(ListAuditLog(*ctx_, admin_, org.id, {0, ""}), StatusCode::kInvalidArgument);
  EXPECT_CODE(ListAuditLog(*ctx_, admin_, org.id, {201, ""}), StatusCode::kInvalidArgument);
  EXPECT_EQ(ListAuditLog(*ctx_, admin_, org.id, {50, "garbage"}).status().fields().at(0).field,
            "cursor");
}

}  // namespace
}  // namespace tandem::app
