#include "http/json/recommendation_codec.h"

#include "http/json/page_codec.h"
#include "http/json/reason_codec.h"

namespace tandem::http::json {

Json RecommendationJson(const app::Recommendation& r) {
  return {{"mentor_id", r.mentor_id},
          {"name", r.name},
          {"headline", r.headline},
          {"score", r.score},
          {"fit", matching::FitName(r.fit)},
          // Hidden contributions are never named to a participant (Contribution::hidden).
          {"reasons", ReasonsJson(r.explanation.Reasons())},
          {"remaining_capacity", r.remaining_capacity},
          {"outside_organisation", r.outside},
          {"requested", r.requested}};
}

Json RecommendationPageJson(const app::RecommendationPage& page) {
  Json out = PageJson(static_cast<const app::Page<app::Recommendation>&>(page),
                      RecommendationJson);
  Json matched = Json::array();
  for (const auto& m : page.matched)
    matched.push_back({{"relationship_id", m.relationship_id},
                       {"mentor_id", m.mentor_id},
                       {"mentor_name", m.mentor_name},
                       {"status", domain::RelationshipStatusName(m.status)}});
  out["matched"] = std::move(matched);
  return out;
}

}  // namespace tandem::http::json
