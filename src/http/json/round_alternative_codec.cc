#include "http/json/round_alternative_codec.h"

#include "http/json/reason_codec.h"

namespace tandem::http::json {

Json MentorAlternativeJson(const app::MentorAlternative& a) {
  Json out = {{"mentor_id", a.mentor_id}, {"name", a.name},
              {"score", a.score},         {"reasons", ReasonsJson(a.explanation.Reasons())},
              {"room_left", a.room_left}, {"available", a.available}};
  if (a.not_chosen)
    out["not_chosen"] = {{"id", a.not_chosen->id},
                         {"params", ReasonParamsJson(a.not_chosen->params)}};
  return out;
}

Json UnmatchedGroupsJson(const std::vector<app::UnmatchedGroupView>& groups) {
  Json list = Json::array();
  for (const auto& v : groups) {
    Json actions = Json::array(), mentees = Json::array(), skills = Json::array();
    for (auto a : v.group.actions) actions.push_back(domain::UnmatchedActionName(a));
    for (size_t k = 0; k < v.group.mentees.size(); ++k) {
      const auto& u = v.group.mentees[k];
      mentees.push_back({{"mentee_id", u.mentee_id},
                         {"mentee_name", v.mentee_names[k]},
                         {"reason_id", u.reason_id},
                         {"params", ReasonParamsJson(u.params)}});
    }
    for (const auto& s : v.missing_skills)
      skills.push_back({{"skill", s.skill}, {"mentees", s.mentees}});
    list.push_back({{"reason_id", v.group.reason_id},
                    {"actions", actions},
                    {"mentees", mentees},
                    {"missing_skills", skills}});
  }
  return {{"groups", list}};
}

}  // namespace tandem::http::json
