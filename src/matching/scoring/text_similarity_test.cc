// The text similarity behind "similar goals" and the shared interests: stemming and stop words
// in English and Spanish, and which shared words an explanation may name.
#include "matching/scoring/text_similarity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "matching/scoring/reasons.h"

namespace tandem::matching {
namespace {

TEST(TextSimilarityTest, StemsAndStopWords) {
  EXPECT_EQ(Stem("managers"), "manag");
  EXPECT_EQ(Stem("management"), "manag");  // conflates with manager(s)
  EXPECT_EQ(Stem("programming"), "program");
  EXPECT_EQ(Stem("communities"), "communiti");
  EXPECT_EQ(Tokenize("The Managers and THE manager"), (std::vector<std::string>{"manag", "manag"}));
}

TEST(TextSimilarityTest, StemsSpanishWithAccents) {
  // Snowball's Spanish stemmer: "programación", "programar" and English "programming" meet.
  EXPECT_EQ(Stem("programación", "es"), "program");
  EXPECT_EQ(Stem("programar", "es"), "program");
  EXPECT_EQ(Stem("desarrolladora", "es"), "desarroll");
  EXPECT_EQ(Stem("desarrollo", "es"), "desarroll");
  EXPECT_EQ(Stem("enseñanza", "es"), "enseñ");
  // Accented letters stay in their word and upper case is lowered (Latin-1 too); punctuation
  // such as ¿ ¡ « » splits words; stop words of both languages go.
  EXPECT_EQ(Tokenize("¿Quiero aprender PROGRAMACIÓN y la Enseñanza?", "es"),
            (std::vector<std::string>{"aprend", "program", "enseñ"}));
  EXPECT_EQ(Tokenize("«Matemáticas» — matemático!", "es"),
            (std::vector<std::string>{"matemat", "matemat"}));
  // Malformed UTF-8 splits words rather than reaching the stemmer.
  EXPECT_EQ(Tokenize("data\xff\xfescience \xc3", "en"),
            (std::vector<std::string>{"data", "scienc"}));
  // A language Snowball does not stem is stemmed as English.
  EXPECT_FALSE(CanStem("so"));
  EXPECT_FALSE(CanStem("EN"));
  EXPECT_TRUE(CanStem("es"));
  EXPECT_EQ(Stem("managers", "so"), "manag");
}

TEST(TextSimilarityTest, StemmingLanguageComesFromTheAuthorsLanguages) {
  EXPECT_EQ(StemmingLanguage("quiero aprender programación", {}), "en");
  EXPECT_EQ(StemmingLanguage("quiero aprender programación", {"so", "es"}), "es");
  EXPECT_EQ(StemmingLanguage("anything at all", {"fr"}), "fr");
  // Both stemmable: the one whose stop words the text uses, ties to the first listed.
  EXPECT_EQ(StemmingLanguage("Quiero ser ingeniera de datos en una empresa", {"en", "es"}), "es");
  EXPECT_EQ(StemmingLanguage("I want to become a data engineer", {"es", "en"}), "en");
  EXPECT_EQ(StemmingLanguage("robótica", {"es", "en"}), "es");
  EXPECT_EQ(StemmingLanguage("robótica", {"en", "es"}), "en");
}

TEST(TextSimilarityTest, SpanishTextsMatchAcrossWordForms) {
  Corpus corpus;
  const int a = corpus.Add("Quiero aprender programación y desarrollo web", "es");
  const int b = corpus.Add("Enseño a programar; desarrolladora web", "es");
  const int c = corpus.Add("Cocina y jardinería", "es");
  corpus.Build();
  EXPECT_GT(Cosine(corpus.Vector(a), corpus.Vector(b)), 0.5f);
  EXPECT_EQ(Cosine(corpus.Vector(a), corpus.Vector(c)), 0.0f);
  std::vector<std::string> shared;
  for (int t : SharedTopTerms(corpus.Vector(a), corpus.Vector(b), 5))
    shared.push_back(corpus.Term(t));
  std::sort(shared.begin(), shared.end());
  EXPECT_EQ(shared, (std::vector<std::string>{"desarroll", "program", "web"}));
}

// Issue 9, point 5: the score in plain words, as a share of what this mentee can earn.
TEST(TextSimilarityTest, SharedWordsLeaveOutNumbersAndWordsEveryProfileUses) {
  Corpus corpus;
  const int a = corpus.Add("High school student in class 101, I want to learn robotics and chess");
  const int b = corpus.Add("I help high school students with robotics and chess in class 101");
  corpus.Build();
  std::vector<std::string> all, named;
  for (int t : SharedTopTerms(corpus.Vector(a), corpus.Vector(b), 20))
    all.push_back(corpus.Word(t));
  for (int t : corpus.SharedWords(a, b, 20)) named.push_back(corpus.Word(t));
  std::sort(all.begin(), all.end());
  std::sort(named.begin(), named.end());
  EXPECT_EQ(all, (std::vector<std::string>{"101", "chess", "class", "high", "robotics", "school",
                                           "student"}));
  EXPECT_EQ(named, (std::vector<std::string>{"chess", "robotics"}));
  EXPECT_EQ(corpus.SharedWords(a, b, 1).size(), 1u);
}

TEST(TextSimilarityTest, LightVerbsAndFillersAreNotNamed) {
  Corpus corpus;
  const int a = corpus.Add("I want to go to college first and become a pharmacist");
  const int b = corpus.Add("First I had to go back to college; now I am a pharmacist");
  const int c = corpus.Add("Quiero ir a la universidad primero y ser farmacéutica", "es");
  const int d = corpus.Add("Primero tuve que ir a la universidad; ahora soy farmacéutica", "es");
  corpus.Build();
  std::vector<std::string> named, nombradas;
  for (int t : corpus.SharedWords(a, b, 20)) named.push_back(corpus.Word(t));
  for (int t : corpus.SharedWords(c, d, 20)) nombradas.push_back(corpus.Word(t));
  std::sort(named.begin(), named.end());
  std::sort(nombradas.begin(), nombradas.end());
  EXPECT_EQ(named, (std::vector<std::string>{"college", "pharmacist"}));
  EXPECT_EQ(nombradas, (std::vector<std::string>{"farmacéutica", "universidad"}));
}

TEST(TextSimilarityTest, GoalsWithNoWordWorthNamingReadAsSimilarGoals) {
  EXPECT_EQ(EnglishReason(GoalsReason(6, {}), Perspective::kMentee), "similar goals");
  EXPECT_EQ(EnglishReason(GoalsReason(6, {"chess", "robotics"}), Perspective::kMentor),
            "similar goals (chess, robotics)");
}

TEST(TextSimilarityTest, AWordMostOfALargeCorpusUsesIsNotNamed) {
  Corpus corpus;
  std::vector<int> docs;
  // Every profile names the organisation; two of them also share a subject.
  for (int i = 0; i < 12; ++i)
    docs.push_back(corpus.Add(i < 2 ? "Northfield volunteers teaching astronomy"
                                    : "Northfield volunteers, cooking club " + std::to_string(i)));
  corpus.Build();
  std::vector<std::string> named;
  for (int t : corpus.SharedWords(docs[0], docs[1], 5)) named.push_back(corpus.Word(t));
  EXPECT_EQ(named, (std::vector<std::string>{"teaching", "astronomy"}));  // weight, then order
  // Below kMinDocsForCommon documents frequency says nothing: a pair of profiles may share it.
  Corpus small;
  const int x = small.Add("Northfield astronomy");
  const int y = small.Add("Northfield astronomy");
  small.Build();
  EXPECT_EQ(small.SharedWords(x, y, 5).size(), 2u);
  // Unless it is the organisation's name, which the caller marks.
  small.MarkUninformative("Northfield Academy");
  ASSERT_EQ(small.SharedWords(x, y, 5).size(), 1u);
  EXPECT_EQ(small.Word(small.SharedWords(x, y, 5)[0]), "astronomy");
}

TEST(TextSimilarityTest, SpanishGenericWordsAreNotNamed) {
  Corpus corpus;
  const int a = corpus.Add("Quiero aprender robótica en la escuela", "es");
  const int b = corpus.Add("Ayudo a estudiantes de la escuela con robótica", "es");
  corpus.Build();
  std::vector<std::string> named;
  for (int t : corpus.SharedWords(a, b, 5)) named.push_back(corpus.Term(t));
  EXPECT_EQ(named, (std::vector<std::string>{Stem("robótica", "es")}));
}

}  // namespace
}  // namespace tandem::matching
