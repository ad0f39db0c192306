#include "demo/people.h"

#include <algorithm>

#include "demo/text.h"

namespace tandem::demo {

using domain::Visibility;

Identity NewIdentity(DemoWriter& w, Population population) {
  DemoRandom& rng = w.rng();
  std::vector<int> weights;
  for (const Culture& c : kCultures)
    weights.push_back(population == Population::kSchool ? c.student_weight : c.professional_weight);
  for (int attempt = 0;; ++attempt) {
    Identity who;
    who.culture = &kCultures[rng.Weighted(weights)];
    const bool female = rng.Percent(50);
    who.gender = rng.Percent(3) ? "non-binary" : female ? "woman" : "man";
    who.given = std::string(female ? rng.Pick(who.culture->female) : rng.Pick(who.culture->male));
    who.family = std::string(rng.Pick(who.culture->family));
    if (attempt >= 30) {  // "Ana B.": a rare fallback once the culture's names run out
      who.given += ' ';
      who.given += static_cast<char>('A' + attempt % 26);
      who.given += '.';
    }
    if (w.used_names().insert(who.name()).second) return who;
  }
}

std::string UniqueEmail(DemoWriter& w, const Identity& who, std::string_view domain_name) {
  const std::string base = EmailPart(who.given) + "." + EmailPart(who.family);
  std::string email = base + "@" + std::string(domain_name);
  for (int n = 2; !w.used_emails().insert(email).second; ++n)
    email = base + std::to_string(n) + "@" + std::string(domain_name);
  return email;
}

std::vector<std::string> Languages(DemoWriter& w, const Culture& c, int extra_spanish_percent) {
  DemoRandom& rng = w.rng();
  std::vector<std::string> langs = {"en"};
  if (!c.language.empty() && rng.Percent(c.language_percent)) langs.emplace_back(c.language);
  if (!c.language2.empty() && rng.Percent(c.language2_percent)) langs.emplace_back(c.language2);
  if (c.language != "es" && rng.Percent(extra_spanish_percent)) langs.emplace_back("es");
  if (rng.Percent(3)) langs.emplace_back("fr");
  return langs;
}

std::string UsTimeZone(DemoWriter& w) {
  std::vector<int> weights;
  for (const auto& z : kUsTimeZones) weights.push_back(z.weight);
  return std::string(kUsTimeZones[w.rng().Weighted(weights)].zone);
}

void AddBackgrounds(DemoWriter& w, domain::Profile& p, const Identity& who, bool first_generation,
                    const BackgroundRates& r) {
  DemoRandom& rng = w.rng();
  auto add = [&](std::string_view field, std::string value) {
    p.background.push_back({std::string(field), std::move(value), rng.SomeVisibility()});
  };
  if (first_generation) add("first_generation", "yes");
  if (rng.Percent(r.low_income)) add("low_income", "yes");
  if (rng.Percent(r.cultural)) add("cultural_background", std::string(who.culture->label));
  if (rng.Percent(r.gender)) add("gender", who.gender);
  if (rng.Percent(r.disability))
    p.background.push_back({"disability", std::string(rng.Pick(kDisabilities)),
                            rng.Percent(50) ? Visibility::kCoordinators : Visibility::kPrivate});
  if (rng.Percent(r.lgbtq))
    p.background.push_back(
        {"lgbtq", "yes", rng.Percent(50) ? Visibility::kMatching : Visibility::kPrivate});
  if (rng.Percent(r.veteran)) add("veteran", "yes");
}

std::string PreferredMentorGender(DemoWriter& w, const Identity& who) {
  DemoRandom& rng = w.preference_rng();
  if (!rng.Percent(who.gender == "man" ? 6 : 20)) return "";
  if (rng.Percent(85)) return who.gender;
  return who.gender == "woman" ? "man" : "woman";
}

void AddTeachSkills(DemoWriter& w, domain::Profile& p, const Job& job) {
  for (std::string_view s : job.skills)
    if (!s.empty()) p.skills_teach.push_back({std::string(s), w.rng().Between(4, 5)});
}

bool Speaks(const std::vector<std::string>& langs, std::string_view code) {
  return std::find(langs.begin(), langs.end(), code) != langs.end();
}

}  // namespace tandem::demo
