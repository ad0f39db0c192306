#include "app/calendar_feeds.h"

#include <algorithm>

#include "app/meeting_events.h"
#include "base/ids.h"
#include "base/strings.h"
#include "domain/password_guard.h"

namespace tandem::app {
namespace {

// The throttle's account for wrong feed secrets (password_failures rows, like guardian links).
constexpr char kFeedAccount[] = "calendar-feed";

bool LooksLikeToken(const std::string& s) {
  return s.size() == 43 &&
         s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
             std::string::npos;
}

Status NoSuchFeed() { return NotFound("Not found."); }

Status CheckFeedThrottle(Tx& tx, const std::string& address, Millis now) {
  ASSIGN_OR_RETURN(auto failures,
                   tx.ListPasswordFailuresOfAccount(kFeedAccount, now - kFeedFailureWindow));
  const auto from_here = std::count_if(failures.begin(), failures.end(),
                                       [&](const auto& f) { return f.address == address; });
  if (from_here >= kMaxFeedFailures)
    return ResourceExhausted("Too many wrong calendar links from your network. Please wait.")
        .WithRetryAfter(static_cast<int>(kFeedFailureWindow / 1000));
  return Status::Ok();
}

}  // namespace

Result<CalendarFeedStatus> GetMyCalendarFeed(const Context& ctx, const Caller& caller) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  return InReadTx<CalendarFeedStatus>(ctx.store, [&](Tx& tx) -> Result<CalendarFeedStatus> {
    ASSIGN_OR_RETURN(auto feed, tx.FindCalendarFeedOfPerson(caller.person_id));
    CalendarFeedStatus s;
    if (feed) s = {true, feed->created_at};
    return s;
  });
}

Result<NewCalendarFeed> CreateMyCalendarFeed(const Context& ctx, const Caller& caller) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  const std::string secret = ctx.tokens.NewToken();
  const Millis now = ctx.clock.Now();
  RETURN_IF_ERROR(ctx.store.Transact([&](Tx& tx) -> Status {
    return tx.SaveCalendarFeed({caller.person_id, ctx.tokens.HashToken(secret), now});
  }));
  return NewCalendarFeed{ctx.public_url + "/calendar/" + secret + ".ics", now};
}

Status RevokeMyCalendarFeed(const Context& ctx, const Caller& caller) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  return ctx.store.Transact(
      [&](Tx& tx) -> Status { return tx.DeleteCalendarFeed(caller.person_id); });
}

Result<std::string> CalendarFeedIcs(const Context& ctx, const std::string& secret,
                                    const std::string& remote_address) {
  if (ctx.calendar == nullptr) return Internal("No calendar writer is configured.");
  // Anything TokenSource cannot have made guesses nothing: refused without a lookup or a count.
  if (!LooksLikeToken(secret)) return NoSuchFeed();
  const Millis now = ctx.clock.Now();
  const std::string address = domain::ThrottleAddress(remote_address);
  const std::string hash = ctx.tokens.HashToken(secret);
  std::vector<CalendarEvent> events;
  bool found = false;
  RETURN_IF_ERROR(ctx.store.TransactRead([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(CheckFeedThrottle(tx, address, now));
    ASSIGN_OR_RETURN(auto feed, tx.FindCalendarFeedBySecretHash(hash));
    if (!feed || !SameSecret(feed->secret_hash, hash)) return Status::Ok();
    found = true;
    ASSIGN_OR_RETURN(
        auto meetings,
        tx.ListMeetingsOfPerson(feed->person_id, now - static_cast<Millis>(kFeedPastDays) * kDay,
                                kMaxFeedMeetings));
    for (const auto& pm : meetings)
      events.push_back(MeetingEvent(pm.meeting, pm.program_name, pm.mentee_name, pm.mentor_name,
                                    ctx.public_url));
    return Status::Ok();
  }));
  if (!found) {
    RETURN_IF_ERROR(ctx.store.Transact([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockThrottleKey("address:" + address));
      RETURN_IF_ERROR(CheckFeedThrottle(tx, address, now));
      return tx.InsertPasswordFailure({NewId(), kFeedAccount, address, now});
    }));
    return NoSuchFeed();
  }
  return ctx.calendar->Write("Tandem", events);
}

}  // namespace tandem::app
