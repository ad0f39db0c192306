// Conformance: people (global, unique by email ignoring case).
#include <atomic>
#include <cctype>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

class PeopleConformanceTest : public StoreTest {
 protected:
  Result<domain::Person> GetPerson(const std::string& id) {
    return Read<domain::Person>([&](app::Tx& tx) { return tx.GetPerson(id); });
  }
  std::optional<domain::Person> FindByEmail(const std::string& email) {
    auto found = Read<std::optional<domain::Person>>(
        [&](app::Tx& tx) { return tx.FindPersonByEmail(email); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  }
};

TEST_P(PeopleConformanceTest, PersonRoundTripsEveryField) {
  domain::Person p = test::APerson()
                         .Name("Zoë Ñúñez-O'Brien")
                         .Locale("es")
                         .PlatformAdmin()
                         .CreatedAt(test::kT0 + 123);
  AddPerson(p);
  auto got = GetPerson(p.id);
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(p));

  domain::Person no_password = AddPerson(test::APerson().NoPassword());
  EXPECT_EQ(Fields(*GetPerson(no_password.id)), Fields(no_password));
}

TEST_P(PeopleConformanceTest, UnknownPersonIsNotFound) {
  EXPECT_CODE(GetPerson(NewId()), StatusCode::kNotFound);
  EXPECT_EQ(FindByEmail("nobody@example.test"), std::nullopt);
}

TEST_P(PeopleConformanceTest, DuplicateEmailIsAlreadyExistsNamingTheEmail) {
  domain::Person first = AddPerson();
  Status dup =
      Write([&](app::Tx& tx) { return tx.InsertPerson(test::APerson().Email(first.email)); });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("email"), std::string::npos) << dup.message();

  // The unique index is on lower(email): a differently cased copy is a duplicate too.
  std::string shouted = first.email;
  for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertPerson(test::APerson().Email(shouted)); }),
              StatusCode::kAlreadyExists);
}

TEST_P(PeopleConformanceTest, DuplicateIdIsAlreadyExistsNamingTheId) {
  domain::Person first = AddPerson();
  Status dup = Write([&](app::Tx& tx) { return tx.InsertPerson(test::APerson().Id(first.id)); });
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("id"), std::string::npos) << dup.message();
}

TEST_P(PeopleConformanceTest, FindPersonByEmailIgnoresCase) {
  domain::Person p = AddPerson(test::APerson().Email("ana.garcia@example.test"));
  auto found = FindByEmail("ana.garcia@example.test");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(p));
  EXPECT_TRUE(FindByEmail("Ana.Garcia@Example.TEST").has_value());
  EXPECT_FALSE(FindByEmail("ana.garcia@example.tes").has_value());
}

TEST_P(PeopleConformanceTest, UpdatePersonChangesNameLocaleHashAndAdminFlagOnly) {
  domain::Person p = AddPerson();
  domain::Person changed = p;
  changed.name = "New Name";
  changed.locale = "es";
  changed.password_hash = "$argon2id$new";
  changed.is_platform_admin = true;
  changed.email = "changed@example.test";  // not updatable
  changed.created_at = p.created_at + 5;   // not updatable
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdatePerson(changed); }));

  domain::Person expected = changed;
  expected.email = p.email;
  expected.created_at = p.created_at;
  EXPECT_EQ(Fields(*GetPerson(p.id)), Fields(expected));
}

TEST_P(PeopleConformanceTest, UpdateUnknownPersonIsNotFound) {
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdatePerson(test::APerson()); }),
              StatusCode::kNotFound);
}

TEST_P(PeopleConformanceTest, GetPersonForUpdateKeepsConcurrentReadModifyWritesApart) {
  // A profile save (name) and a password reset (hash) of one person at the same moment: each
  // reads the person, changes one field and writes every column back. Under the row lock the
  // second reads what the first committed, so neither change is lost.
  domain::Person p = AddPerson();
  std::atomic<bool> read{false};
  Status rename, reset;
  std::thread a([&] {
    rename = Write([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(domain::Person now, tx.GetPersonForUpdate(p.id));
      read = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      now.name = "Renamed";
      return tx.UpdatePerson(now);
    });
  });
  std::thread b([&] {
    while (!read) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    reset = Write([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(domain::Person now, tx.GetPersonForUpdate(p.id));
      now.password_hash = "$argon2id$reset";
      return tx.UpdatePerson(now);
    });
  });
  a.join();
  b.join();
  ASSERT_OK(rename);
  ASSERT_OK(reset);
  domain::Person after = *GetPerson(p.id);
  EXPECT_EQ(after.name, "Renamed");
  EXPECT_EQ(after.password_hash, "$argon2id$reset");
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.GetPersonForUpdate(NewId()).status(); }),
              StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, PeopleConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
