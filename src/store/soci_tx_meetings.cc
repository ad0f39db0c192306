// SociTx: meetings, their authors' private notes and calendar feeds (domain/meeting.h; tables
// of migration 0019).
#include <soci/soci.h>

#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// Latest start first; key (start_at, id).
const Keyset kLatestFirst(Keyset::Order::kDescending, {Keyset::Type::kNumber, Keyset::Type::kText},
                          {{"m.start_at", 0}, {"m.id", 1}});

constexpr char kMeetingColumns[] =
    "m.id, m.organisation_id, m.relationship_id, m.start_at, m.duration_minutes, m.mode,"
    " m.location, m.agenda, m.time_zone, m.status, m.proposer, m.shared_notes, m.sequence,"
    " m.follows_meeting_id, m.created_at, m.updated_at";

void IntoMeeting(Query& q, domain::Meeting& m) {
  q.Into(m.id).Into(m.organisation_id).Into(m.relationship_id);
  q.Into(m.details.start_at).Into(m.details.duration_minutes);
  q.IntoEnum(m.details.mode, &domain::ParseMeetingMode, "meetings.mode");
  q.Into(m.details.location).Into(m.details.agenda).Into(m.details.time_zone);
  q.IntoEnum(m.status, &domain::ParseMeetingStatus, "meetings.status");
  q.IntoEnum(m.proposer, &domain::ParseMeetingProposer, "meetings.proposer");
  q.Into(m.shared_notes).Into(m.sequence).IntoNullable(m.follows_meeting_id);
  q.Into(m.created_at).Into(m.updated_at);
}

bool MeetingExists(soci::session& sql, const std::string& org_id, const std::string& id) {
  return Query(sql, "SELECT COUNT(*) FROM meetings WHERE organisation_id = :org AND id = :id")
             .Use("org", org_id)
             .Use("id", id)
             .Scalar() > 0;
}

// The fields an insert and an update both write (:start_at ... :sequence, :updated_at).
Query& UseMeetingFields(Query& q, const domain::Meeting& m) {
  return q.UseInt("start_at", m.details.start_at)
      .UseInt("duration", m.details.duration_minutes)
      .Use("mode", domain::MeetingModeName(m.details.mode))
      .Use("location", m.details.location)
      .Use("agenda", m.details.agenda)
      .Use("time_zone", m.details.time_zone)
      .Use("status", domain::MeetingStatusName(m.status))
      .Use("proposer", domain::MeetingProposerName(m.proposer))
      .Use("notes", m.shared_notes)
      .UseInt("sequence", m.sequence)
      .UseInt("updated_at", m.updated_at);
}

}  // namespace

Status SociTx::InsertMeeting(const domain::Meeting& m) {
  return Run("InsertMeeting", [&]() -> Status {
    long long relationships = Query(sql_,
                                    "SELECT COUNT(*) FROM relationships"
                                    " WHERE organisation_id = :org AND id = :id")
                                  .Use("org", m.organisation_id)
                                  .Use("id", m.relationship_id)
                                  .Scalar();
    if (relationships == 0) return NotFound("The relationship does not exist.");
    Query q(sql_,
              "INSERT INTO meetings (id, organisation_id, relationship_id, start_at,"
              " duration_minutes, mode, location, agenda, time_zone, status, proposer,"
              " shared_notes, sequence, follows_meeting_id, created_at, updated_at) VALUES"
              " (:id, :org, :relationship, :start_at, :duration, :mode, :location, :agenda,"
              " :time_zone, :status, :proposer, :notes, :sequence, :follows, :created_at,"
              " :updated_at) ON CONFLICT DO NOTHING");
    q.Use("id", m.id)
        .Use("org", m.organisation_id)
        .Use("relationship", m.relationship_id)
        .UseNullable("follows", m.follows_meeting_id)
        .UseInt("created_at", m.created_at);
    const long long inserted = UseMeetingFields(q, m).Exec();
    if (inserted != 1)
      return AlreadyExists(MeetingExists(sql_, m.organisation_id, m.id)
                               ? "This meeting id is taken."
                               : "A meeting already follows this one.");
    return Status::Ok();
  });
}

