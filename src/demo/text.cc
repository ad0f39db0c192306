#include "demo/text.h"

#include <cctype>
#include <cstdio>
#include <utility>

#include "demo/data_bios.h"

namespace tandem::demo {
std::string Format(std::string_view text,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out(text);
  for (const auto& [key, value] : values) {
    std::string braced(1, '{');
    braced.append(key).push_back('}');
    for (size_t at = out.find(braced); at != std::string::npos;
         at = out.find(braced, at + value.size()))
      out.replace(at, braced.size(), value);
  }
  return out;
}

// "a nurse", "an electrician".
std::string WithArticle(std::string_view noun) {
  const bool vowel =
      !noun.empty() && std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

// Replaces "{a career}" with the career and its article ("an electrician").
std::string Fill(std::string_view text, std::string_view career) {
  return Format(text, {{"a career", career.empty() ? "" : WithArticle(career)}});
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
  return Fill(Format(text, {{"mentor", mentor_name.substr(0, mentor_name.find(' '))}}), career);
}

std::string LanguageSentence(const std::vector<std::string>& langs) {
  if (langs.size() < 2) return "";
  return Format(kAlsoSpeaks, {{"language", LanguageName(langs[1])}});
}

}  // namespace tandem::demo
