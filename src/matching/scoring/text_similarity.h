// Text similarity for goals, bios and headlines: TF-IDF vectors with a light English/Spanish
// suffix-stripping stemmer and stop words, compared by cosine similarity.
//
// tf(t, d) = 1 + ln(count) (sublinear), idf(t) = ln((1 + N) / (1 + df(t))) + 1 over the N
// documents of one matching round; vectors are L2-normalised so cosine = dot product.
// Building is O(total tokens); a dot product is O(|a| + |b|) over sorted sparse vectors.
// Deterministic. A Corpus is immutable after Build(); const methods are thread-safe.
#ifndef TANDEM_MATCHING_SCORING_TEXT_SIMILARITY_H_
#define TANDEM_MATCHING_SCORING_TEXT_SIMILARITY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tandem::matching {

// Lower-cased, stemmed content words of a text (ASCII letters and digits; other bytes split
// words, so accented letters split too — acceptable for a bag-of-words signal).
std::vector<std::string> Tokenize(std::string_view text);
std::string Stem(std::string_view word);

struct SparseVector {
  std::vector<std::pair<int, float>> terms;  // sorted by term id, L2-normalised
};

float Cosine(const SparseVector& a, const SparseVector& b);
// The highest-weighted shared terms of a and b (at most `limit`), for explanations.
std::vector<int> SharedTopTerms(const SparseVector& a, const SparseVector& b, size_t limit);

class Corpus {
 public:
  // Adds a document and returns its index.
  int Add(std::string_view text);
  // Computes idf and every document's vector. Call once after all Add() calls.
  void Build();
  const SparseVector& Vector(int doc) const { return vectors_[doc]; }
  const std::string& Term(int id) const { return terms_[id]; }  // the stem, e.g. "manag"
  // A readable word for the term: the first spelling of it added, e.g. "managers".
  const std::string& Word(int id) const { return words_[id]; }
  size_t size() const { return docs_.size(); }
  size_t num_terms() const { return terms_.size(); }

 private:
  std::unordered_map<std::string, int> ids_;
  std::vector<std::string> terms_;
  std::vector<std::string> words_;  // by term id
  std::vector<std::vector<int>> docs_;  // term ids per document
  std::vector<SparseVector> vectors_;
};

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_TEXT_SIMILARITY_H_