Status SociTx::UpdateMeeting(const domain::Meeting& m) {
  return Run("UpdateMeeting", [&]() -> Status {
    Query q(sql_,
              "UPDATE meetings SET start_at = :start_at, duration_minutes = :duration,"
              " mode = :mode, location = :location, agenda = :agenda, time_zone = :time_zone,"
              " status = :status, proposer = :proposer, shared_notes = :notes,"
              " sequence = :sequence, updated_at = :updated_at"
              " WHERE organisation_id = :org AND id = :id");
    q.Use("org", m.organisation_id).Use("id", m.id);
    const long long updated = UseMeetingFields(q, m).Exec();
    if (updated != 1) return NotFound("The meeting does not exist.");
    return Status::Ok();
  });
}

Result<domain::Meeting> SociTx::GetMeeting(const std::string& org_id,
                                           const std::string& relationship_id,
                                           const std::string& meeting_id) {
  return Run("GetMeeting", [&]() -> Result<domain::Meeting> {
    domain::Meeting m;
    Query q(sql_, std::string("SELECT ") + kMeetingColumns +
                      " FROM meetings m WHERE m.organisation_id = :org AND m.id = :id"
                      " AND m.relationship_id = :relationship");
    q.Use("org", org_id).Use("id", meeting_id).Use("relationship", relationship_id);
    IntoMeeting(q, m);
    if (!q.Next()) return NotFound("The meeting does not exist.");
    return m;
  });
}

Result<app::PageRows<domain::Meeting>> SociTx::ListMeetings(const std::string& org_id,
                                                            const std::string& relationship_id,
                                                            const app::PageQuery& page) {
  return Run("ListMeetings", [&]() -> Result<app::PageRows<domain::Meeting>> {
    RETURN_IF_ERROR(kLatestFirst.Check(page));
    domain::Meeting m;
    Query q(sql_, std::string("SELECT ") + kMeetingColumns +
                      " FROM meetings m WHERE m.organisation_id = :org"
                      " AND m.relationship_id = :relationship" +
                      kLatestFirst.Condition(page) + kLatestFirst.OrderBy(page));
    q.Use("org", org_id).Use("relationship", relationship_id);
    kLatestFirst.Bind(q, page);
    IntoMeeting(q, m);
    std::vector<domain::Meeting> out;
    while (q.Next()) out.push_back(m);
    return TakePage(std::move(out), page, [](const domain::Meeting& last) {
      return app::SortKey{last.details.start_at, last.id};
    });
  });
}

Result<bool> SociTx::HasFollowUpMeeting(const std::string& org_id,
                                        const std::string& held_meeting_id) {
  return Run("HasFollowUpMeeting", [&]() -> Result<bool> {
    return Query(sql_,
                 "SELECT COUNT(*) FROM meetings WHERE organisation_id = :org"
                 " AND follows_meeting_id = :held")
               .Use("org", org_id)
               .Use("held", held_meeting_id)
               .Scalar() > 0;
  });
}

Result<std::string> SociTx::GetPrivateMeetingNote(const std::string& org_id,
                                                  const std::string& meeting_id,
                                                  const std::string& author_id) {
  return Run("GetPrivateMeetingNote", [&]() -> Result<std::string> {
    std::string text;
    Query q(sql_,
            "SELECT text FROM meeting_private_notes WHERE organisation_id = :org"
            " AND meeting_id = :meeting AND author_id = :author");
    q.Use("org", org_id).Use("meeting", meeting_id).Use("author", author_id).Into(text);
    if (!q.Next()) return std::string();
    return text;
  });
}

