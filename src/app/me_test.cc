#include "app/me.h"

#include "app/organisations.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

class MeTest : public testing::UseCaseTest {};

domain::Profile Full() {
  domain::Profile p;
  p.headline = "Future nurse";
  p.bio = "Junior at Lincoln High.";
  p.skills_teach = {{"Spanish", 5}};
  p.skills_learn = {{"Biology", 2, 4}, {"Public speaking", 1, 3}};
  p.interests = {"Health", "Music"};
  p.goals = {{"Get into a nursing program", {"college", "healthcare"}}};
  p.languages = {"es", "en"};
  p.time_zone = "America/Chicago";
  p.availability_hours_per_month = 6;
  p.background = {{"first_generation", "yes", domain::Visibility::kMatching}};
  p.mentor = {0, false};
  p.mentee.wants_outside_mentor = true;
  p.minor = {true, "Rosa Diaz", "rosa@example.org"};
  return p;
}

TEST_F(MeTest, EmptyProfileHasDefaults) {
  auto v = GetMyProfile(*ctx_, admin_);
  ASSERT_OK(v);
  EXPECT_EQ(v->name, "Root");
  EXPECT_EQ(v->profile.time_zone, "UTC");
  EXPECT_TRUE(v->profile.skills_learn.empty());
}

TEST_F(MeTest, ProfileRoundTrips) {
  auto saved = PutMyProfile(*ctx_, admin_, "Ana Diaz", Full());
  ASSERT_OK(saved);
  auto loaded = GetMyProfile(*ctx_, admin_);
  ASSERT_OK(loaded);
  EXPECT_EQ(loaded->name, "Ana Diaz");
  domain::Profile expected = Full();
  expected.person_id = admin_.person_id;
  expected.updated_at = clock_.Now();
  EXPECT_EQ(loaded->profile, expected);
}

TEST_F(MeTest, InvalidProfileListsEveryFieldAndWritesNothing) {
  domain::Profile p = Full();
  p.skills_teach[0].level = 9;
  p.languages = {"spanish"};
  auto r = PutMyProfile(*ctx_, admin_, "", p);
  ASSERT_CODE(r, StatusCode::kInvalidArgument);
  std::vector<std::string> fields;
  for (const auto& f : r.status().fields()) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "skills_teach[0].level", "languages[0]"}));
  EXPECT_TRUE(GetMyProfile(*ctx_, admin_)->profile.skills_teach.empty());
}

TEST_F(MeTest, UpdateMe) {
  auto me = UpdateMe(*ctx_, admin_, std::nullopt, "es");
  ASSERT_OK(me);
  EXPECT_EQ(me->person.locale, "es");
  EXPECT_EQ(UpdateMe(*ctx_, admin_, std::nullopt, "fr").status().fields().at(0).field, "locale");
  EXPECT_CODE(GetMe(*ctx_, Caller{}), StatusCode::kUnauthenticated);
}

TEST_F(MeTest, OrganisationRolesAndSelfLockout) {
  auto org = MakeOrg("acme");
  auto members = ListMembers(*ctx_, admin_, org.id, {}, {});
  ASSERT_OK(members);
  ASSERT_EQ(members->items.size(), 1u);  // the creator
  EXPECT_CODE(SetMemberRoles(*ctx_, admin_, org.id, admin_.person_id, {domain::Role::kMentor}),
              StatusCode::kFailedPrecondition);
  Caller m = Member(org, {domain::Role::kMentee}, "m");
  auto updated = SetMemberRoles(*ctx_, admin_, org.id, m.person_id,
                                {domain::Role::kMentee, domain::Role::kMentor});
  ASSERT_OK(updated);
  EXPECT_EQ(updated->roles.size(), 2u);
  EXPECT_CODE(SetMemberRoles(*ctx_, m, org.id, m.person_id, {}), StatusCode::kPermissionDenied);
}

TEST_F(MeTest, TaxonomyDefaultsAndDuplicates) {
  auto org = MakeOrg("tax");
  auto skills = ListTaxonomy(*ctx_, admin_, org.id, domain::TaxonomyTerm::Kind::kSkill, {});
  ASSERT_OK(skills);
  EXPECT_EQ(skills->items.size(), domain::DefaultSkills().size());
  EXPECT_CODE(AddTaxonomyTerm(*ctx_, admin_, org.id, domain::TaxonomyTerm::Kind::kSkill, " sql "),
              StatusCode::kAlreadyExists);
  auto added =
      AddTaxonomyTerm(*ctx_, admin_, org.id, domain::TaxonomyTerm::Kind::kSkill, "Welding");
  ASSERT_OK(added);
  EXPECT_OK(DeleteTaxonomyTerm(*ctx_, admin_, org.id, added->id));
  EXPECT_CODE(DeleteTaxonomyTerm(*ctx_, admin_, org.id, added->id), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::app
