// For the tests of the per-resource policies (agreement_policy_test.cc and its siblings): the
// table of expected decisions, one row per relation in kAllRelations' order and one column per
// action, the check every such table gets, and the actor a test builds. Included by tests only.
#ifndef TANDEM_DOMAIN_POLICY_TABLE_TESTING_H_
#define TANDEM_DOMAIN_POLICY_TABLE_TESTING_H_

#include <gtest/gtest.h>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/party.h"
#include "domain/policy.h"

namespace tandem::domain::policy_testing {

inline constexpr Decision A = Decision::kAllow, U = Decision::kUnauthenticated,
                          H = Decision::kHidden, F = Decision::kForbidden;

struct PolicyRow {
  Relation relation;
  std::vector<Decision> expected;  // in the order of the resource's kAll...Actions
};

// Every relation has its row, in kAllRelations' order, and the policy decides every action of
// every row as the table says.
template <typename Action, size_t N>
void ExpectPolicyTable(const std::vector<PolicyRow>& table, const Action (&actions)[N],
                       Decision (*decide)(Relation, Action),
                       std::string_view (*action_name)(Action)) {
  ASSERT_EQ(table.size(), std::size(kAllRelations));
  for (size_t r = 0; r < table.size(); ++r) {
    const PolicyRow& row = table[r];
    EXPECT_EQ(row.relation, kAllRelations[r]) << "row " << r << " is out of order";
    ASSERT_EQ(row.expected.size(), N) << RelationName(row.relation);
    for (size_t i = 0; i < N; ++i)
      EXPECT_EQ(decide(row.relation, actions[i]), row.expected[i])
          << RelationName(row.relation) << " / " << action_name(actions[i]);
  }
}

// A signed-in person (not a platform admin), a member of the record's organisation or not, with
// the given roles there and no guardianships.
inline PartyActor Who(std::string id, bool member, RoleSet roles) {
  return PartyActor{Actor{std::move(id), false, member, std::move(roles)}, {}};
}

}  // namespace tandem::domain::policy_testing

#endif  // TANDEM_DOMAIN_POLICY_TABLE_TESTING_H_
