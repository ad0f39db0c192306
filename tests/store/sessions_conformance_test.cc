// Conformance: sessions (stored by the hash of their id).
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

class SessionsConformanceTest : public StoreTest {
 protected:
  std::optional<domain::Session> FindSession(const std::string& id_hash) {
    auto found =
        Read<std::optional<domain::Session>>([&](app::Tx& tx) { return tx.FindSession(id_hash); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  }
};

TEST_P(SessionsConformanceTest, SessionRoundTripsAndIdsAreUnique) {
  domain::Person p = AddPerson();
  domain::Session s = test::ASession(p.id).CreatedAt(test::kT0 + 1).ExpiresAt(test::kT0 + kDay);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertSession(s); }));
  auto found = FindSession(s.id_hash);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(s));
  EXPECT_EQ(FindSession("no-such-session"), std::nullopt);
  EXPECT_CODE(
      Write([&](app::Tx& tx) { return tx.InsertSession(test::ASession(p.id).IdHash(s.id_hash)); }),
      StatusCode::kAlreadyExists);
}

TEST_P(SessionsConformanceTest, DeleteSessionIsIdempotent) {
  domain::Session s = test::ASession(AddPerson().id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertSession(s); }));
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.DeleteSession(s.id_hash); }));
  EXPECT_EQ(FindSession(s.id_hash), std::nullopt);
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.DeleteSession(s.id_hash); }));
}

TEST_P(SessionsConformanceTest, DeleteSessionsOfPersonKeepsOtherPeoplesSessions) {
  domain::Person p = AddPerson();
  domain::Person other = AddPerson();
  domain::Session a = test::ASession(p.id), b = test::ASession(p.id), c = test::ASession(other.id);
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertSession(a));
    RETURN_IF_ERROR(tx.InsertSession(b));
    return tx.InsertSession(c);
  }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeleteSessionsOfPerson(p.id); }));
  EXPECT_EQ(FindSession(a.id_hash), std::nullopt);
  EXPECT_EQ(FindSession(b.id_hash), std::nullopt);
  EXPECT_TRUE(FindSession(c.id_hash).has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
