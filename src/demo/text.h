// Small text helpers of the demo: articles, "{a career}" and "{mentor}" placeholders, e-mail
// local parts from names. Pure functions.
#ifndef TANDEM_DEMO_TEXT_H_
#define TANDEM_DEMO_TEXT_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "demo/data_people.h"
#include "domain/profile.h"

namespace tandem::demo {

// "a nurse", "an electrician".
std::string WithArticle(std::string_view noun);

// text with each "{key}" replaced by its value, key by key in the order given.
std::string Format(std::string_view text,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// Replaces every "{a career}" with the career and its article ("an electrician"), or with ""
// when career is empty.
std::string Fill(std::string_view text, std::string_view career);

// Fill, and every "{mentor}" replaced with the mentor's given name (the first word of
// mentor_name).
std::string FillForMentor(std::string_view text, std::string_view mentor_name,
                          std::string_view career);

// The goal of a template, "{a career}" filled.
domain::Goal MakeGoal(const GoalTemplate& g, std::string_view career = "");

// An ASCII e-mail local part from a name: "Nadège Jean-Baptiste" -> "nadege", ... Letters
// outside a small folding table (none are used in data_people.h) are dropped.
std::string EmailPart(std::string_view name);

// "Freshman" for grade 9 ... "Senior" for 12.
std::string GradeName(int grade);

// The last two digits of n: "07".
std::string TwoDigits(int n);

// " I also speak Spanish." for a second language ("" when langs has one).
std::string LanguageSentence(const std::vector<std::string>& langs);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_TEXT_H_