Status SociTx::SavePrivateMeetingNote(const std::string& org_id, const std::string& meeting_id,
                                      const std::string& author_id, const std::string& text,
                                      Millis at) {
  return Run("SavePrivateMeetingNote", [&]() -> Status {
    if (!MeetingExists(sql_, org_id, meeting_id)) return NotFound("The meeting does not exist.");
    if (text.empty()) {
      Query(sql_,
            "DELETE FROM meeting_private_notes WHERE organisation_id = :org"
            " AND meeting_id = :meeting AND author_id = :author")
          .Use("org", org_id)
          .Use("meeting", meeting_id)
          .Use("author", author_id)
          .Exec();
      return Status::Ok();
    }
    Query(sql_,
          "INSERT INTO meeting_private_notes (organisation_id, meeting_id, author_id, text,"
          " updated_at) VALUES (:org, :meeting, :author, :text, :at)"
          " ON CONFLICT (organisation_id, meeting_id, author_id)"
          " DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at")
        .Use("org", org_id)
        .Use("meeting", meeting_id)
        .Use("author", author_id)
        .Use("text", text)
        .UseInt("at", at)
        .Exec();
    return Status::Ok();
  });
}

Result<std::vector<app::MeetingsPort::PersonMeeting>> SociTx::ListMeetingsOfPerson(
    const std::string& person_id, Millis since, int limit) {
  return Run("ListMeetingsOfPerson", [&]() -> Result<std::vector<PersonMeeting>> {
    PersonMeeting row;
    Query q(sql_, std::string("SELECT ") + kMeetingColumns +
                      ", p.name, mentee.name, mentor.name FROM meetings m"
                      " JOIN relationships r ON r.organisation_id = m.organisation_id"
                      " AND r.id = m.relationship_id"
                      " JOIN programs p ON p.organisation_id = r.organisation_id"
                      " AND p.id = r.program_id"
                      " JOIN people mentee ON mentee.id = r.mentee_id"
                      " JOIN people mentor ON mentor.id = r.mentor_id"
                      " WHERE (r.mentee_id = :person OR r.mentor_id = :person2)"
                      " AND m.start_at >= :since ORDER BY m.start_at, m.id LIMIT :limit");
    q.Use("person", person_id).Use("person2", person_id).UseInt("since", since);
    q.UseInt("limit", limit);
    IntoMeeting(q, row.meeting);
    q.Into(row.program_name).Into(row.mentee_name).Into(row.mentor_name);
    std::vector<PersonMeeting> out;
    while (q.Next()) out.push_back(row);
    return out;
  });
}

Status SociTx::SaveCalendarFeed(const app::CalendarFeed& feed) {
  return Run("SaveCalendarFeed", [&]() -> Status {
    Query(sql_,
          "INSERT INTO calendar_feeds (person_id, secret_hash, created_at)"
          " VALUES (:person, :hash, :at) ON CONFLICT (person_id)"
          " DO UPDATE SET secret_hash = excluded.secret_hash, created_at = excluded.created_at")
        .Use("person", feed.person_id)
        .Use("hash", feed.secret_hash)
        .UseInt("at", feed.created_at)
        .Exec();
    return Status::Ok();
  });
}

Status SociTx::DeleteCalendarFeed(const std::string& person_id) {
  return Run("DeleteCalendarFeed", [&]() -> Status {
    Query(sql_, "DELETE FROM calendar_feeds WHERE person_id = :person")
        .Use("person", person_id)
        .Exec();
    return Status::Ok();
  });
}

namespace {

Result<std::optional<app::CalendarFeed>> FindFeed(soci::session& sql, const char* column,
                                                  const std::string& value) {
  app::CalendarFeed f;
  Query q(sql, std::string("SELECT person_id, secret_hash, created_at FROM calendar_feeds"
                           " WHERE ") +
                   column + " = :value");
  q.Use("value", value).Into(f.person_id).Into(f.secret_hash).Into(f.created_at);
  if (!q.Next()) return std::optional<app::CalendarFeed>();
  return std::optional<app::CalendarFeed>(f);
}

}  // namespace

Result<std::optional<app::CalendarFeed>> SociTx::FindCalendarFeedOfPerson(
    const std::string& person_id) {
  return Run("FindCalendarFeedOfPerson", [&]() { return FindFeed(sql_, "person_id", person_id); });
}

Result<std::optional<app::CalendarFeed>> SociTx::FindCalendarFeedBySecretHash(
    const std::string& secret_hash) {
  return Run("FindCalendarFeedBySecretHash",
             [&]() { return FindFeed(sql_, "secret_hash", secret_hash); });
}

}  // namespace tandem::store
