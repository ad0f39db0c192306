#include "matching/bipartite_graph.h"

#include <string>

namespace tandem::matching {

Result<BipartiteGraph> BuildBipartiteGraph(int32_t num_mentees, int32_t num_mentors,
                                           const std::vector<WeightedPair>& edges) {
  if (num_mentees < 0 || num_mentors < 0) return InvalidArgument("negative graph size");
  BipartiteGraph g;
  g.num_mentees = num_mentees;
  g.num_mentors = num_mentors;
  g.offsets.assign(static_cast<size_t>(num_mentees) + 1, 0);
  for (const WeightedPair& e : edges) {
    if (e.mentee < 0 || e.mentee >= num_mentees) {
      return InvalidArgument("edge mentee index out of range: " + std::to_string(e.mentee));
    }
    if (e.mentor < 0 || e.mentor >= num_mentors) {
      return InvalidArgument("edge mentor index out of range: " + std::to_string(e.mentor));
    }
    if (e.score < 0) return InvalidArgument("edge score must be non-negative");
    ++g.offsets[e.mentee + 1];
  }
  for (int32_t i = 0; i < num_mentees; ++i) g.offsets[i + 1] += g.offsets[i];
  g.mentors.resize(edges.size());
  g.scores.resize(edges.size());
  std::vector<int64_t> cursor(g.offsets.begin(), g.offsets.end() - 1);
  for (const WeightedPair& e : edges) {
    const int64_t pos = cursor[e.mentee]++;
    g.mentors[pos] = e.mentor;
    g.scores[pos] = e.score;
  }
  return g;
}

Status ValidateBipartiteGraph(const BipartiteGraph& g) {
  if (g.num_mentees < 0 || g.num_mentors < 0) return InvalidArgument("negative graph size");
  if (g.offsets.size() != static_cast<size_t>(g.num_mentees) + 1 || g.offsets[0] != 0) {
    return InvalidArgument("offsets must have num_mentees + 1 entries starting at 0");
  }
  if (g.scores.size() != g.mentors.size()) {
    return InvalidArgument("mentors and scores must have the same length");
  }
  for (int32_t i = 0; i < g.num_mentees; ++i) {
    if (g.offsets[i + 1] < g.offsets[i]) return InvalidArgument("offsets must be non-decreasing");
  }
  if (g.offsets.back() != g.num_edges()) {
    return InvalidArgument("offsets[num_mentees] must equal the number of edges");
  }
  const int32_t m = g.num_mentors;
  bool bad_mentor = false, bad_score = false;
  for (int64_t e = 0; e < g.num_edges(); ++e) {  // branch-free scan; vectorises
    bad_mentor |= static_cast<uint32_t>(g.mentors[e]) >= static_cast<uint32_t>(m);
    bad_score |= g.scores[e] < 0;
  }
  if (bad_mentor) return InvalidArgument("edge mentor index out of range");
  if (bad_score) return InvalidArgument("edge score must be non-negative");
  return Status::Ok();
}

}  // namespace tandem::matching
