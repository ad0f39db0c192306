#include "http/json/round_alternative_codec.h"

#include "http/json/reason_codec.h"

namespace tandem::http::json {

Json MentorAlternativeJson(const app::MentorAlternative& a) {
  return {{"mentor_id", a.mentor_id},
          {"name", a.name},
          {"score", a.score},
          {"reasons", ReasonsJson(a.explanation.Reasons())},
          {"room_left", a.room_left}};
}

}  // namespace tandem::http::json
