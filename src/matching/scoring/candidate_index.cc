#include "matching/scoring/candidate_index.h"

#include <algorithm>

#include "matching/scoring/points.h"

namespace tandem::matching {

namespace {

using points::CountShared;
using points::Points;

// CSR postings from (feature, posting) pairs given in mentor order.
template <typename P>
void BuildCsr(const std::vector<std::pair<int, P>>& pairs, std::vector<int64_t>& begin,
              std::vector<P>& items) {
  int features = 0;
  for (const auto& [f, p] : pairs) features = std::max(features, f + 1);
  begin.assign(static_cast<size_t>(features) + 1, 0);
  for (const auto& [f, p] : pairs) ++begin[f + 1];
  for (int f = 0; f < features; ++f) begin[f + 1] += begin[f];
  items.resize(pairs.size());
  std::vector<int64_t> cursor(begin.begin(), begin.end() - 1);
  for (const auto& [f, p] : pairs) items[cursor[f]++] = p;
}

// Position of v in the sorted distinct list, inserting nothing (v must be present).
template <typename T>
int32_t PositionOf(const std::vector<T>& sorted, const T& v) {
  return static_cast<int32_t>(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
}

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// "a ranks before b": higher score, then lower mentor.
bool Better(const std::pair<int32_t, int32_t>& a, const std::pair<int32_t, int32_t>& b) {
  return a.first != b.first ? a.first > b.first : a.second < b.second;
}

}  // namespace

// What the features a pass does not traverse can add at most, for one mentee.
struct CandidateIndex::Bounds {
  int skills = 0;                                   // points
  int interests = 0;                                // count of shared interests
  int background = 0;                               // points
  float text = 0;                                   // cosine
  bool skills_any = false, background_any = false;  // for "must" criteria
};

CandidateIndex::CandidateIndex(const Scorer& scorer, std::vector<const MentorFeatures*> mentors,
                               Options options)
    : weights_(scorer.weights()),
      corpus_(scorer.corpus()),
      mentors_(std::move(mentors)),
      max_postings_(std::max<int64_t>(0, options.max_postings)) {
  std::vector<std::pair<int, Posting>> skills, interests, background;
  std::vector<std::pair<int, TextPosting>> text;
  for (const MentorFeatures* m : mentors_) {
    background_values_.insert(background_values_.end(), m->background.begin(), m->background.end());
    zones_.push_back(m->utc_offsets);
    hours_.push_back(m->availability_hours);
    experiences_.push_back(m->experience);
    language_sets_.push_back(m->languages);
  }
  SortUnique(background_values_);
  SortUnique(zones_);
  SortUnique(hours_);
  SortUnique(experiences_);
  SortUnique(language_sets_);
  for (int32_t j = 0; j < num_mentors(); ++j) {
    const MentorFeatures& m = *mentors_[j];
    for (const SkillOffer& s : m.teach) skills.push_back({s.skill, {j, s.level}});
    for (int i : m.interests) interests.push_back({i, {j, 0}});
    for (const BackgroundValue& b : m.background)
      background.push_back({PositionOf(background_values_, b), {j, 0}});
    if (corpus_ != nullptr && m.text_doc >= 0)
      for (const auto& [t, w] : corpus_->Vector(m.text_doc).terms) text.push_back({t, {j, w}});
    dense_.push_back(
        {m.organisation, PositionOf(zones_, m.utc_offsets),
         PositionOf(hours_, m.availability_hours), PositionOf(experiences_, m.experience),
         PositionOf(language_sets_, m.languages), m.accepts_external, m.youth_cleared});
  }
  BuildCsr(skills, skills_.begin, skills_.items);
  BuildCsr(interests, interests_.begin, interests_.items);
  BuildCsr(background, background_.begin, background_.items);
  BuildCsr(text, text_.begin, text_.items);
  text_max_.assign(text_.begin.empty() ? 0 : text_.begin.size() - 1, 0.0f);
  for (size_t t = 0; t < text_max_.size(); ++t)
    for (int64_t p = text_.begin[t]; p < text_.begin[t + 1]; ++p)
      text_max_[t] = std::max(text_max_[t], text_.items[p].weight);
  // A feature held by more than an eighth of the mentors (and at least 64) is left out of the
  // first pass: walking it would touch most mentors without telling them apart.
  common_postings_ = options.common_postings >= 0 ? options.common_postings
                                                  : std::max<int64_t>(64, num_mentors() / 8);
  if (max_postings_ > 0) {
    // Strongest mentors first, so that a capped walk keeps them.
    auto by_strength = [&](auto& begin, auto& items, auto strength) {
      for (size_t f = 0; f + 1 < begin.size(); ++f)
        std::stable_sort(items.begin() + begin[f], items.begin() + begin[f + 1],
                         [&](const auto& a, const auto& b) { return strength(a) > strength(b); });
    };
    auto hours = [&](const Posting& p) { return mentors_[p.mentor]->availability_hours; };
    by_strength(skills_.begin, skills_.items, [](const Posting& p) { return p.value; });
    by_strength(interests_.begin, interests_.items, hours);
    by_strength(background_.begin, background_.items, hours);
    by_strength(text_.begin, text_.items, [](const TextPosting& p) { return p.weight; });
  }
}

CandidateIndex::Workspace::Workspace(const CandidateIndex& index)
    : acc(index.num_mentors()),
      touched_mark(index.num_mentors(), 0),
      zone_points(index.zones_.size()),
      hours_points(index.hours_.size()),
      experience_points(index.experiences_.size()),
      language_points(index.language_sets_.size()),
      language_shared(index.language_sets_.size()) {}

void CandidateIndex::FillDenseTables(const MenteeFeatures& me, Workspace& ws) const {
  const Priority language = weights_.Get(Criterion::kLanguage);
  for (size_t s = 0; s < language_sets_.size(); ++s) {
    ws.language_shared[s] = CountShared(me.languages, language_sets_[s]) > 0;
    ws.language_points[s] =
        language == Priority::kIgnore
            ? 0
            : Points(ws.language_shared[s] ? 1.0 : 0.0, Criterion::kLanguage, language);
  }
  const Priority zone = weights_.Get(Criterion::kTimeZone);
  for (size_t z = 0; z < zones_.size(); ++z)
    ws.zone_points[z] =
        zone == Priority::kIgnore
            ? 0
            : Points(points::WakingOverlapMinutes(me.utc_offsets, zones_[z]) / 780.0,
                     Criterion::kTimeZone, zone);
  const Priority hours = weights_.Get(Criterion::kAvailability);
  for (size_t h = 0; h < hours_.size(); ++h)
    ws.hours_points[h] =
        hours == Priority::kIgnore
            ? 0
            : Points(points::AvailabilityFraction(me.availability_hours, hours_[h]),
                     Criterion::kAvailability, hours);
  const Priority gap = weights_.Get(Criterion::kExperienceGap);
  for (size_t e = 0; e < experiences_.size(); ++e)
    ws.experience_points[e] =
        gap == Priority::kIgnore
            ? 0
            : Points(points::ExperienceFraction(me.experience, experiences_[e]),
                     Criterion::kExperienceGap, gap);
}

bool CandidateIndex::HardInfeasible(const MenteeFeatures& me, const MentorDense& d,
                                    const Workspace& ws) const {
  if (me.is_minor && !d.youth_cleared) return true;
  if (me.organisation != d.organisation && !d.accepts_external) return true;
  return weights_.Get(Criterion::kLanguage) == Priority::kMust && !ws.language_shared[d.languages];
}

int CandidateIndex::DensePoints(const MenteeFeatures& me, const MentorDense& d,
                                const Workspace& ws) const {
  int total = ws.language_points[d.languages] + ws.zone_points[d.zone] + ws.hours_points[d.hours] +
              ws.experience_points[d.experience];
  if (Priority p = weights_.Get(Criterion::kOutside); p != Priority::kIgnore)
    total += Points(me.wants_outside && me.organisation != d.organisation ? 1.0 : 0.0,
                    Criterion::kOutside, p);
  return total;
}

int CandidateIndex::DenseBound(const Workspace& ws, const MenteeFeatures& me) const {
  auto max_of = [](const std::vector<int32_t>& v) {
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
  };
  int total = max_of(ws.language_points) + max_of(ws.zone_points) + max_of(ws.hours_points) +
              max_of(ws.experience_points);
  if (Priority p = weights_.Get(Criterion::kOutside); p != Priority::kIgnore)
    total += Points(me.wants_outside ? 1.0 : 0.0, Criterion::kOutside, p);
  return total;
}

namespace {
constexpr uint64_t Key(Criterion c, int id) {
  return static_cast<uint64_t>(c) << 32 | static_cast<uint32_t>(id);
}
}  // namespace

std::vector<std::pair<int64_t, CandidateIndex::FeatureKey>> CandidateIndex::CommonFeatures(
    const MenteeFeatures& me) const {
  std::vector<std::pair<int64_t, FeatureKey>> out;
  auto add = [&](Criterion c, int id, int64_t size) {
    if (weights_.Get(c) != Priority::kIgnore && Common(size)) out.push_back({size, Key(c, id)});
  };
  for (const SkillNeed& n : me.learn) add(Criterion::kSkills, n.skill, skills_.Size(n.skill));
  for (int i : me.interests) add(Criterion::kInterests, i, interests_.Size(i));
  for (const BackgroundWish& wish : me.wishes) {
    const BackgroundValue& w = wish.value;
    auto it = std::lower_bound(background_values_.begin(), background_values_.end(), w);
    if (it == background_values_.end() || !(*it == w)) continue;
    const int f = static_cast<int>(it - background_values_.begin());
    add(Criterion::kBackground, f, background_.Size(f));
  }
  if (corpus_ != nullptr && me.text_doc >= 0)
    for (const auto& [term, w] : corpus_->Vector(me.text_doc).terms)
      add(Criterion::kGoals, term, text_.Size(term));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  return out;
}

void CandidateIndex::AddBound(const MenteeFeatures& me, FeatureKey key, Bounds& b) const {
  const auto c = static_cast<Criterion>(key >> 32);
  const int id = static_cast<int>(key & 0xffffffffu);
  switch (c) {
    case Criterion::kSkills:
      b.skills += Points(1.0 / me.learn.size(), c, weights_.Get(c));
      b.skills_any = true;
      break;
    case Criterion::kInterests:
      ++b.interests;
      break;
    case Criterion::kBackground:
      b.background += Points(1.0 / me.wishes.size(), c, weights_.Get(c));
      b.background_any = true;
      break;
    case Criterion::kGoals:
      for (const auto& [term, w] : corpus_->Vector(me.text_doc).terms)
        if (term == id) b.text += w * text_max_[term];
      break;
    default:
      break;
  }
}

int CandidateIndex::SparseBound(const MenteeFeatures& me, const Workspace::Acc& a,
                                const Bounds& rest, bool& feasible) const {
  auto must = [](Priority p) { return p == Priority::kMust; };
  int sparse = 0;
  if (Priority p = weights_.Get(Criterion::kSkills); p != Priority::kIgnore) {
    feasible &= !(must(p) && a.skill <= 0 && !rest.skills_any);
    sparse += a.skill + rest.skills;
  }
  if (Priority p = weights_.Get(Criterion::kInterests); p != Priority::kIgnore) {
    int pts = Points(points::InterestFraction(a.interests + rest.interests,
                                              static_cast<int>(me.interests.size())),
                     Criterion::kInterests, p);
    feasible &= !(must(p) && pts <= 0);
    sparse += pts;
  }
  if (Priority p = weights_.Get(Criterion::kBackground); p != Priority::kIgnore) {
    feasible &= !(must(p) && !me.wishes.empty() && a.background <= 0 && !rest.background_any);
    sparse += a.background + rest.background;
  }
  if (Priority p = weights_.Get(Criterion::kGoals); p != Priority::kIgnore) {
    // The exact cosine sums the same products in another order: allow one point of rounding.
    const float text = a.text + rest.text;
    feasible &= !(must(p) && text <= 0.0f);
    if (text > 0.0f) sparse += Points(points::GoalsFraction(text), Criterion::kGoals, p) + 1;
  }
  return sparse;
}

bool CandidateIndex::Pass(const MenteeFeatures& me, int k, const std::vector<FeatureKey>& skipped,
                          bool scan_untouched, const ExactScore& score, Workspace& ws,
                          std::vector<std::pair<int32_t, int32_t>>& out, Stats& stats) const {
  const Priority skills_p = weights_.Get(Criterion::kSkills);
  const Priority interests_p = weights_.Get(Criterion::kInterests);
  const Priority background_p = weights_.Get(Criterion::kBackground);
  const Priority goals_p = weights_.Get(Criterion::kGoals);
  auto touch = [&](int32_t j) -> Workspace::Acc& {
    if (!ws.touched_mark[j]) {
      ws.touched_mark[j] = 1;
      ws.touched.push_back(j);
    }
    return ws.acc[j];
  };
  Bounds rest;  // what the skipped features may add
  auto walk = [&](Criterion c, int id) {
    const FeatureKey key = Key(c, id);
    if (!std::binary_search(skipped.begin(), skipped.end(), key)) return true;
    AddBound(me, key, rest);
    return false;
  };

  // 1. Accumulate the sparse criteria through the postings.
  if (skills_p != Priority::kIgnore && !me.learn.empty()) {
    const double share = 1.0 / me.learn.size();
    for (const SkillNeed& need : me.learn) {
      if (skills_.Size(need.skill) == 0 || !walk(Criterion::kSkills, need.skill)) continue;
      for (int64_t t = skills_.begin[need.skill]; t < End(skills_.begin, need.skill); ++t) {
        const Posting& p = skills_.items[t];
        touch(p.mentor).skill +=
            Points(points::Coverage(need, p.value) * share, Criterion::kSkills, skills_p);
      }
    }
  }
  if (interests_p != Priority::kIgnore) {
    for (int i : me.interests) {
      if (interests_.Size(i) == 0 || !walk(Criterion::kInterests, i)) continue;
      for (int64_t t = interests_.begin[i]; t < End(interests_.begin, i); ++t)
        ++touch(interests_.items[t].mentor).interests;
    }
  }
  if (background_p != Priority::kIgnore && !me.wishes.empty()) {
    const int per_wish = Points(1.0 / me.wishes.size(), Criterion::kBackground, background_p);
    for (const BackgroundWish& wish : me.wishes) {
      auto it = std::lower_bound(background_values_.begin(), background_values_.end(), wish.value);
      if (it == background_values_.end() || !(*it == wish.value)) continue;
      const int f = static_cast<int>(it - background_values_.begin());
      if (!walk(Criterion::kBackground, f)) continue;
      for (int64_t t = background_.begin[f]; t < End(background_.begin, f); ++t)
        touch(background_.items[t].mentor).background += per_wish;
    }
  }
  if (goals_p != Priority::kIgnore && corpus_ != nullptr && me.text_doc >= 0) {
    for (const auto& [term, w] : corpus_->Vector(me.text_doc).terms) {
      if (text_.Size(term) == 0 || !walk(Criterion::kGoals, term)) continue;
      for (int64_t t = text_.begin[term]; t < End(text_.begin, term); ++t)
        touch(text_.items[t].mentor).text += w * text_.items[t].weight;
    }
  }
  stats.touched += static_cast<int64_t>(ws.touched.size());

  // 2. An upper bound per touched mentor that passes the cheap hard constraints.
  ws.order.clear();
  for (int32_t j : ws.touched) {
    const MentorDense& d = dense_[j];
    bool feasible = !HardInfeasible(me, d, ws);
    const int sparse = SparseBound(me, ws.acc[j], rest, feasible);
    if (feasible) ws.order.push_back({sparse + DensePoints(me, d, ws), j});
    ws.acc[j] = {};
  }

  // 3. Exact scores in decreasing bound order until no bound can beat the k-th best score.
  auto offer = [&](int32_t s, int32_t j) {
    if (s < 0) return;
    const std::pair<int32_t, int32_t> e{s, j};
    if (static_cast<int>(out.size()) < k) {
      out.push_back(e);
      std::push_heap(out.begin(), out.end(), Better);
    } else if (Better(e, out.front())) {
      std::pop_heap(out.begin(), out.end(), Better);
      out.back() = e;
      std::push_heap(out.begin(), out.end(), Better);
    }
  };
  auto cannot_enter = [&](int32_t bound) {
    return static_cast<int>(out.size()) == k && bound < out.front().first;
  };
  // Sort a prefix first: bounds are tight, so the scan usually stops within it.
  const size_t sorted = std::min(ws.order.size(), static_cast<size_t>(2 * k));
  std::nth_element(ws.order.begin(), ws.order.begin() + sorted, ws.order.end(), Better);
  std::sort(ws.order.begin(), ws.order.begin() + sorted, Better);
  for (size_t t = 0; t < ws.order.size(); ++t) {
    if (t == sorted) std::sort(ws.order.begin() + sorted, ws.order.end(), Better);
    const auto [bound, j] = ws.order[t];
    if (cannot_enter(bound)) break;
    ++stats.scored;
    offer(score(j), j);
  }

  // 4. Mentors never touched hold none of the walked features: one bound covers them all.
  bool feasible = true;
  const int untouched = SparseBound(me, Workspace::Acc{}, rest, feasible) + DenseBound(ws, me);
  bool settled = !feasible || cannot_enter(untouched);
  if (!settled && scan_untouched) {
    for (int32_t j = 0; j < num_mentors(); ++j) {
      if (ws.touched_mark[j] || HardInfeasible(me, dense_[j], ws)) continue;
      ++stats.scored;
      offer(score(j), j);
    }
    settled = true;
  }
  for (int32_t j : ws.touched) ws.touched_mark[j] = 0;
  ws.touched.clear();
  return settled;
}

void CandidateIndex::TopK(const MenteeFeatures& me, int k, const ExactScore& score, Workspace& ws,
                          std::vector<std::pair<int32_t, int32_t>>& out, Stats* stats) const {
  out.clear();
  if (k <= 0) return;
  Stats local;
  FillDenseTables(me, ws);
  if (max_postings_ > 0) {
    // Approximate: one capped pass; mentors outside every capped list are not considered.
    Pass(me, k, {}, false, score, ws, out, local);
    std::sort(out.begin(), out.end(), Better);
    if (stats) {
      stats->touched += local.touched;
      stats->scored += local.scored;
    }
    return;
  }
  const auto common = CommonFeatures(me);
  std::vector<FeatureKey> skipped;
  for (const auto& [size, key] : common) skipped.push_back(key);
  std::sort(skipped.begin(), skipped.end());
  bool settled = false;
  if (!common.empty()) {
    // First pass: selective features only. It finds the strongest distinctive candidates
    // cheaply; when their k-th score already beats everything the common features could add,
    // the list is settled.
    ++local.first_pass;
    settled = Pass(me, k, skipped, false, score, ws, out, local);
    if (!settled) {
      ++local.second_pass;
      out.clear();
    }
  }
  // The full pass. (Skipping common features here too, MaxScore-style, with the first pass's
  // k-th score as a floor, was measured slower: the looser bounds cost more exact scores than
  // the skipped postings saved.)
  if (!settled) Pass(me, k, {}, true, score, ws, out, local);
  std::sort(out.begin(), out.end(), Better);
  if (stats) {
    stats->touched += local.touched;
    stats->scored += local.scored;
    stats->first_pass += local.first_pass;
    stats->second_pass += local.second_pass;
  }
}

}  // namespace tandem::matching
