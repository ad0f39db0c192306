#include "matching/stable_matching.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

namespace tandem::matching {
namespace {

struct Held {
  int32_t rank;
  int32_t mentee;
  // Max-heap on "worse": larger rank, then larger mentee index, is worse.
  bool operator<(const Held& o) const { return rank != o.rank ? rank < o.rank : mentee < o.mentee; }
};

Status Validate(const StableMatchingInput& in) {
  if (in.num_mentees < 0 || in.num_mentors < 0) return InvalidArgument("negative size");
  if (in.offsets.size() != static_cast<size_t>(in.num_mentees) + 1 || in.offsets[0] != 0 ||
      in.offsets.back() != static_cast<int64_t>(in.mentors.size()) ||
      in.mentor_rank.size() != in.mentors.size()) {
    return InvalidArgument("malformed preference CSR");
  }
  if (in.capacity.size() != static_cast<size_t>(in.num_mentors)) {
    return InvalidArgument("capacity must have one entry per mentor");
  }
  for (int32_t c : in.capacity) {
    if (c < 0) return InvalidArgument("capacities must be non-negative");
  }
  for (int32_t i = 0; i < in.num_mentees; ++i) {
    if (in.offsets[i + 1] < in.offsets[i]) return InvalidArgument("offsets must not decrease");
  }
  for (int32_t j : in.mentors) {
    if (j < 0 || j >= in.num_mentors) return InvalidArgument("mentor index out of range");
  }
  return Status::Ok();
}

}  // namespace

Result<StableMatchingInput> BuildStableMatchingInput(
    int32_t num_mentees, int32_t num_mentors,
    const std::vector<std::vector<int32_t>>& mentee_preferences,
    const std::vector<std::vector<int32_t>>& mentor_preferences,
    const std::vector<int32_t>& capacity) {
  if (mentee_preferences.size() != static_cast<size_t>(num_mentees) ||
      mentor_preferences.size() != static_cast<size_t>(num_mentors)) {
    return InvalidArgument("one preference list per mentee and per mentor is required");
  }
  // rank_of[j][i] for the mentees that mentor j lists.
  std::vector<std::unordered_map<int32_t, int32_t>> rank_of(num_mentors);
  for (int32_t j = 0; j < num_mentors; ++j) {
    const auto& list = mentor_preferences[j];
    for (size_t r = 0; r < list.size(); ++r) {
      if (list[r] < 0 || list[r] >= num_mentees) {
        return InvalidArgument("mentor " + std::to_string(j) + " lists an unknown mentee");
      }
      if (!rank_of[j].emplace(list[r], static_cast<int32_t>(r)).second) {
        return InvalidArgument("mentor " + std::to_string(j) + " lists a mentee twice");
      }
    }
  }
  StableMatchingInput in;
  in.num_mentees = num_mentees;
  in.num_mentors = num_mentors;
  in.capacity = capacity;
  in.offsets.push_back(0);
  std::vector<int32_t> seen(num_mentors, -1);
  for (int32_t i = 0; i < num_mentees; ++i) {
    for (int32_t j : mentee_preferences[i]) {
      if (j < 0 || j >= num_mentors) {
        return InvalidArgument("mentee " + std::to_string(i) + " lists an unknown mentor");
      }
      if (seen[j] == i) {
        return InvalidArgument("mentee " + std::to_string(i) + " lists a mentor twice");
      }
      seen[j] = i;
      const auto it = rank_of[j].find(i);
      if (it == rank_of[j].end()) continue;  // not mutually acceptable
      in.mentors.push_back(j);
      in.mentor_rank.push_back(it->second);
    }
    in.offsets.push_back(static_cast<int64_t>(in.mentors.size()));
  }
  RETURN_IF_ERROR(Validate(in));
  return in;
}

Result<StableMatching> DeferredAcceptance(const StableMatchingInput& in) {
  RETURN_IF_ERROR(Validate(in));
  std::vector<int64_t> heap_begin(in.num_mentors + 1, 0);
  for (int32_t j = 0; j < in.num_mentors; ++j) heap_begin[j + 1] = heap_begin[j] + in.capacity[j];
  std::vector<Held> heap(heap_begin.back());
  std::vector<int32_t> heap_size(in.num_mentors, 0);
  StableMatching out;
  out.mentor_of.assign(in.num_mentees, -1);
  std::vector<int64_t> next(in.offsets.begin(), in.offsets.end() - 1);
  std::vector<int32_t> free_mentees(in.num_mentees);
  std::iota(free_mentees.rbegin(), free_mentees.rend(), 0);  // pop_back yields 0 first
  while (!free_mentees.empty()) {
    const int32_t i = free_mentees.back();
    free_mentees.pop_back();
    while (next[i] < in.offsets[i + 1]) {
      const int64_t e = next[i]++;
      const int32_t j = in.mentors[e];
      if (in.capacity[j] == 0) continue;
      Held* h = &heap[heap_begin[j]];
      const Held offer{in.mentor_rank[e], i};
      if (heap_size[j] < in.capacity[j]) {
        h[heap_size[j]++] = offer;
        std::push_heap(h, h + heap_size[j]);
        out.mentor_of[i] = j;
        break;
      }
      if (!(offer < h[0])) continue;  // j prefers everyone it holds
      std::pop_heap(h, h + heap_size[j]);
      const int32_t rejected = h[heap_size[j] - 1].mentee;
      h[heap_size[j] - 1] = offer;
      std::push_heap(h, h + heap_size[j]);
      out.mentor_of[i] = j;
      out.mentor_of[rejected] = -1;
      free_mentees.push_back(rejected);
      break;
    }
  }
  for (int32_t j : out.mentor_of) out.num_matched += j >= 0;
  return out;
}

Result<Assignment> DeferredAcceptanceByScore(const BipartiteGraph& graph,
                                             const std::vector<int32_t>& capacity) {
  RETURN_IF_ERROR(ValidateBipartiteGraph(graph));
  StableMatchingInput in;
  in.num_mentees = graph.num_mentees;
  in.num_mentors = graph.num_mentors;
  in.offsets = graph.offsets;
  in.capacity = capacity;
  in.mentors.resize(graph.num_edges());
  in.mentor_rank.resize(graph.num_edges());
  std::vector<int64_t> order;
  for (int32_t i = 0; i < graph.num_mentees; ++i) {
    order.resize(graph.end(i) - graph.begin(i));
    std::iota(order.begin(), order.end(), graph.begin(i));
    std::stable_sort(order.begin(), order.end(),
                     [&](int64_t a, int64_t b) { return graph.scores[a] > graph.scores[b]; });
    for (size_t t = 0; t < order.size(); ++t) {
      in.mentors[graph.begin(i) + t] = graph.mentors[order[t]];
      in.mentor_rank[graph.begin(i) + t] = -graph.scores[order[t]];
    }
  }
  ASSIGN_OR_RETURN(StableMatching sm, DeferredAcceptance(in));
  Assignment out;
  for (int32_t i = 0; i < graph.num_mentees; ++i) {
    const int32_t j = sm.mentor_of[i];
    if (j < 0) continue;
    int32_t score = 0;
    for (int64_t e = graph.begin(i); e < graph.end(i); ++e) {
      if (graph.mentors[e] == j) score = std::max(score, graph.scores[e]);
    }
    out.pairs.push_back({i, j, score, false});
    out.total_score += score;
  }
  out.num_pairs = static_cast<int64_t>(out.pairs.size());
  out.num_mentees_matched = static_cast<int32_t>(out.num_pairs);
  return out;
}

}  // namespace tandem::matching
