#include "matching/scoring/scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace tandem::matching {

namespace {

// How well a mentor at `level` covers a need from current to target: a mentor above the
// target covers the gap best, one at the target almost as well, one between current and
// target partly, one at or below the current level not at all.
double Coverage(const SkillNeed& need, int level) {
  if (level > need.target_level) return 1.0;
  if (level == need.target_level) return 0.85;
  if (level <= need.current_level) return 0.0;
  double gap = std::max(1, need.target_level - need.current_level);
  return 0.6 * (level - need.current_level) / gap;
}

int CountShared(const std::vector<int>& a, const std::vector<int>& b) {
  int n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (a[i] > b[j]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

// Waking hours 08:00-21:00 local; the overlap of the two windows in minutes, 0..780.
int WakingOverlapMinutes(int offset_a, int offset_b) {
  int diff = std::abs(offset_a - offset_b) % (24 * 60);
  diff = std::min(diff, 24 * 60 - diff);
  return std::max(0, 13 * 60 - diff);
}

int Points(double fraction, Criterion c, Priority p) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  return static_cast<int>(std::lround(fraction * BasePoints(c) * Multiplier(p)));
}

// Sinks: the fast one only sums; the explaining one records reasons.
struct SumSink {
  int total = 0;
  bool feasible = true;
  static constexpr bool kExplains = false;
  void Add(Criterion, int points, const char*) { total += points; }
  template <typename F>
  void AddLazy(Criterion, int points, F&&) { total += points; }
  void Fail(const char*) { feasible = false; }
};

struct ExplainSink {
  Explanation out;
  static constexpr bool kExplains = true;
  bool feasible = true;
  template <typename F>
  void AddLazy(Criterion c, int points, F&& reason) {
    if (points <= 0) return;
    out.contributions.push_back({c, points, reason()});
    out.total += points;
  }
  void Fail(const char* reason) {
    if (feasible) out.infeasible_reason = reason;
    feasible = false;
  }
};

const std::string& Label(const std::vector<std::string>& v, int id) {
  static const std::string kUnknown = "?";
  return id >= 0 && static_cast<size_t>(id) < v.size() ? v[id] : kUnknown;
}

}  // namespace

template <typename Sink>
void Scorer::Evaluate(const MenteeFeatures& me, const MentorFeatures& mr, Sink& sink,
                      const float* mentee_text) const {
  const Vocabulary* vocab = nullptr;
  if constexpr (Sink::kExplains) vocab = sink.vocab;
  (void)vocab;

  // Hard constraints first.
  if (me.is_minor && !mr.youth_cleared)
    return sink.Fail("this mentor has not completed screening and training for youth programs");
  const bool outside = me.organisation != mr.organisation;
  if (outside && !mr.accepts_external)
    return sink.Fail("this mentor only mentors within their own organisation");

  auto must_fail = [&](Criterion c, int points) {
    return weights_.Get(c) == Priority::kMust && points <= 0;
  };

  // Language.
  if (Priority p = weights_.Get(Criterion::kLanguage); p != Priority::kIgnore) {
    int shared = CountShared(me.languages, mr.languages);
    int pts = Points(shared > 0 ? 1.0 : 0.0, Criterion::kLanguage, p);
    if (must_fail(Criterion::kLanguage, shared)) return sink.Fail("no shared language");
    sink.AddLazy(Criterion::kLanguage, pts, [&] {
      std::string names;
      size_t i = 0, j = 0;
      while (i < me.languages.size() && j < mr.languages.size()) {
        if (me.languages[i] < mr.languages[j]) ++i;
        else if (me.languages[i] > mr.languages[j]) ++j;
        else {
          if (!names.empty()) names += " and ";
          names += Label(vocab->languages, me.languages[i]);
          ++i, ++j;
        }
      }
      return "both speak " + names;
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
      sink.AddLazy(Criterion::kSkills, pts, [&] {
        return "teaches " + Label(vocab->skills, need.skill) + " at level " +
               std::to_string(offer.level) + ", you want level " +
               std::to_string(need.target_level);
      });
    }
    if (must_fail(Criterion::kSkills, earned)) return sink.Fail("teaches none of the skills wanted");
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
    // Cosine of short texts rarely passes 0.5; scale so 0.5 counts as a full match.
    int pts = Points(sim * 2.0, Criterion::kGoals, p);
    if (must_fail(Criterion::kGoals, pts)) return sink.Fail("no similar goals");
    sink.AddLazy(Criterion::kGoals, pts, [&] {
      std::string words;
      for (int t : SharedTopTerms(corpus_->Vector(me.text_doc), corpus_->Vector(mr.text_doc), 3)) {
        if (!words.empty()) words += ", ";
        words += corpus_->Term(t);
      }
      return "similar goals (" + words + ")";
    });
  }

  // Interests.
  if (Priority p = weights_.Get(Criterion::kInterests); p != Priority::kIgnore) {
    int shared = CountShared(me.interests, mr.interests);
    int denom = std::max<int>(1, std::min<int>(3, static_cast<int>(me.interests.size())));
    int pts = Points(static_cast<double>(shared) / denom, Criterion::kInterests, p);
    if (must_fail(Criterion::kInterests, pts)) return sink.Fail("no shared interests");
    sink.AddLazy(Criterion::kInterests, pts, [&] {
      std::string names;
      size_t i = 0, j = 0;
      while (i < me.interests.size() && j < mr.interests.size()) {
        if (me.interests[i] < mr.interests[j]) ++i;
        else if (me.interests[i] > mr.interests[j]) ++j;
        else {
          if (!names.empty()) names += ", ";
          names += Label(vocab->interests, me.interests[i]);
          ++i, ++j;
        }
      }
      return "shares your interest in " + names;
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
      int pts = Points(share, Criterion::kBackground, p);
      earned += pts;
      sink.AddLazy(Criterion::kBackground, pts, [&] {
        const std::string& field = Label(vocab->background_fields, wish.value.field);
        const std::string& value = Label(vocab->background_values, wish.value.value);
        if (wish.preferred) return "matches your preferred mentor " + field + ": " + value;
        return "shares your background: " + field + " " + value;
      });
    }
    // A stated preference is a sharper request than a shared background, so "must" holds the
    // mentor to every preference, not just to one wish of any kind.
    if (p == Priority::kMust && preference_missed)
      return sink.Fail("does not match the mentor preference you stated");
    if (must_fail(Criterion::kBackground, earned) && !me.wishes.empty())
      return sink.Fail("shares none of the background you asked for");
  }

  // Time zones.
  if (Priority p = weights_.Get(Criterion::kTimeZone); p != Priority::kIgnore) {
    int overlap = WakingOverlapMinutes(me.utc_offset_minutes, mr.utc_offset_minutes);
    int pts = Points(overlap / 780.0, Criterion::kTimeZone, p);
    if (must_fail(Criterion::kTimeZone, pts)) return sink.Fail("no overlapping waking hours");
    sink.AddLazy(Criterion::kTimeZone, pts, [&] {
      int diff = std::abs(me.utc_offset_minutes - mr.utc_offset_minutes);
      if (diff == 0) return std::string("same time zone");
      return std::to_string(diff / 60) + (diff % 60 ? ".5" : "") + " h time difference";
    });
  }

  // Availability.
  if (Priority p = weights_.Get(Criterion::kAvailability); p != Priority::kIgnore) {
    double want = std::max(1, me.availability_hours);
    int pts = Points(mr.availability_hours / want, Criterion::kAvailability, p);
    if (must_fail(Criterion::kAvailability, pts)) return sink.Fail("no time available");
    sink.AddLazy(Criterion::kAvailability, pts, [&] {
      return "available " + std::to_string(mr.availability_hours) + " h a month";
    });
  }

  // Outside the mentee's organisation, when asked for.
  if (Priority p = weights_.Get(Criterion::kOutside); p != Priority::kIgnore) {
    int pts = Points(me.wants_outside && outside ? 1.0 : 0.0, Criterion::kOutside, p);
    if (must_fail(Criterion::kOutside, pts) && me.wants_outside)
      return sink.Fail("from your own organisation");
    sink.AddLazy(Criterion::kOutside, pts,
                 [&] { return std::string("from outside your organisation, as you asked"); });
  }

  // Experience gap: best when the mentor is 1 to 3 levels ahead.
  if (Priority p = weights_.Get(Criterion::kExperienceGap); p != Priority::kIgnore) {
    double gap = mr.experience - me.experience;
    double fraction = gap < 0 ? 0.0 : gap < 1 ? gap : gap <= 3 ? 1.0 : std::max(0.0, 1 - (gap - 3));
    int pts = Points(fraction, Criterion::kExperienceGap, p);
    if (must_fail(Criterion::kExperienceGap, pts)) return sink.Fail("no experience gap");
    sink.AddLazy(Criterion::kExperienceGap, pts,
                 [&] { return std::string("a few steps ahead of you in experience"); });
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

namespace {
struct VocabExplainSink : ExplainSink {
  const Vocabulary* vocab = nullptr;
};
}  // namespace

Explanation Scorer::Explain(const MenteeFeatures& mentee, const MentorFeatures& mentor,
                            const Vocabulary& vocab) const {
  VocabExplainSink sink;
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

std::string Explanation::Text() const {
  if (!feasible) return infeasible_reason;
  std::string out;
  for (const Contribution& c : contributions) {
    if (!out.empty()) out += " · ";
    out += c.reason + " (+" + std::to_string(c.points) + ")";
  }
  return out;
}

}  // namespace tandem::matching
