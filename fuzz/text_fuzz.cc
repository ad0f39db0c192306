// Text that people type and the server processes: profile text through the matching tokenizer,
// stemmer and TF-IDF corpus (src/matching/scoring/text_similarity.cc), and the string helpers
// every layer uses on input (src/base/strings.cc, IsValidDate in src/base/time.cc). The input is
// split at '\n' into up to 16 documents.
// Invariants: tokens are non-empty, and their ASCII bytes are lower-case letters and digits
// (other bytes are UTF-8 letters; Snowball only sees well-formed words); cosine similarities are
// finite and within [0, 1]; shared terms belong to both documents; Split/Join round-trip;
// Trim and NormalizeEmail are idempotent; Utf8Length never exceeds the byte length.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "base/time.h"
#include "fuzz/fuzz_check.h"
#include "matching/scoring/text_similarity.h"

namespace m = tandem::matching;

namespace {

bool HasTerm(const m::SparseVector& v, int term) {
  for (const auto& [t, w] : v.terms)
    if (t == term) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // Strings.
  FUZZ_CHECK(tandem::Join(tandem::Split(text, '\n'), "\n") == text, "Split/Join on '\\n'");
  FUZZ_CHECK(tandem::Join(tandem::Split(text, ','), ",") == text, "Split/Join on ','");
  const std::string trimmed = tandem::Trim(text);
  FUZZ_CHECK(tandem::Trim(trimmed) == trimmed, "Trim is not idempotent");
  const std::string email = tandem::NormalizeEmail(text);
  FUZZ_CHECK(tandem::NormalizeEmail(email) == email, "NormalizeEmail is not idempotent");
  if (tandem::IsValidEmail(text)) FUZZ_CHECK(text.size() <= 254, "a valid email over 254 bytes");
  FUZZ_CHECK(tandem::Utf8Length(text) <= text.size(), "more code points than bytes");
  if (tandem::IsValidDate(text)) FUZZ_CHECK(text.size() == 10, "a valid date not 10 bytes long");
  (void)tandem::ContainsIgnoreCase(text, text.substr(text.size() / 2));

  // Tokenizer, stemmer, corpus.
  std::vector<std::string> docs = tandem::Split(text, '\n');
  if (docs.size() > 16) docs.resize(16);
  m::Corpus corpus;
  for (const std::string& doc : docs) {
    const std::string language = m::StemmingLanguage(doc, {"es", "en"});
    for (const std::string& token : m::Tokenize(doc, language)) {
      FUZZ_CHECK(!token.empty(), "an empty token from \"" + doc + "\"");
      for (char c : token)
        FUZZ_CHECK((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       static_cast<unsigned char>(c) >= 0x80,
                   "token \"" + token + "\"");
    }
    corpus.Add(doc, language);
  }
  corpus.Build();
  for (size_t i = 0; i < corpus.size(); ++i) {
    for (size_t j = i; j < corpus.size(); ++j) {
      const auto& a = corpus.Vector(static_cast<int>(i));
      const auto& b = corpus.Vector(static_cast<int>(j));
      const float c = m::Cosine(a, b);
      FUZZ_CHECK(std::isfinite(c) && c >= 0.0f && c <= 1.0001f,
                 "cosine " + std::to_string(c) + " between documents " + std::to_string(i) +
                     " and " + std::to_string(j));
      for (int term : m::SharedTopTerms(a, b, 5)) {
        FUZZ_CHECK(term >= 0 && static_cast<size_t>(term) < corpus.num_terms(), "term id");
        FUZZ_CHECK(HasTerm(a, term) && HasTerm(b, term), "a shared term that is not shared");
        FUZZ_CHECK(!corpus.Word(term).empty(), "a term without a word");
      }
    }
  }
  return 0;
}
