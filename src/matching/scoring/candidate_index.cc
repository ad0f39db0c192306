#include "matching/scoring/candidate_index.h"

#include <algorithm>

#include "matching/scoring/points.h"

namespace tandem::matching {

namespace {

using points::Points;

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
  int skills = 0;         // points
  int interests = 0;      // count of shared interests
  int background = 0;     // points
  float text = 0;         // cosine
  bool skills_any = false, interests_any = false, background_any = false, text_any = false;
};

CandidateIndex::CandidateIndex(const Scorer& scorer, std::vector<const MentorFeatures*> mentors,
                               int64_t common_postings)
    : weights_(scorer.weights()), corpus_(scorer.corpus()), mentors_(std::move(mentors)) {
  std::vector<std::pair<int, Posting>> skills, interests, background;
  std::vector<std::pair<int, TextPosting>> text;
  for (const MentorFeatures* m : mentors_) {
    background_values_.insert(background_values_.end(), m->background.begin(),
                              m->background.end());
    zones_.push_back(m->utc_offset_minutes);
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
    dense_.push_back({m.organisation, PositionOf(zones_, m.utc_offset_minutes),
                      PositionOf(hours_, m.availability_hours),
                      PositionOf(experiences_, m.experience),
                      PositionOf(language_sets_, m.languages), m.accepts_external,
                      m.youth_cleared});
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
  common_postings_ =
      common_postings >= 0 ? common_postings : std::max<int64_t>(64, num_mentors() / 8);
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
    ws.language_points[s] = language == Priority::kIgnore
                                ? 0
                                : Points(ws.language_shared[s] ? 1.0 : 0.0, Criterion::kLanguage,
                                         language);
  }
  const Priority zone = weights_.Get(Criterion::kTimeZone);
  for (size_t z = 0; z < zones_.size(); ++z)
    ws.zone_points[z] =
        zone == Priority::kIgnore
            ? 0
            : Points(points::WakingOverlapMinutes(me.utc_offset_minutes, zones_[z]) / 780.0,
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

bool CandidateIndex::Pass(const MenteeFeatures& me, int k, bool all, const ExactScore& score,
                          Workspace& ws, std::vector<std::pair<int32_t, int32_t>>& out,
                          Stats& stats) const {
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
  auto walk = [&](int64_t postings) { return all || !Common(postings); };
  Bounds rest;  // what the skipped (common) features may add

  // 1. Accumulate the sparse criteria through the postings.
  if (skills_p != Priority::kIgnore && !me.learn.empty()) {
    const double share = 1.0 / me.learn.size();
    for (const SkillNeed& need : me.learn) {
      const int64_t size = skills_.Size(need.skill);
      if (size == 0) continue;
      if (!walk(size)) {
        rest.skills += Points(share, Criterion::kSkills, skills_p);
        rest.skills_any = true;
        continue;
      }
      for (int64_t t = skills_.begin[need.skill]; t < skills_.begin[need.skill + 1]; ++t) {
        const Posting& p = skills_.items[t];
        touch(p.mentor).skill +=
            Points(points::Coverage(need, p.value) * share, Criterion::kSkills, skills_p);
      }
    }
  }
  if (interests_p != Priority::kIgnore) {
    for (int i : me.interests) {
      const int64_t size = interests_.Size(i);
      if (size == 0) continue;
      if (!walk(size)) {
        ++rest.interests;
        rest.interests_any = true;
        continue;
      }
      for (int64_t t = interests_.begin[i]; t < interests_.begin[i + 1]; ++t)
        ++touch(interests_.items[t].mentor).interests;
    }
  }
  if (background_p != Priority::kIgnore && !me.wishes.empty()) {
    const int per_wish = Points(1.0 / me.wishes.size(), Criterion::kBackground, background_p);
    for (const BackgroundValue& wish : me.wishes) {
      auto it = std::lower_bound(background_values_.begin(), background_values_.end(), wish);
      if (it == background_values_.end() || !(*it == wish)) continue;
      const int f = static_cast<int>(it - background_values_.begin());
      if (!walk(background_.Size(f))) {
        rest.background += per_wish;
        rest.background_any = true;
        continue;
      }
      for (int64_t t = background_.begin[f]; t < background_.begin[f + 1]; ++t)
        touch(background_.items[t].mentor).background += per_wish;
    }
  }
  if (goals_p != Priority::kIgnore && corpus_ != nullptr && me.text_doc >= 0) {
    for (const auto& [term, w] : corpus_->Vector(me.text_doc).terms) {
      const int64_t size = text_.Size(term);
      if (size == 0) continue;
      if (!walk(size)) {
        rest.text += w * text_max_[term];
        rest.text_any = true;
        continue;
      }
      for (int64_t t = text_.begin[term]; t < text_.begin[term + 1]; ++t)
        touch(text_.items[t].mentor).text += w * text_.items[t].weight;
    }
  }
  stats.touched += static_cast<int64_t>(ws.touched.size());

  // 2. An upper bound per touched mentor. Sparse criteria are exact for the walked features and
  // bounded for the rest; the cosine allows one point for another summation order. A "must"
  // criterion rules a mentor out only when nothing skipped could still earn its points.
  auto must = [&](Priority p) { return p == Priority::kMust; };
  auto sparse_bound = [&](const Workspace::Acc& a, bool& feasible) {
    int sparse = 0;
    if (skills_p != Priority::kIgnore) {
      feasible &= !(must(skills_p) && a.skill <= 0 && !rest.skills_any);
      sparse += a.skill + rest.skills;
    }
    if (interests_p != Priority::kIgnore) {
      int pts = Points(points::InterestFraction(a.interests + rest.interests,
                                                static_cast<int>(me.interests.size())),
                       Criterion::kInterests, interests_p);
      feasible &= !(must(interests_p) && pts <= 0);
      sparse += pts;
    }
    if (background_p != Priority::kIgnore) {
      feasible &= !(must(background_p) && !me.wishes.empty() && a.background <= 0 &&
                    !rest.background_any);
      sparse += a.background + rest.background;
    }
    if (goals_p != Priority::kIgnore) {
      const float text = a.text + rest.text;
      feasible &= !(must(goals_p) && text <= 0.0f);
      if (text > 0.0f)
        sparse += Points(points::GoalsFraction(text), Criterion::kGoals, goals_p) + 1;
    }
    return sparse;
  };
  ws.order.clear();
  for (int32_t j : ws.touched) {
    const MentorDense& d = dense_[j];
    bool feasible = !HardInfeasible(me, d, ws);
    const int sparse = sparse_bound(ws.acc[j], feasible);
    if (feasible) ws.order.push_back({sparse + DensePoints(me, d, ws), j});
    ws.acc[j] = {};
  }

  // 3. Exact scores in decreasing bound order until no bound can beat the k-th best score.
  // `out` is a heap whose top is the worst kept entry.
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
  Workspace::Acc none;
  bool feasible = true;
  const int untouched = sparse_bound(none, feasible) + DenseBound(ws, me);
  bool settled = !feasible || cannot_enter(untouched);
  if (!settled && all) {  // last resort: score them
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

void CandidateIndex::TopK(const MenteeFeatures& me, int k, const ExactScore& score,
                          Workspace& ws, std::vector<std::pair<int32_t, int32_t>>& out,
                          Stats* stats) const {
  out.clear();
  if (k <= 0) return;
  Stats local;
  FillDenseTables(me, ws);
  // First pass over the selective features only; when it cannot settle the list (or had
  // nothing to leave out), a full pass.
  bool has_common = false;
  for (const SkillNeed& n : me.learn) has_common |= Common(skills_.Size(n.skill));
  for (int i : me.interests) has_common |= Common(interests_.Size(i));
  for (const BackgroundValue& w : me.wishes) {
    auto it = std::lower_bound(background_values_.begin(), background_values_.end(), w);
    if (it != background_values_.end() && *it == w)
      has_common |= Common(background_.Size(static_cast<int>(it - background_values_.begin())));
  }
  if (corpus_ != nullptr && me.text_doc >= 0)
    for (const auto& [term, w] : corpus_->Vector(me.text_doc).terms)
      has_common |= Common(text_.Size(term));
  local.first_pass = has_common;
  bool settled = has_common && Pass(me, k, false, score, ws, out, local);
  if (!settled) {
    if (has_common) ++local.second_pass;
    out.clear();
    Pass(me, k, true, score, ws, out, local);
  }
  std::sort(out.begin(), out.end(), Better);
  if (stats) {
    stats->touched += local.touched;
    stats->scored += local.scored;
    stats->first_pass += local.first_pass;
    stats->second_pass += local.second_pass;
  }
}

}  // namespace tandem::matching
