#include "http/json/recommendation_codec.h"

namespace tandem::http::json {

Json ExplanationJson(const matching::Explanation& e) {
  Json parts = Json::array();
  for (const auto& c : e.contributions) {
    if (c.hidden) continue;  // never named to a participant (Contribution::hidden)
    parts.push_back({{"criterion", matching::CriterionName(c.criterion)},
                     {"points", c.points},
                     {"reason", c.reason}});
  }
  return {{"text", e.Text()}, {"contributions", parts}};
}

Json RecommendationJson(const app::Recommendation& r) {
  return {{"mentor_id", r.mentor_id},
          {"name", r.name},
          {"headline", r.headline},
          {"score", r.score},
          {"explanation", ExplanationJson(r.explanation)},
          {"remaining_capacity", r.remaining_capacity},
          {"outside_organisation", r.outside},
          {"requested", r.requested}};
}

}  // namespace tandem::http::json
