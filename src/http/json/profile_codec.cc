#include "http/json/profile_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

namespace {

int Clamp(long long v) { return static_cast<int>(std::clamp<long long>(v, -1000, 1000000)); }

}  // namespace

Json ProfileJson(const app::ProfileView& v) {
  const domain::Profile& p = v.profile;
  Json teach = Json::array(), learn = Json::array(), goals = Json::array(),
       background = Json::array();
  for (const auto& s : p.skills_teach) teach.push_back({{"skill", s.skill}, {"level", s.level}});
  for (const auto& s : p.skills_learn)
    learn.push_back({{"skill", s.skill},
                     {"current_level", s.current_level},
                     {"target_level", s.target_level}});
  for (const auto& g : p.goals) goals.push_back({{"text", g.text}, {"tags", g.tags}});
  for (const auto& b : p.background)
    background.push_back({{"field", b.field},
                          {"value", b.value},
                          {"visibility", domain::VisibilityName(b.visibility)}});
  return {{"person_id", p.person_id},
          {"name", v.name},
          {"headline", p.headline},
          {"bio", p.bio},
          {"skills_teach", teach},
          {"skills_learn", learn},
          {"interests", p.interests},
          {"goals", goals},
          {"languages", p.languages},
          {"time_zone", p.time_zone},
          {"availability_hours_per_month", p.availability_hours_per_month},
          {"background", background},
          {"mentor",
           {{"capacity", p.mentor.capacity},
            {"accepts_external_mentees", p.mentor.accepts_external_mentees}}},
          {"mentee",
           {{"wants_outside_mentor", p.mentee.wants_outside_mentor},
            {"preferred_mentor_gender", p.mentee.preferred_mentor_gender}}},
          {"minor",
           {{"is_minor", p.minor.is_minor},
            {"guardian_name", p.minor.guardian_name},
            {"guardian_email", p.minor.guardian_email}}},
          {"updated_at", TimeJson(p.updated_at)}};
}

Result<ProfileInput> DecodeProfileInput(const Json& body) {
  ObjectReader r(body);
  ProfileInput in;
  domain::Profile& p = in.profile;
  if (auto v = r.String("name", 10000)) in.name = *v;
  if (auto v = r.String("headline", 10000)) p.headline = *v;
  if (auto v = r.String("bio", 100000)) p.bio = *v;
  r.ObjectArray("skills_teach", true, [&](ObjectReader& item, size_t) {
    domain::SkillTeach s;
    if (auto v = item.String("skill", 1000)) s.skill = *v;
    if (auto v = item.Int("level")) s.level = Clamp(*v);
    p.skills_teach.push_back(s);
  });
  r.ObjectArray("skills_learn", true, [&](ObjectReader& item, size_t) {
    domain::SkillLearn s;
    if (auto v = item.String("skill", 1000)) s.skill = *v;
    if (auto v = item.Int("current_level")) s.current_level = Clamp(*v);
    if (auto v = item.Int("target_level")) s.target_level = Clamp(*v);
    p.skills_learn.push_back(s);
  });
  if (auto v = r.StringArray("interests")) p.interests = *v;
  r.ObjectArray("goals", true, [&](ObjectReader& item, size_t) {
    domain::Goal g;
    if (auto v = item.String("text", 10000)) g.text = *v;
    if (auto v = item.StringArray("tags")) g.tags = *v;
    p.goals.push_back(g);
  });
  if (auto v = r.StringArray("languages")) p.languages = *v;
  if (auto v = r.String("time_zone", 200)) p.time_zone = *v;
  if (auto v = r.Int("availability_hours_per_month")) p.availability_hours_per_month = Clamp(*v);
  r.ObjectArray("background", true, [&](ObjectReader& item, size_t) {
    domain::BackgroundEntry b;
    if (auto v = item.String("field", 200)) b.field = *v;
    if (auto v = item.String("value", 1000)) b.value = *v;
    if (auto v = item.String("visibility")) {
      if (auto vis = domain::ParseVisibility(*v)) b.visibility = *vis;
      else item.AddError("visibility", "must be one of private, matching, coordinators, participants");
    }
    p.background.push_back(b);
  });
  r.Object("mentor", true, [&](ObjectReader& m) {
    if (auto v = m.Int("capacity")) p.mentor.capacity = Clamp(*v);
    if (auto v = m.Bool("accepts_external_mentees")) p.mentor.accepts_external_mentees = *v;
  });
  // Optional for clients written before it existed, and so is the gender preference in it
  // (absent = no preference); the domain checks the length after trimming.
  r.Object("mentee", false, [&](ObjectReader& m) {
    if (auto v = m.Bool("wants_outside_mentor")) p.mentee.wants_outside_mentor = *v;
    if (auto v = m.OptionalString("preferred_mentor_gender", 1000))
      p.mentee.preferred_mentor_gender = *v;
  });
  r.Object("minor", true, [&](ObjectReader& m) {
    if (auto v = m.Bool("is_minor")) p.minor.is_minor = *v;
    if (auto v = m.String("guardian_name", 1000)) p.minor.guardian_name = *v;
    if (auto v = m.String("guardian_email", 1000)) p.minor.guardian_email = *v;
  });
  RETURN_IF_ERROR(r.Finish());
  return in;
}

}  // namespace tandem::http::json
