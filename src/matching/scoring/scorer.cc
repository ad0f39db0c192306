#include "matching/scoring/scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "matching/scoring/points.h"

namespace tandem::matching {

using points::Coverage;
using points::ClockDifferenceMinutes;
using points::CountShared;
using points::Points;
using points::WakingOverlapMinutes;

namespace {

// Sinks: the fast one only sums; the explaining one records reasons.
struct SumSink {
  int total = 0;
  bool feasible = true;
  static constexpr bool kExplains = false;
  void Add(Criterion, int points, const char*) { total += points; }
  template <typename F>
  void AddLazy(Criterion, int points, F&&) { total += points; }
  void AddHidden(Criterion, int points) { total += points; }
  void Fail(Infeasibility) { feasible = false; }
};

struct ExplainSink {
  Explanation out;
  static constexpr bool kExplains = true;
  bool feasible = true;
  const Vocabulary* vocab = nullptr;
  template <typename F>
  void AddLazy(Criterion c, int points, F&& reason) {
    if (points <= 0) return;
    out.contributions.push_back({c, points, reason(points), false});
    out.total += points;
  }
  void AddHidden(Criterion c, int points) {
    if (points <= 0) return;
    out.contributions.push_back({c, points, Reason{}, true});
    out.total += points;
  }
  void Fail(Infeasibility why) {
    if (feasible) out.infeasibility = why;
    feasible = false;
  }
};

const std::string& Label(const std::vector<std::string>& v, int id) {
  static const std::string kUnknown = "?";
  return id >= 0 && static_cast<size_t>(id) < v.size() ? v[id] : kUnknown;
}

// The labels of the ids two sorted lists share, in id order.
std::vector<std::string> SharedLabels(const std::vector<int>& a, const std::vector<int>& b,
                                      const std::vector<std::string>& labels) {
  std::vector<std::string> out;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (a[i] > b[j]) ++j;
    else {
      out.push_back(Label(labels, a[i]));
      ++i, ++j;
    }
  }
  return out;
}

}  // namespace

