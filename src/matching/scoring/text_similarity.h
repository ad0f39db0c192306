// Text similarity for goals, bios and headlines: TF-IDF vectors over Snowball stems
// (libstemmer) without stop words, compared by cosine similarity.
//
// Language: each text is stemmed in one language, chosen by StemmingLanguage from its author's
// profile languages that Snowball stems (English, Spanish, French, German, Portuguese, ...):
// the one whose stop words the text uses most (English and Spanish have lists), ties to the
// language listed first, English when Snowball stems none of them. So a Spanish bio is
// stemmed as Spanish ("programación", "programar" -> "program") and an English one as English
// ("programming" -> "program"), and the two can meet.
//
// tf(t, d) = 1 + ln(count) (sublinear), idf(t) = ln((1 + N) / (1 + df(t))) + 1 over the N
// documents of one matching round; vectors are L2-normalised so cosine = dot product.
// Building is O(total tokens); a dot product is O(|a| + |b|) over sorted sparse vectors.
// Deterministic. A Corpus is immutable after Build(); const methods are thread-safe.
// Snowball stemmers are not thread-safe: each thread has its own (created on first use), and
// a Corpus is filled by one thread.
#ifndef TANDEM_MATCHING_SCORING_TEXT_SIMILARITY_H_
#define TANDEM_MATCHING_SCORING_TEXT_SIMILARITY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tandem::matching {

// Languages are ISO 639-1 codes as profiles store them ("en", "es"); one Snowball does not
// stem is stemmed as English.
//
// Lower-cased, stemmed content words of a text. Words are runs of letters and digits in UTF-8
// (accented and non-Latin letters included; upper case lowered for ASCII and Latin-1, which
// covers Spanish); punctuation, symbols, spaces and malformed UTF-8 split words; words of one
// character and stop words are dropped.
std::vector<std::string> Tokenize(std::string_view text, std::string_view language = "en");
// The Snowball stem of one lower-case word.
std::string Stem(std::string_view word, std::string_view language = "en");
// Whether Snowball has a stemmer for the language.
bool CanStem(std::string_view language);
// The language a text is stemmed in, given its author's languages in their order (see above).
std::string StemmingLanguage(std::string_view text, const std::vector<std::string>& languages);

struct SparseVector {
  std::vector<std::pair<int, float>> terms;  // sorted by term id, L2-normalised
};

float Cosine(const SparseVector& a, const SparseVector& b);
// The highest-weighted shared terms of a and b (at most `limit`), for explanations.
std::vector<int> SharedTopTerms(const SparseVector& a, const SparseVector& b, size_t limit);

class Corpus {
 public:
  // Adds a document stemmed in `language` and returns its index.
  int Add(std::string_view text, std::string_view language = "en");
  // Computes idf and every document's vector. Call once after all Add() calls.
  void Build();
  const SparseVector& Vector(int doc) const { return vectors_[doc]; }
  const std::string& Term(int id) const { return terms_[id]; }  // the stem, e.g. "manag"
  // A readable word for the term: the first spelling of it added, e.g. "managers".
  const std::string& Word(int id) const { return words_[id]; }
  // Whether naming the term tells a reader something (after Build()): not when its first
  // spelling has a digit (class numbers, years), when it is one of the words every mentoring
  // profile uses ("high" school, student, grade, learn, help...; English and Spanish), or when
  // more than half of a corpus of at least kMinDocsForCommon documents uses it (an
  // organisation's own name, the program's subject).
  bool Informative(int id) const { return informative_[id]; }
  // The informative terms documents a and b share, highest-weighted first (at most `limit`):
  // the words an explanation names. The similarity itself counts every shared term.
  std::vector<int> SharedWords(int a, int b, size_t limit) const;
  // Marks the words of `text` (stemmed as English and as Spanish) as not worth naming, e.g. the
  // program's organisation's name. After Build().
  void MarkUninformative(std::string_view text);
  static constexpr size_t kMinDocsForCommon = 10;
  size_t size() const { return docs_.size(); }
  size_t num_terms() const { return terms_.size(); }

 private:
  std::unordered_map<std::string, int> ids_;
  // Term id by language + '\n' + word, while adding: a round repeats its words, and a lookup
  // is cheaper than stemming again. Cleared by Build().
  std::unordered_map<std::string, int> seen_words_;
  std::vector<std::string> terms_;
  std::vector<std::string> words_;  // by term id
  std::vector<std::vector<int>> docs_;  // term ids per document
  std::vector<SparseVector> vectors_;
  std::vector<bool> informative_;  // by term id
};

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_TEXT_SIMILARITY_H_
