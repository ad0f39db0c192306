#include "matching/prepared_problem.h"

#include <algorithm>
#include <string>

namespace tandem::matching::internal {
namespace {

int64_t FindEdge(const BipartiteGraph& g, PairRef p) {
  for (int64_t e = g.begin(p.mentee); e < g.end(p.mentee); ++e) {
    if (g.mentors[e] == p.mentor) return e;
  }
  return -1;
}

Status CheckPair(const BipartiteGraph& g, PairRef p, const char* what) {
  if (p.mentee < 0 || p.mentee >= g.num_mentees || p.mentor < 0 || p.mentor >= g.num_mentors) {
    return InvalidArgument(std::string(what) + " pair index out of range");
  }
  return Status::Ok();
}

void DisablePair(const BipartiteGraph& g, PairRef p, std::vector<uint64_t>& bits) {
  if (bits.empty()) bits.assign((g.num_edges() + 63) / 64, 0);
  for (int64_t e = g.begin(p.mentee); e < g.end(p.mentee); ++e) {
    if (g.mentors[e] == p.mentor) bits[e >> 6] |= uint64_t{1} << (e & 63);
  }
}

}  // namespace

bool IsDisabled(const std::vector<uint64_t>& bits, int64_t e) {
  return !bits.empty() && ((bits[e >> 6] >> (e & 63)) & 1);
}

Result<Prepared> Prepare(const BipartiteGraph& g, const AssignmentConstraints& c) {
  RETURN_IF_ERROR(ValidateBipartiteGraph(g));
  if (g.num_edges() >= (int64_t{1} << 32)) {
    return InvalidArgument("at most 2^32 - 1 candidate edges are supported");
  }
  if (c.mentor_capacity.size() != static_cast<size_t>(g.num_mentors)) {
    return InvalidArgument("mentor_capacity must have one entry per mentor");
  }
  if (!c.mentee_limit.empty() && c.mentee_limit.size() != static_cast<size_t>(g.num_mentees)) {
    return InvalidArgument("mentee_limit must be empty or have one entry per mentee");
  }
  Prepared p;
  p.mentor_cap = c.mentor_capacity;
  p.mentee_cap = c.mentee_limit.empty() ? std::vector<int32_t>(g.num_mentees, 1) : c.mentee_limit;
  for (int32_t x : p.mentor_cap) {
    if (x < 0) return InvalidArgument("mentor capacities must be non-negative");
  }
  for (int32_t x : p.mentee_cap) {
    if (x < 0) return InvalidArgument("mentee limits must be non-negative");
  }
  std::vector<PairRef> locked = c.locked;
  std::sort(locked.begin(), locked.end(), [](PairRef a, PairRef b) {
    return a.mentee != b.mentee ? a.mentee < b.mentee : a.mentor < b.mentor;
  });
  for (size_t t = 0; t < locked.size(); ++t) {
    RETURN_IF_ERROR(CheckPair(g, locked[t], "locked"));
    if (t > 0 && locked[t] == locked[t - 1]) return InvalidArgument("duplicate locked pair");
    if (--p.mentee_cap[locked[t].mentee] < 0) {
      return InvalidArgument("locked pairs exceed the limit of mentee " +
                             std::to_string(locked[t].mentee));
    }
    if (--p.mentor_cap[locked[t].mentor] < 0) {
      return InvalidArgument("locked pairs exceed the capacity of mentor " +
                             std::to_string(locked[t].mentor));
    }
    const int64_t e = FindEdge(g, locked[t]);
    p.locked_pairs.push_back({locked[t].mentee, locked[t].mentor, e >= 0 ? g.scores[e] : 0, true});
    DisablePair(g, locked[t], p.disabled);
  }
  for (PairRef x : c.excluded) {
    RETURN_IF_ERROR(CheckPair(g, x, "excluded"));
    if (std::binary_search(locked.begin(), locked.end(), x, [](PairRef a, PairRef b) {
          return a.mentee != b.mentee ? a.mentee < b.mentee : a.mentor < b.mentor;
        })) {
      return InvalidArgument("a pair cannot be both locked and excluded");
    }
    DisablePair(g, x, p.disabled);
  }
  // Edge capacity is 1: a mentee that may take several mentors must not list one twice.
  std::vector<int32_t> stamp;
  for (int32_t i = 0; i < g.num_mentees; ++i) {
    if (p.mentee_cap[i] <= 1) continue;
    if (stamp.empty()) stamp.assign(g.num_mentors, -1);
    for (int64_t e = g.begin(i); e < g.end(i); ++e) {
      if (IsDisabled(p.disabled, e)) continue;
      if (stamp[g.mentors[e]] == i) {
        return InvalidArgument("mentee " + std::to_string(i) +
                               " has two candidate edges to the same mentor");
      }
      stamp[g.mentors[e]] = i;
    }
  }
  return p;
}

Assignment MakeAssignment(const BipartiteGraph& g, std::vector<MatchedPair> locked_pairs,
                          const std::vector<int64_t>& chosen_edges) {
  Assignment out;
  out.pairs = std::move(locked_pairs);
  int32_t mentee = 0;
  for (int64_t e : chosen_edges) {
    while (g.offsets[mentee + 1] <= e) ++mentee;
    out.pairs.push_back({mentee, g.mentors[e], g.scores[e], false});
  }
  std::sort(out.pairs.begin(), out.pairs.end(), [](const MatchedPair& a, const MatchedPair& b) {
    return a.mentee != b.mentee ? a.mentee < b.mentee : a.mentor < b.mentor;
  });
  for (size_t t = 0; t < out.pairs.size(); ++t) {
    out.total_score += out.pairs[t].score;
    if (t == 0 || out.pairs[t].mentee != out.pairs[t - 1].mentee) ++out.num_mentees_matched;
  }
  out.num_pairs = static_cast<int64_t>(out.pairs.size());
  return out;
}

}  // namespace tandem::matching::internal
