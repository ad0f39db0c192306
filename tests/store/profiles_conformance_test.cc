// Conformance: profiles and their ordered lists.
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::Visibility;

class ProfilesConformanceTest : public StoreTest {
 protected:
  std::optional<domain::Profile> Find(const std::string& person_id) {
    auto found = Read<std::optional<domain::Profile>>(
        [&](app::Tx& tx) { return tx.FindProfile(person_id); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  }
  Status Put(const domain::Profile& p) {
    return Write([&](app::Tx& tx) { return tx.PutProfile(p); });
  }
};

TEST_P(ProfilesConformanceTest, NoProfileUntilSaved) {
  EXPECT_EQ(Find(AddPerson().id), std::nullopt);
}

TEST_P(ProfilesConformanceTest, ProfileRoundTripsEveryFieldAndList) {
  domain::Profile p = test::AProfile(AddPerson().id)
                          .Minor("Grace Guardian", "grace@example.test")
                          .Bio("Multi-line\nbio with ünïcödé and 'quotes'")
                          .AvailabilityHoursPerMonth(12)
                          .Mentee({true, "Nicht-binär ünïcödé"})
                          .UpdatedAt(test::kT0 + 5);
  ASSERT_OK(Put(p));
  EXPECT_EQ(Find(p.person_id), p);
}

TEST_P(ProfilesConformanceTest, PutReplacesEveryListAndKeepsTheGivenOrder) {
  domain::Person person = AddPerson();
  ASSERT_OK(Put(test::AProfile(person.id)));

  domain::Profile replacement =
      test::AProfile(person.id)
          .Headline("Changed")
          .SkillsTeach({{"Writing", 3}})
          .SkillsLearn({{"Statistics", 1, 3}, {"SQL", 2, 5}, {"Design", 1, 2}})
          .Interests({"Music", "Arts"})
          .Goals({{"Second goal first", {"b", "a"}}, {"New goal", {"x"}}})
          .Languages({"fr"})
          .Background({{"veteran", "no", Visibility::kPrivate},
                       {"gender", "woman", Visibility::kCoordinators}})
          .Mentor({0, false})
          .Mentee({false, "woman"})
          .UpdatedAt(test::kT0 + kDay);
  ASSERT_OK(Put(replacement));
  EXPECT_EQ(Find(person.id), replacement);

  domain::Profile emptied = test::AProfile(person.id).Empty();
  ASSERT_OK(Put(emptied));
  EXPECT_EQ(Find(person.id), emptied);
}

TEST_P(ProfilesConformanceTest, MenteePreferencesRoundTripAndCanBeCleared) {
  domain::Person person = AddPerson();
  domain::Profile prefers = test::AProfile(person.id).Mentee({false, "Man"});
  ASSERT_OK(Put(prefers));
  EXPECT_EQ(Find(person.id)->mentee, (domain::MenteePreferences{false, "Man"}));
  domain::Profile no_preference = test::AProfile(person.id).Mentee({true, ""});
  ASSERT_OK(Put(no_preference));
  EXPECT_EQ(Find(person.id), no_preference);
}

TEST_P(ProfilesConformanceTest, LongListsKeepNumericOrder) {
  domain::Person person = AddPerson();
  std::vector<std::string> interests;
  std::vector<domain::SkillTeach> skills;
  for (int i = 29; i >= 0; --i) {
    interests.push_back("Interest " + std::to_string(i));
    skills.push_back({"Skill " + std::to_string(i), 1 + i % 5});
  }
  domain::Profile p = test::AProfile(person.id).Interests(interests).SkillsTeach(skills);
  ASSERT_OK(Put(p));
  EXPECT_EQ(Find(person.id), p);
}

TEST_P(ProfilesConformanceTest, ProfilesArePerPerson) {
  domain::Profile mine = test::AProfile(AddPerson().id).Headline("Mine");
  domain::Profile theirs = test::AProfile(AddPerson().id).Headline("Theirs").Interests({"Law"});
  ASSERT_OK(Put(mine));
  ASSERT_OK(Put(theirs));
  ASSERT_OK(Put(test::AProfile(mine.person_id).Empty()));
  EXPECT_EQ(Find(theirs.person_id), theirs);
}

TEST_P(ProfilesConformanceTest, ProfileOfUnknownPersonIsNotFound) {
  EXPECT_CODE(Put(test::AProfile(NewId())), StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProfilesConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
