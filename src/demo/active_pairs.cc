#include "demo/active_pairs.h"

#include <algorithm>
#include <utility>

#include "app/store.h"

namespace tandem::demo {

Result<std::vector<domain::Relationship>> ActivePairs(const app::Context& ctx,
                                                      const std::string& org_id,
                                                      const std::string& program_id, size_t n) {
  std::vector<std::pair<std::string, domain::Relationship>> found;
  RETURN_IF_ERROR(ctx.store.TransactRead([&](app::Tx& tx) -> Status {
    app::RelationshipFilter filter;
    filter.status = domain::RelationshipStatus::kActive;
    ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program_id, filter));
    for (auto& r : rels) {
      ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(r.mentee_id));
      found.emplace_back(mentee.email, std::move(r));
    }
    return Status::Ok();
  }));
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<domain::Relationship> out;
  for (size_t i = 0; i < found.size() && i < n; ++i) out.push_back(std::move(found[i].second));
  return out;
}

}  // namespace tandem::demo