template <typename Sink>
void Scorer::Evaluate(const MenteeFeatures& me, const MentorFeatures& mr, Sink& sink,
                      const float* mentee_text) const {
  // Only an explaining sink has labels to look up; the summing one never calls the reasons.
  const Vocabulary* vocab = nullptr;
  if constexpr (Sink::kExplains) vocab = sink.vocab;
  (void)vocab;

  // Hard constraints first.
  if (me.is_minor && !mr.youth_cleared)
    return sink.Fail(Infeasibility::kYouthScreening);
  const bool outside = me.organisation != mr.organisation;
  if (outside && !mr.accepts_external)
    return sink.Fail(Infeasibility::kInternalOnly);

  auto must_fail = [&](Criterion c, int points) {
    return weights_.Get(c) == Priority::kMust && points <= 0;
  };

  // Language.
  if (Priority p = weights_.Get(Criterion::kLanguage); p != Priority::kIgnore) {
    int shared = CountShared(me.languages, mr.languages);
    int pts = Points(shared > 0 ? 1.0 : 0.0, Criterion::kLanguage, p);
    if (must_fail(Criterion::kLanguage, shared)) return sink.Fail(Infeasibility::kNoLanguage);
    sink.AddLazy(Criterion::kLanguage, pts, [&](int earned) {
      return LanguageReason(earned, SharedLabels(me.languages, mr.languages, vocab->languages));
    });
  }

  // Skills: each need contributes its share.
  if (Priority p = weights_.Get(Criterion::kSkills); p != Priority::kIgnore) {
    int earned = 0;
    const double share = me.learn.empty() ? 0.0 : 1.0 / me.learn.size();
    size_t j = 0;
    for (const SkillNeed& need : me.learn) {
      while (j < mr.teach.size() && mr.teach[j].skill < need.skill) ++j;
      if (j == mr.teach.size() || mr.teach[j].skill != need.skill) continue;
      const SkillOffer& offer = mr.teach[j];
      int pts = Points(Coverage(need, offer.level) * share, Criterion::kSkills, p);
      earned += pts;
      sink.AddLazy(Criterion::kSkills, pts, [&](int earned) {
        return SkillReason(earned, Label(vocab->skills, need.skill), offer.level,
                           need.target_level);
      });
    }
    if (must_fail(Criterion::kSkills, earned)) return sink.Fail(Infeasibility::kNoSkills);
  }

  // Goals, bio and headline text.
  if (Priority p = weights_.Get(Criterion::kGoals); p != Priority::kIgnore) {
    double sim = 0;
    if (corpus_ && me.text_doc >= 0 && mr.text_doc >= 0) {
      if (mentee_text) {
        float sum = 0;  // same products, same ascending term order as Cosine()
        for (const auto& [t, w] : corpus_->Vector(mr.text_doc).terms)
          if (mentee_text[t] != 0) sum += mentee_text[t] * w;
        sim = sum;
      } else {
        sim = Cosine(corpus_->Vector(me.text_doc), corpus_->Vector(mr.text_doc));
      }
    }
    int pts = Points(points::GoalsFraction(sim), Criterion::kGoals, p);
    if (must_fail(Criterion::kGoals, pts)) return sink.Fail(Infeasibility::kNoGoals);
    sink.AddLazy(Criterion::kGoals, pts, [&](int earned) {
      std::vector<std::string> words;
      for (int t : corpus_->SharedWords(me.text_doc, mr.text_doc, 3))
        words.push_back(corpus_->Word(t));
      return GoalsReason(earned, std::move(words));
    });
  }

  // Interests.
  if (Priority p = weights_.Get(Criterion::kInterests); p != Priority::kIgnore) {
    int shared = CountShared(me.interests, mr.interests);
    int pts = Points(points::InterestFraction(shared, static_cast<int>(me.interests.size())),
                     Criterion::kInterests, p);
    if (must_fail(Criterion::kInterests, pts)) return sink.Fail(Infeasibility::kNoInterests);
    sink.AddLazy(Criterion::kInterests, pts, [&](int earned) {
      return InterestsReason(earned, SharedLabels(me.interests, mr.interests, vocab->interests));
    });
  }

  // Background the mentee chose to weigh.
  if (Priority p = weights_.Get(Criterion::kBackground); p != Priority::kIgnore) {
    int earned = 0;
    bool preference_missed = false;
    const double share = me.wishes.empty() ? 0.0 : 1.0 / me.wishes.size();
    for (const BackgroundWish& wish : me.wishes) {
      if (!std::binary_search(mr.background.begin(), mr.background.end(), wish.value)) {
        preference_missed |= wish.preferred;
        continue;
      }
      const bool shown = wish.shown && !std::binary_search(mr.background_hidden.begin(),
                                                           mr.background_hidden.end(), wish.value);
      if (!shown) {
        // Unnamed: points below "must" only (see the header).
        if (p == Priority::kMust) {
          preference_missed |= wish.preferred;
          continue;
        }
        int pts = Points(share, Criterion::kBackground, p);
        earned += pts;
        sink.AddHidden(Criterion::kBackground, pts);
        continue;
      }
      int pts = Points(share, Criterion::kBackground, p);
      earned += pts;
      sink.AddLazy(Criterion::kBackground, pts, [&](int earned) {
        const std::string& field = Label(vocab->background_fields, wish.value.field);
        const std::string& value = Label(vocab->background_values, wish.value.value);
        if (wish.preferred) return PreferenceReason(earned, field, value);
        return BackgroundReason(earned, field, value);
      });
    }
    // A stated preference is a sharper request than a shared background, so "must" holds the
    // mentor to every preference, not just to one wish of any kind.
    if (p == Priority::kMust && preference_missed)
      return sink.Fail(Infeasibility::kPreferenceMissed);
    if (must_fail(Criterion::kBackground, earned) && !me.wishes.empty())
      return sink.Fail(Infeasibility::kNoBackground);
  }

  // Time zones.
  if (Priority p = weights_.Get(Criterion::kTimeZone); p != Priority::kIgnore) {
    int overlap = WakingOverlapMinutes(me.utc_offsets, mr.utc_offsets);
    int pts = Points(overlap / 780.0, Criterion::kTimeZone, p);
    if (must_fail(Criterion::kTimeZone, pts)) return sink.Fail(Infeasibility::kNoWakingOverlap);
    sink.AddLazy(Criterion::kTimeZone, pts, [&](int earned) {
      return TimeZoneReason(earned, ClockDifferenceMinutes(me.utc_offsets.now, mr.utc_offsets.now),
                            ClockDifferenceMinutes(me.utc_offsets.later, mr.utc_offsets.later));
    });
  }

  // Availability.
  if (Priority p = weights_.Get(Criterion::kAvailability); p != Priority::kIgnore) {
    int pts = Points(points::AvailabilityFraction(me.availability_hours, mr.availability_hours),
                     Criterion::kAvailability, p);
    if (must_fail(Criterion::kAvailability, pts)) return sink.Fail(Infeasibility::kNoTime);
    sink.AddLazy(Criterion::kAvailability, pts, [&](int earned) {
      return AvailabilityReason(earned, me.availability_hours, mr.availability_hours);
    });
  }

  // Outside the mentee's organisation, when asked for.
  if (Priority p = weights_.Get(Criterion::kOutside); p != Priority::kIgnore) {
    int pts = Points(me.wants_outside && outside ? 1.0 : 0.0, Criterion::kOutside, p);
    if (must_fail(Criterion::kOutside, pts) && me.wants_outside)
      return sink.Fail(Infeasibility::kSameOrganisation);
    sink.AddLazy(Criterion::kOutside, pts, [](int earned) { return OutsideReason(earned); });
  }

  // Experience gap: best when the mentor is 1 to 3 levels ahead.
  if (Priority p = weights_.Get(Criterion::kExperienceGap); p != Priority::kIgnore) {
    int pts = Points(points::ExperienceFraction(me.experience, mr.experience),
                     Criterion::kExperienceGap, p);
    if (must_fail(Criterion::kExperienceGap, pts))
      return sink.Fail(Infeasibility::kNoExperienceGap);
    sink.AddLazy(Criterion::kExperienceGap, pts, [](int earned) { return ExperienceGapReason(earned); });
  }
}

