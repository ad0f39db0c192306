#include "matching/reference/reference.h"

#include <lemon/list_graph.h>
#include <lemon/matching.h>
#include <lemon/network_simplex.h>

namespace tandem::matching::reference {

int64_t MaxWeightBMatching(int32_t num_mentees, int32_t num_mentors,
                           const std::vector<int32_t>& mentee_cap,
                           const std::vector<int32_t>& mentor_cap,
                           const std::vector<RefEdge>& edges) {
  using Graph = lemon::ListDigraph;
  Graph g;
  const Graph::Node s = g.addNode();
  const Graph::Node t = g.addNode();
  std::vector<Graph::Node> mentee(num_mentees), mentor(num_mentors);
  for (auto& x : mentee) x = g.addNode();
  for (auto& x : mentor) x = g.addNode();
  Graph::ArcMap<long long> cap(g), cost(g);
  long long total = 0;
  auto add = [&](Graph::Node a, Graph::Node b, long long c, long long w) {
    const Graph::Arc arc = g.addArc(a, b);
    cap[arc] = c;
    cost[arc] = w;
  };
  for (int32_t i = 0; i < num_mentees; ++i) {
    add(s, mentee[i], mentee_cap[i], 0);
    total += mentee_cap[i];
  }
  for (int32_t j = 0; j < num_mentors; ++j) add(mentor[j], t, mentor_cap[j], 0);
  for (const RefEdge& e : edges) add(mentee[e.u], mentor[e.v], 1, -e.weight);
  add(s, t, total, 0);  // the "unmatched" bypass
  Graph::NodeMap<long long> supply(g, 0);
  supply[s] = total;
  supply[t] = -total;
  lemon::NetworkSimplex<Graph, long long, long long> ns(g);
  ns.upperMap(cap).costMap(cost).supplyMap(supply);
  ns.run();
  return -ns.totalCost<long long>();
}

int64_t MaxWeightMatching(int32_t num_nodes, const std::vector<RefEdge>& edges) {
  lemon::ListGraph g;
  std::vector<lemon::ListGraph::Node> node(num_nodes);
  for (auto& x : node) x = g.addNode();
  lemon::ListGraph::EdgeMap<long long> weight(g);
  for (const RefEdge& e : edges) weight[g.addEdge(node[e.u], node[e.v])] = e.weight;
  lemon::MaxWeightedMatching<lemon::ListGraph, lemon::ListGraph::EdgeMap<long long>> mwm(g, weight);
  mwm.run();
  return mwm.matchingWeight();
}

}  // namespace tandem::matching::reference
