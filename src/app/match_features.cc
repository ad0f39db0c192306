#include "app/match_features.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "base/strings.h"
#include "base/time_zone.h"

namespace tandem::app {

namespace {

struct Interner {
  std::unordered_map<std::string, int> ids;
  std::vector<std::string>* labels;
  int Id(const std::string& label) {
    auto [it, added] = ids.emplace(ToLower(label), static_cast<int>(labels->size()));
    if (added) labels->push_back(label);
    return it->second;
  }
};

std::string HomeOrganisation(const std::string& program_org, const Participant& p) {
  for (const auto& o : p.organisation_ids)
    if (o != program_org) return o;
  return program_org;
}

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::string TextOf(const domain::Profile& p) {
  std::string text = p.headline + "\n" + p.bio;
  for (const auto& g : p.goals) {
    text += "\n" + g.text;
    for (const auto& t : g.tags) text += " " + t;
  }
  return text;
}

}  // namespace

matching::UtcOffsets OffsetsOf(const std::string& time_zone, Millis now) {
  return {UtcOffsetMinutes(time_zone, now).value_or(0),
          UtcOffsetMinutes(time_zone, now + kLaterOffsetDelay).value_or(0)};
}

matching::CriteriaWeights WeightsFor(const std::string& program_type,
                                     const domain::MatchingSettings& settings) {
  matching::CriteriaWeights w = matching::CriteriaWeights::DefaultsFor(program_type);
  for (const auto& [criterion, priority] : settings.priorities) {
    auto c = matching::ParseCriterion(criterion);
    auto p = matching::ParsePriority(priority);
    if (c && p) w.Set(*c, *p);
  }
  return w;
}

MatchFeatures BuildMatchFeatures(const std::string& program_org_id,
                                 const std::vector<Participant>& mentees,
                                 const std::vector<Participant>& mentors,
                                 const domain::MatchingSettings& settings, Millis now,
                                 Disclosure disclosure) {
  MatchFeatures f;
  f.corpus = std::make_unique<matching::Corpus>();
  Interner skills{{}, &f.vocab.skills}, interests{{}, &f.vocab.interests},
      languages{{}, &f.vocab.languages}, fields{{}, &f.vocab.background_fields},
      values{{}, &f.vocab.background_values}, orgs{{}, nullptr};
  std::vector<std::string> org_labels;
  orgs.labels = &org_labels;
  std::vector<std::string> language_codes;
  // Reasons carry language codes and background field ids; the reader's app names them.
  auto language_id = [&](const std::string& code) { return languages.Id(code); };
  auto background_value = [&](std::string_view field, const std::string& value) {
    return matching::BackgroundValue{fields.Id(std::string(field)), values.Id(value)};
  };
  // Whether an answer may be used at all, and whether participants may see it.
  auto usable = [&](const domain::BackgroundEntry& b) {
    if (b.visibility == domain::Visibility::kPrivate || b.value.empty()) return false;
    return disclosure == Disclosure::kMatching ||
           b.visibility == domain::Visibility::kParticipants;
  };
  auto shown = [](const domain::BackgroundEntry& b) {
    return b.visibility == domain::Visibility::kParticipants;
  };
  // The answers a person lets matching use, leaving out `skip_field` ("" = none); with
  // `only_hidden`, just those participants may not see.
  auto background_of = [&](const domain::Profile& p, std::string_view skip_field = {},
                           bool only_hidden = false) {
    std::vector<matching::BackgroundValue> out;
    for (const auto& b : p.background) {
      if (!usable(b) || (only_hidden && shown(b))) continue;
      if (b.field == skip_field) continue;
      out.push_back(background_value(b.field, b.value));
    }
    SortUnique(out);
    return out;
  };
  // A mentee's own answers are "a mentor who shares this" wishes. A stated gender preference
  // replaces their own gender as a wish: a woman who prefers a man must not also be steered
  // toward women.
  auto wishes_of = [&](const domain::Profile& p) {
    const std::string& preferred_gender = p.mentee.preferred_mentor_gender;
    std::vector<matching::BackgroundWish> out;
    const std::string_view skip = preferred_gender.empty() ? "" : domain::kGenderField;
    const auto hidden = background_of(p, skip, true);
    for (const auto& v : background_of(p, skip))
      out.push_back({v, false, !std::binary_search(hidden.begin(), hidden.end(), v)});
    if (!preferred_gender.empty())
      out.push_back({background_value(domain::kGenderField, preferred_gender), true, true});
    SortUnique(out);
    return out;
  };

  // Offsets by zone name: a program's people share a handful of zones.
  std::unordered_map<std::string, matching::UtcOffsets> offsets;
  auto zone_offsets = [&](const std::string& zone) {
    auto it = offsets.find(zone);
    if (it == offsets.end()) it = offsets.emplace(zone, OffsetsOf(zone, now)).first;
    return it->second;
  };

  // The fields mentee and mentor features share.
  auto fill_common = [&](const Participant& p, auto& m) {
    const domain::Profile& pr = p.profile;
    m.organisation = orgs.Id(HomeOrganisation(program_org_id, p));
    for (const auto& i : pr.interests) m.interests.push_back(interests.Id(i));
    SortUnique(m.interests);
    for (const auto& l : pr.languages) m.languages.push_back(language_id(l));
    SortUnique(m.languages);
    const std::string text = TextOf(pr);
    m.text_doc = f.corpus->Add(text, matching::StemmingLanguage(text, pr.languages));
    m.utc_offsets = zone_offsets(pr.time_zone);
    m.availability_hours = pr.availability_hours_per_month;
  };

  for (const Participant& p : mentees) {
    matching::MenteeFeatures m;
    const domain::Profile& pr = p.profile;
    fill_common(p, m);
    double levels = 0;
    for (const auto& s : pr.skills_learn) {
      m.learn.push_back({skills.Id(s.skill), s.current_level, s.target_level});
      levels += s.current_level;
    }
    std::sort(m.learn.begin(), m.learn.end(),
              [](const auto& a, const auto& b) { return a.skill < b.skill; });
    m.experience = pr.skills_learn.empty() ? 1.0 : levels / pr.skills_learn.size();
    m.wishes = wishes_of(pr);
    m.wants_outside = pr.mentee.wants_outside_mentor;
    m.is_minor = pr.minor.is_minor;
    bool priority = false;
    if (!settings.priority_field.empty())
      for (const auto& b : pr.background)
        priority |= b.field == settings.priority_field &&
                    ToLower(b.value) == ToLower(settings.priority_value) &&
                    b.visibility != domain::Visibility::kPrivate;
    f.mentee_tier.push_back(priority ? 0 : 1);
    f.mentees.push_back(std::move(m));
  }
  for (const Participant& p : mentors) {
    matching::MentorFeatures m;
    const domain::Profile& pr = p.profile;
    fill_common(p, m);
    double levels = 0;
    for (const auto& s : pr.skills_teach) {
      m.teach.push_back({skills.Id(s.skill), s.level});
      levels += s.level;
    }
    std::sort(m.teach.begin(), m.teach.end(),
              [](const auto& a, const auto& b) { return a.skill < b.skill; });
    m.experience = pr.skills_teach.empty() ? 3.0 : levels / pr.skills_teach.size();
    m.background = background_of(pr);
    m.background_hidden = background_of(pr, {}, true);
    m.accepts_external = pr.mentor.accepts_external_mentees;
    m.youth_cleared = p.enrollment.screening_cleared && p.enrollment.training_complete;
    f.mentors.push_back(std::move(m));
  }
  f.corpus->Build();
  return f;
}

PairExplanations ExplainPair(const matching::Scorer& scorer, const MatchFeatures& f, int mentee,
                             int mentor) {
  const auto& me = f.mentees[mentee];
  const auto& mr = f.mentors[mentor];
  const matching::Explanation e = scorer.Explain(me, mr, f.vocab);
  return {e.Reasons(), e.ShownTotal()};
}

}  // namespace tandem::app
