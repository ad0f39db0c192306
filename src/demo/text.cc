#include "demo/text.h"

#include <cctype>
#include <cstdio>
#include <utility>

namespace tandem::demo {
namespace {

std::string Replace(std::string text, std::string_view key, std::string_view value) {
  for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

}  // namespace

// "a nurse", "an electrician".
std::string WithArticle(std::string_view noun) {
  const bool vowel =
      !noun.empty() && std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

// Replaces "{a career}" with the career and its article ("an electrician").
std::string Fill(std::string_view text, std::string_view career) {
  return Replace(std::string(text), "{a career}", career.empty() ? "" : WithArticle(career));
}

domain::Goal MakeGoal(const GoalTemplate& g, std::string_view career) {
  domain::Goal goal{Fill(g.text, career), {std::string(g.tag1)}};
  if (!g.tag2.empty()) goal.tags.emplace_back(g.tag2);
  return goal;
}

// An ASCII e-mail local part from a name: "Nadège Jean-Baptiste" -> "nadege", ... Letters
// outside the small folding table (none are used in data_people.cc) are dropped.
std::string EmailPart(std::string_view name) {
  static constexpr std::pair<std::string_view, char> kFold[] = {
      {"á", 'a'}, {"à", 'a'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"í", 'i'}, {"ó", 'o'},
      {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'}, {"ç", 'c'}, {"É", 'e'}, {"Ó", 'o'}, {"Á", 'a'}};
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (std::isalnum(c))
        out += static_cast<char>(std::tolower(c));
      else if (c == '-')
        out += '-';
      ++i;
      continue;
    }
    bool folded = false;
    for (const auto& [utf8, ascii] : kFold) {
      if (name.substr(i).starts_with(utf8)) {
        out += ascii;
        i += utf8.size();
        folded = true;
        break;
      }
    }
    if (!folded)
      for (++i; i < name.size() && (static_cast<unsigned char>(name[i]) & 0xC0) == 0x80;) ++i;
  }
  return out;
}

std::string GradeName(int grade) {
  switch (grade) {
    case 9:
      return "Freshman";
    case 10:
      return "Sophomore";
    case 11:
      return "Junior";
    default:
      return "Senior";
  }
}

std::string TwoDigits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n % 100);
  return buf;
}

std::string FillForMentor(std::string_view text, std::string_view mentor_name,
                          std::string_view career) {
  return Fill(Replace(std::string(text), "{mentor}", mentor_name.substr(0, mentor_name.find(' '))),
              career);
}

std::string LanguageSentence(const std::vector<std::string>& langs) {
  if (langs.size() < 2) return "";
  return " I also speak " + std::string(LanguageName(langs[1])) + ".";
}

}  // namespace tandem::demo
