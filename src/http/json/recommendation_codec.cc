#include "http/json/recommendation_codec.h"

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

}  // namespace tandem::http::json
