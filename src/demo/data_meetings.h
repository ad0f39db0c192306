// What the demo's pairs write about their meetings (meetings_seeder.h): agendas, the shared
// notes of a meeting held, and the mentor's private note. Used in turn, one row per pair.
#ifndef TANDEM_DEMO_DATA_MEETINGS_H_
#define TANDEM_DEMO_DATA_MEETINGS_H_

#include <string_view>

#include "demo/data_people.h"

namespace tandem::demo {

extern const Words kMeetingAgendas;       // the first meeting's agenda
extern const Words kMeetingSharedNotes;   // what the pair wrote after it
extern const Words kMeetingPrivateNotes;  // what the mentor kept for themselves
extern const Words kNextMeetingAgendas;   // the accepted upcoming meeting's agenda
// Where the demo's online meetings happen (a link per pair: "<base><n>").
inline constexpr std::string_view kMeetingLinkBase = "https://meet.example.org/tandem-demo-";

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_MEETINGS_H_
