#include "domain/message_screening.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

using Reasons = std::vector<std::string>;

Reasons R(std::initializer_list<std::string_view> ids) {
  Reasons out;
  for (auto id : ids) out.emplace_back(id);
  return out;
}

TEST(MessageScreeningTest, FindsEmailAddresses) {
  EXPECT_EQ(FindContactDetails("write to ana.perez@example.org please"), R({kReasonContactEmail}));
  EXPECT_EQ(FindContactDetails("ANA_P+news@Mail.Example.co.uk"), R({kReasonContactEmail}));
  EXPECT_EQ(FindContactDetails("ana dot perez at gmail dot com"), R({kReasonContactEmail}));
  EXPECT_EQ(FindContactDetails("ana (at) gmail (dot) com"), R({kReasonContactEmail}));
  EXPECT_EQ(FindContactDetails("escribe a ana arroba gmail punto com"), R({kReasonContactEmail}));
}

TEST(MessageScreeningTest, FindsPhoneNumbers) {
  for (const char* text :
       {"call me on 555-123-4567", "my number is +34 600 123 456", "(555) 123 4567", "600123456",
        "tel 600.123.456", "+44 20 7946 0958 after school"}) {
    EXPECT_EQ(FindContactDetails(text), R({kReasonContactPhone})) << text;
  }
}

TEST(MessageScreeningTest, DatesTimesAndAmountsAreNotPhoneNumbers) {
  for (const char* text :
       {"see you on 2026-03-01 at 10:30", "the exam is 01/03/2026", "15.03.2026 at 16:00",
        "from 2024-2025 to 2025 - 2026", "it costs 1,500,000 pesos", "it costs 1.500.000 pesos",
        "room 204, 3 pm, 45 minutes", "chapter 12 page 345", "10:30-11:45", "12.5 km",
        "2026-03-01 10:30", "score 3 - 2", "call at 5", "year 2026", "123456"}) {
    EXPECT_EQ(FindContactDetails(text), Reasons{}) << text;
  }
}

TEST(MessageScreeningTest, FindsHandlesLinksAndApps) {
  EXPECT_EQ(FindContactDetails("follow me @ana_p"), R({kReasonContactHandle}));
  EXPECT_EQ(FindContactDetails("look at https://example.net/x"), R({kReasonContactLink}));
  EXPECT_EQ(FindContactDetails("www.example.net"), R({kReasonContactLink}));
  EXPECT_EQ(FindContactDetails("my page instagram.com/ana"),
            R({kReasonContactLink, kReasonContactApp}));
  EXPECT_EQ(FindContactDetails("text me on WhatsApp"), R({kReasonContactApp}));
  EXPECT_EQ(FindContactDetails("add me on snap"), R({kReasonContactApp}));
  // An e-mail address is not also a handle or a link.
  EXPECT_EQ(FindContactDetails("ana@gmail.com"), R({kReasonContactEmail}));
}

TEST(MessageScreeningTest, OrdinaryMessagesPassUnflagged) {
  for (const char* text :
       {"Hi! How did the maths test go?", "Meet at the library at 4:15, room B12.",
        "I read chapters 3-5, e.g. the one about cells.", "Great job @ school today",
        "I'm snapping photos for the project", "Mi número favorito es el 7", "¿Qué tal?",
        "The signal was weak", "Node.js and C++ are fun", "I'll be there... see you!"}) {
    EXPECT_EQ(FindContactDetails(text), Reasons{}) << text;
  }
}

TEST(MessageScreeningTest, LongBodiesAreScreenedQuickly) {
  EXPECT_EQ(FindContactDetails(std::string(4000, 'a')), Reasons{});
  EXPECT_EQ(FindContactDetails(std::string(4000, '7')), R({kReasonContactPhone}));
  std::string mixed;
  while (mixed.size() < 4000) mixed += "a.b-1 ";
  EXPECT_EQ(FindContactDetails(mixed), Reasons{});
}

TEST(MessageScreeningTest, WatchWordsAreWholeWordsIgnoringCaseAndAccents) {
  const std::vector<std::string> words = {"secret", "Álcohol", "meet alone"};
  EXPECT_TRUE(HasWatchWord("it's our SECRET", words));
  EXPECT_TRUE(HasWatchWord("no alcohol", words));
  EXPECT_TRUE(HasWatchWord("ALCOHOL!", words));
  EXPECT_TRUE(HasWatchWord("we could meet   alone", words));
  EXPECT_FALSE(HasWatchWord("secretary", words));
  EXPECT_FALSE(HasWatchWord("alcoholic", words));
  EXPECT_FALSE(HasWatchWord("meet", words));
  EXPECT_TRUE(HasWatchWord("¿Es un secreto? no: un sécret", {"secret"}));
  EXPECT_FALSE(HasWatchWord("anything", {}));
  EXPECT_EQ(ScreenMessage("our secret: 555 123 4567", words),
            R({kReasonContactPhone, kReasonWatchWord}));
}

TEST(MessageScreeningTest, FoldsLatinAccents) {
  EXPECT_EQ(FoldForMatching("ÁÉÍÓÚ ñÑ üÇ Straße Łódź"), "aeiou nn uc strasse lodz");
}

TEST(MessageScreeningTest, WatchListValidationAndNormalisation) {
  EXPECT_OK(ValidateWatchWords({"secret", "meet alone"}));
  EXPECT_CODE(ValidateWatchWords({std::string(61, 'x')}), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateWatchWords({"a\x01"}), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateWatchWords(std::vector<std::string>(501, "x")), StatusCode::kInvalidArgument);
  EXPECT_EQ(NormalizeWatchWords({" Secret ", "secret", "", "sécret", "meet  alone"}),
            (Reasons{"Secret", "meet alone"}));
}

}  // namespace
}  // namespace tandem::domain
