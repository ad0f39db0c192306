#include "matching/scoring/text_similarity.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace tandem::matching {

namespace {

const std::unordered_set<std::string>& StopWords() {
  static const std::unordered_set<std::string> kWords = {
      "a",     "an",    "and",   "are",  "as",    "at",    "be",    "but",   "by",    "for",
      "from",  "has",   "have",  "i",    "in",    "into",  "is",    "it",    "its",   "me",
      "my",    "of",    "on",    "or",   "our",   "so",    "that",  "the",   "their", "them",
      "then",  "there", "these", "they", "this",  "to",    "was",   "we",    "were",  "what",
      "when",  "where", "which", "who",  "will",  "with",  "would", "you",   "your",  "about",
      "also",  "am",    "can",   "do",   "get",   "how",   "like",  "more",  "want",  "help",
      "el",    "la",    "los",   "las",  "de",    "del",   "y",     "en",    "un",    "una",
      "que",   "por",   "para",  "con",  "mi",    "es",    "lo",    "al",    "se",    "su"};
  return kWords;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string Stem(std::string_view word) {
  std::string w(word);
  // Longest matching suffix first; keep at least a 3-letter stem.
  static const char* kSuffixes[] = {"ational", "ization", "fulness", "iveness", "ations",
                                    "ation",   "ments",   "ement",   "ment",    "ities",
                                    "ity",     "ings",    "ing",     "ies",     "ied",
                                    "ness",    "ers",     "er",      "ed",      "ly",
                                    "es",      "s"};
  for (const char* suffix : kSuffixes) {
    std::string_view sv(suffix);
    if (EndsWith(w, sv) && w.size() - sv.size() >= 3) {
      w.resize(w.size() - sv.size());
      if (sv == "ies" || sv == "ied") w += "y";
      break;
    }
  }
  return w;
}

namespace {

// Content words of a text, each as (lower-cased word, stem).
std::vector<std::pair<std::string, std::string>> Words(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string cur;
  auto flush = [&] {
    if (cur.size() >= 2 && !StopWords().count(cur)) out.push_back({cur, Stem(cur)});
    cur.clear();
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) cur += c;
    else if (u >= 'A' && u <= 'Z') cur += static_cast<char>(u - 'A' + 'a');
    else flush();
  }
  flush();
  return out;
}

}  // namespace

std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> out;
  for (auto& [word, stem] : Words(text)) out.push_back(std::move(stem));
  return out;
}

float Cosine(const SparseVector& a, const SparseVector& b) {
  float sum = 0;
  size_t i = 0, j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i].first < b.terms[j].first) ++i;
    else if (a.terms[i].first > b.terms[j].first) ++j;
    else sum += a.terms[i++].second * b.terms[j++].second;
  }
  return sum;
}

std::vector<int> SharedTopTerms(const SparseVector& a, const SparseVector& b, size_t limit) {
  std::vector<std::pair<float, int>> shared;
  size_t i = 0, j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i].first < b.terms[j].first) ++i;
    else if (a.terms[i].first > b.terms[j].first) ++j;
    else {
      shared.push_back({a.terms[i].second * b.terms[j].second, a.terms[i].first});
      ++i, ++j;
    }
  }
  std::sort(shared.begin(), shared.end(), [](auto& x, auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::vector<int> out;
  for (size_t k = 0; k < shared.size() && k < limit; ++k) out.push_back(shared[k].second);
  return out;
}

int Corpus::Add(std::string_view text) {
  std::vector<int> ids;
  for (auto& [word, stem] : Words(text)) {
    auto [it, inserted] = ids_.emplace(stem, static_cast<int>(terms_.size()));
    if (inserted) {
      terms_.push_back(stem);
      words_.push_back(word);  // the first spelling seen: deterministic for one input order
    }
    ids.push_back(it->second);
  }
  docs_.push_back(std::move(ids));
  return static_cast<int>(docs_.size()) - 1;
}

void Corpus::Build() {
  std::vector<int> df(terms_.size(), 0);
  for (const auto& doc : docs_) {
    std::vector<int> uniq = doc;
    std::sort(uniq.begin(), uniq.end());
    uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
    for (int t : uniq) ++df[t];
  }
  const double n = static_cast<double>(docs_.size());
  vectors_.assign(docs_.size(), {});
  for (size_t d = 0; d < docs_.size(); ++d) {
    std::map<int, int> counts;
    for (int t : docs_[d]) ++counts[t];
    double norm = 0;
    std::vector<std::pair<int, float>> terms;
    for (auto [t, c] : counts) {
      double w = (1.0 + std::log(c)) * (std::log((1.0 + n) / (1.0 + df[t])) + 1.0);
      terms.push_back({t, static_cast<float>(w)});
      norm += w * w;
    }
    norm = std::sqrt(norm);
    if (norm > 0)
      for (auto& [t, w] : terms) w = static_cast<float>(w / norm);
    vectors_[d].terms = std::move(terms);
  }
}

}  // namespace tandem::matching
