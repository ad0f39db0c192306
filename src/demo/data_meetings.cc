#include "demo/data_meetings.h"

namespace tandem::demo {
namespace {

constexpr std::string_view kAgendaRows[] = {
    "Get to know each other\nWhat you hope to get out of this year",
    "Your goals for the term\nHow often to meet",
    "Introductions\nOne thing you want to learn first",
};

constexpr std::string_view kSharedNoteRows[] = {
    "We talked about how we each got interested in the field. Next time: bring two questions "
    "about a typical work day.",
    "Agreed to meet every two weeks online. First goal: a short reading list by the next "
    "meeting.",
    "Went through the program's expectations together. Homework: write down three skills to "
    "work on.",
};

constexpr std::string_view kPrivateNoteRows[] = {
    "Seemed shy at first; opened up when we talked about projects. Ask about the science fair.",
    "Very organised. Suggest the data course next time.",
    "Worried about exams this month; keep the next meeting short.",
};

constexpr std::string_view kNextAgendaRows[] = {
    "Questions about a typical work day",
    "Reading list: what was useful",
    "The three skills, and where to start",
};

}  // namespace

const Words kMeetingAgendas = kAgendaRows;
const Words kMeetingSharedNotes = kSharedNoteRows;
const Words kMeetingPrivateNotes = kPrivateNoteRows;
const Words kNextMeetingAgendas = kNextAgendaRows;

}  // namespace tandem::demo