int Scorer::Score(const MenteeFeatures& mentee, const MentorFeatures& mentor) const {
  SumSink sink;
  Evaluate(mentee, mentor, sink);
  return sink.feasible ? sink.total : kInfeasible;
}

int Scorer::ScoreWithDenseText(const MenteeFeatures& mentee, const MentorFeatures& mentor,
                               const float* mentee_text) const {
  SumSink sink;
  Evaluate(mentee, mentor, sink, mentee_text);
  return sink.feasible ? sink.total : kInfeasible;
}

const float* Scorer::ScatterText(const MenteeFeatures& mentee, std::vector<float>& dense) const {
  if (!corpus_ || mentee.text_doc < 0) return nullptr;
  if (dense.size() < corpus_->num_terms()) dense.assign(corpus_->num_terms(), 0.0f);
  for (const auto& [t, w] : corpus_->Vector(mentee.text_doc).terms) dense[t] = w;
  return dense.data();
}

void Scorer::ClearText(const MenteeFeatures& mentee, std::vector<float>& dense) const {
  if (!corpus_ || mentee.text_doc < 0) return;
  for (const auto& [t, w] : corpus_->Vector(mentee.text_doc).terms) dense[t] = 0.0f;
}

Explanation Scorer::Explain(const MenteeFeatures& mentee, const MentorFeatures& mentor,
                            const Vocabulary& vocab) const {
  ExplainSink sink;
  sink.vocab = &vocab;
  Evaluate(mentee, mentor, sink);
  sink.out.feasible = sink.feasible;
  if (!sink.feasible) {
    sink.out.total = 0;
    sink.out.contributions.clear();
  }
  // Biggest reasons first; ties in criterion order (stable).
  std::stable_sort(sink.out.contributions.begin(), sink.out.contributions.end(),
                   [](const Contribution& a, const Contribution& b) { return a.points > b.points; });
  return sink.out;
}

std::vector<Reason> Explanation::Reasons() const {
  std::vector<Reason> out;
  if (!feasible) return out;
  for (const Contribution& c : contributions)
    if (!c.hidden) out.push_back(c.reason);
  return out;
}

std::string Explanation::Text(Perspective p) const {
  if (!feasible) return EnglishInfeasibility(infeasibility, p);
  return EnglishReasons(Reasons(), p);
}

int Explanation::ShownTotal() const {
  if (!feasible) return 0;
  int sum = 0;
  for (const Contribution& c : contributions)
    if (!c.hidden) sum += c.points;
  return sum;
}

}  // namespace tandem::matching
