// JSON for the swap dialog's mentor alternatives (app/round_alternatives.h) and the round's
// unmatched groups (app/unmatched_groups.h).
#ifndef TANDEM_HTTP_JSON_ROUND_ALTERNATIVE_CODEC_H_
#define TANDEM_HTTP_JSON_ROUND_ALTERNATIVE_CODEC_H_

#include "app/round_alternatives.h"
#include "app/unmatched_groups.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json MentorAlternativeJson(const app::MentorAlternative& a);
// {groups: [{reason_id, actions, mentees, missing_skills}]}.
Json UnmatchedGroupsJson(const std::vector<app::UnmatchedGroupView>& groups);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_ROUND_ALTERNATIVE_CODEC_H_
