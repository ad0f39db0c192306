#include "matching/scoring/text_similarity.h"

#include <libstemmer.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <unordered_set>

namespace tandem::matching {

namespace {

const std::unordered_set<std::string>& EnglishStopWords() {
  static const std::unordered_set<std::string> kWords = {
      "a",     "an",    "and",   "are",  "as",    "at",    "be",    "but",   "by",    "for",
      "from",  "has",   "have",  "i",    "in",    "into",  "is",    "it",    "its",   "me",
      "my",    "of",    "on",    "or",   "our",   "so",    "that",  "the",   "their", "them",
      "then",  "there", "these", "they", "this",  "to",    "was",   "we",    "were",  "what",
      "when",  "where", "which", "who",  "will",  "with",  "would", "you",   "your",  "about",
      "also",  "am",    "can",   "do",   "get",   "how",   "like",  "more",  "want",  "help"};
  return kWords;
}

const std::unordered_set<std::string>& SpanishStopWords() {
  static const std::unordered_set<std::string> kWords = {
      "el",  "la",   "los",  "las",   "de",   "del",   "y",     "en",     "un",     "una",
      "que", "por",  "para", "con",   "mi",   "es",    "lo",    "al",     "se",     "su",
      "más", "como", "pero", "sus",   "le",   "les",   "yo",    "muy",    "sin",    "sobre",
      "qué", "cómo", "él",   "sí",    "está", "están", "este",  "esta",   "también", "quiero"};
  return kWords;
}

bool IsStopWord(const std::string& w) {
  return EnglishStopWords().count(w) > 0 || SpanishStopWords().count(w) > 0;
}

// One code point of UTF-8 at s[i]: its value and length, or -1 and 1 for a malformed sequence
// (overlong, surrogate, beyond U+10FFFF, truncated).
std::pair<int32_t, size_t> DecodeUtf8(std::string_view s, size_t i) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  size_t len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {-1, 1};
  int32_t cp = b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const unsigned char c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return {-1, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  static constexpr int32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {-1, 1};
  return {cp, len};
}

void AppendUtf8(int32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Letters and digits: ASCII ones, Latin-1 letters (not its punctuation, nor × and ÷), and
// everything beyond that is not a punctuation, symbol or emoji block.
bool IsWordChar(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                        (cp >= '0' && cp <= '9');
  if (cp < 0xC0) return false;
  if (cp <= 0xFF) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;   // punctuation, symbols, arrows, math
  if (cp >= 0x3000 && cp <= 0x303F) return false;   // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFFFF) return false;   // variation selectors, forms, specials
  if (cp >= 0x1F000 && cp <= 0x1FFFF) return false;  // emoji and pictographs
  return true;
}

int32_t ToLowerCodePoint(int32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // Latin-1: Á -> á, Ñ -> ñ
  return cp;
}

// Calls fn(word) for every lower-cased word of at least two characters, stop words included.
template <typename Fn>
void ForEachWord(std::string_view text, Fn fn) {
  std::string cur;
  int chars = 0;
  auto flush = [&] {
    if (chars >= 2) fn(cur);
    cur.clear();
    chars = 0;
  };
  for (size_t i = 0; i < text.size();) {
    auto [cp, len] = DecodeUtf8(text, i);
    i += len;
    if (cp >= 0 && IsWordChar(cp)) {
      AppendUtf8(ToLowerCodePoint(cp), cur);
      ++chars;
    } else {
      flush();
    }
  }
  flush();
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// This thread's Snowball stemmer for the language, or nullptr when Snowball has none. Names
// that cannot be one (libstemmer's are short lower-case words) are not looked up or kept.
sb_stemmer* StemmerFor(std::string_view language) {
  if (language.empty() || language.size() > 12 ||
      !std::all_of(language.begin(), language.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return nullptr;
  thread_local std::unordered_map<std::string, std::unique_ptr<sb_stemmer, StemmerDeleter>>
      stemmers;
  const std::string name(language);
  auto it = stemmers.find(name);
  if (it == stemmers.end())
    it = stemmers.emplace(name, sb_stemmer_new(name.c_str(), "UTF_8")).first;
  return it->second.get();
}

std::string StemWith(sb_stemmer* stemmer, std::string_view word) {
  const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);  // out of memory: the word is its own stem
  return std::string(reinterpret_cast<const char*>(out), sb_stemmer_length(stemmer));
}

sb_stemmer* StemmerOrEnglish(std::string_view language) {
  sb_stemmer* s = StemmerFor(language);
  return s != nullptr ? s : StemmerFor("en");
}

}  // namespace

bool CanStem(std::string_view language) { return StemmerFor(language) != nullptr; }

std::string Stem(std::string_view word, std::string_view language) {
  return StemWith(StemmerOrEnglish(language), word);
}

std::string StemmingLanguage(std::string_view text, const std::vector<std::string>& languages) {
  std::vector<std::string> candidates;
  for (const auto& l : languages)
    if (CanStem(l) && std::find(candidates.begin(), candidates.end(), l) == candidates.end())
      candidates.push_back(l);
  if (candidates.empty()) return "en";
  if (candidates.size() == 1) return candidates[0];
  int english = 0, spanish = 0;
  ForEachWord(text, [&](const std::string& w) {
    english += EnglishStopWords().count(w);
    spanish += SpanishStopWords().count(w);
  });
  auto evidence = [&](const std::string& l) { return l == "en" ? english : l == "es" ? spanish : 0; };
  std::string best = candidates[0];
  for (const auto& l : candidates)
    if (evidence(l) > evidence(best)) best = l;
  return best;
}

std::vector<std::string> Tokenize(std::string_view text, std::string_view language) {
  sb_stemmer* stemmer = StemmerOrEnglish(language);
  std::vector<std::string> out;
  ForEachWord(text, [&](const std::string& w) {
    if (!IsStopWord(w)) out.push_back(StemWith(stemmer, w));
  });
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

int Corpus::Add(std::string_view text, std::string_view language) {
  sb_stemmer* stemmer = StemmerOrEnglish(language);
  std::string key(language);
  key += '\n';
  const size_t prefix = key.size();
  std::vector<int> ids;
  ForEachWord(text, [&](const std::string& word) {
    if (IsStopWord(word)) return;
    key.resize(prefix);
    key += word;
    auto seen = seen_words_.find(key);
    if (seen == seen_words_.end()) {
      std::string stem = StemWith(stemmer, word);
      auto [it, inserted] = ids_.emplace(stem, static_cast<int>(terms_.size()));
      if (inserted) {
        terms_.push_back(std::move(stem));
        words_.push_back(word);  // the first spelling seen: deterministic for one input order
      }
      seen = seen_words_.emplace(key, it->second).first;
    }
    ids.push_back(seen->second);
  });
  docs_.push_back(std::move(ids));
  return static_cast<int>(docs_.size()) - 1;
}

namespace {

// Words that mentoring profiles use whatever their subject; stemmed on first use, as terms are.
const std::unordered_set<std::string>& GenericStems() {
  static const std::unordered_set<std::string> stems = [] {
    std::unordered_set<std::string> out;
    for (const char* w :
         {"high", "school", "student", "class", "grade", "year", "month", "week", "day", "time",
          "thing", "lot", "really", "want", "like", "love", "hope", "help", "learn", "get", "make",
          "also", "good", "great", "interest", "enjoy", "currently", "someone", "mentor", "mentee",
          "mentoring", "goal",
          // Light verbs and fillers that say nothing of a subject ("go to college first").
          "go", "going", "first", "become", "new", "way", "better", "future", "people", "know",
          "take", "find", "start", "next", "own", "one", "need", "able", "try", "use", "many",
          "much", "well", "still"})
      out.insert(Stem(w, "en"));
    for (const char* w :
         {"alto",      "escuela",  "estudiante", "clase",     "grado",    "año",     "mes",
          "semana",    "día",      "tiempo",     "cosa",      "quiero",   "querer",  "gusta",
          "encanta",   "ayudar",   "ayuda",      "aprender",  "hacer",    "también", "bueno",
          "gran",      "interesa", "mentor",     "mentora",   "mentoría", "meta",    "ir",
          "primer",    "primero",  "primera",    "nuevo",     "nueva",    "mejor",   "futuro",
          "gente",     "saber",    "tomar",      "encontrar", "empezar",  "próximo", "propio",
          "necesitar", "poder",    "usar",       "mucho",     "bien",     "llegar",  "ser"})
      out.insert(Stem(w, "es"));
    return out;
  }();
  return stems;
}

bool HasDigit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<int> Corpus::SharedWords(int a, int b, size_t limit) const {
  std::vector<int> out;
  for (int t : SharedTopTerms(vectors_[a], vectors_[b], std::numeric_limits<size_t>::max())) {
    if (out.size() == limit) break;
    if (informative_[t]) out.push_back(t);
  }
  return out;
}

void Corpus::MarkUninformative(std::string_view text) {
  for (const char* language : {"en", "es"})
    for (const std::string& stem : Tokenize(text, language))
      if (auto it = ids_.find(stem); it != ids_.end()) informative_[it->second] = false;
}

void Corpus::Build() {
  seen_words_ = {};
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
  const auto& generic = GenericStems();
  const bool count_common = docs_.size() >= kMinDocsForCommon;
  informative_.assign(terms_.size(), true);
  for (size_t t = 0; t < terms_.size(); ++t) {
    if (HasDigit(words_[t]) || generic.count(terms_[t]) != 0 ||
        (count_common && 2 * static_cast<size_t>(df[t]) > docs_.size()))
      informative_[t] = false;
  }
}

}  // namespace tandem::matching
