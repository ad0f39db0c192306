#include "app/me.h"

#include "app/organisations.h"
#include "app/test_support.h"

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
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->name, "Root");
  EXPECT_EQ(v->profile.time_zone, "UTC");
  EXPECT_TRUE(v->profile.skills_learn.empty());
}

TEST_F(MeTest, ProfileRoundTrips) {
  auto saved = PutMyProfile(*ctx_, admin_, "Ana Diaz", Full());
  ASSERT_TRUE(saved.ok()) << saved.status().ToString();
  auto loaded = GetMyProfile(*ctx_, admin_);
  ASSERT_TRUE(loaded.ok());
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
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  std::vector<std::string> fields;
  for (const auto& f : r.status().fields()) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "skills_teach[0].level", "languages[0]"}));
  EXPECT_TRUE(GetMyProfile(*ctx_, admin_)->profile.skills_teach.empty());
}

TEST_F(MeTest, UpdateMe) {
  auto me = UpdateMe(*ctx_, admin_, std::nullopt, "es");
  ASSERT_TRUE(me.ok());
  EXPECT_EQ(me->person.locale, "es");
  EXPECT_EQ(UpdateMe(*ctx_, admin_, std::nullopt, "fr").status().fields().at(0).field, "locale");
  EXPECT_EQ(GetMe(*ctx_, Caller{}).status().code(), StatusCode::kUnauthenticated);
}

TEST_F(MeTest, OrganisationRolesAndSelfLockout) {
  auto org = MakeOrg("acme");
  auto members = ListMembers(*ctx_, admin_, org.id, {}, {});
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->items.size(), 1u);  // the creator
  EXPECT_EQ(SetMemberRoles(*ctx_, admin_, org.id, admin_.person_id, {domain::Role::kMentor})
                .status()
                .code(),
            StatusCode::kFailedPrecondition);
  Caller m = Member(org, {domain::Role::kMentee}, "m");
  auto updated = SetMemberRoles(*ctx_, admin_, org.id, m.person_id,
                                {domain::Role::kMentee, domain::Role::kMentor});
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->roles.size(), 2u);
  EXPECT_EQ(SetMemberRoles(*ctx_, m, org.id, m.person_id, {}).status().code(),
            StatusCode::kPermissionDenied);
}

TEST_F(MeTest, TaxonomyDefaultsAndDuplicates) {
  auto org = MakeOrg("tax");
  auto skills = ListTaxonomy(*ctx_, admin_, org.id, domain::TaxonomyTerm::Kind::kSkill, {});
  ASSERT_TRUE(skills.ok());
  EXPECT_EQ(skills->items.size(), domain::DefaultSkills().size());
  EXPECT_EQ(AddTaxonomyTerm(*ctx_, admin_, org.id, domain::TaxonomyTerm::Kind::kSkill, " sql ")
                .status()
                .code(),
            StatusCode::kAlreadyExists);
  auto added =
      AddTaxonomyTerm(*ctx_, admin_, org.id, domain::TaxonomyTerm::Kind::kSkill, "Welding");
  ASSERT_TRUE(added.ok());
  EXPECT_TRUE(DeleteTaxonomyTerm(*ctx_, admin_, org.id, added->id).ok());
  EXPECT_EQ(DeleteTaxonomyTerm(*ctx_, admin_, org.id, added->id).code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::app
