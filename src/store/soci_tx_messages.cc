// SociTx: messages of relationship threads, read markers and flags (domain/message.h; tables of
// migration 0021).
#include <soci/soci.h>

#include "base/strings.h"
#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kMessagesNewestFirst = NewestFirst("m.");

constexpr char kMessageColumns[] =
    "m.id, m.organisation_id, m.relationship_id, m.author_id, m.body, m.created_at,"
    " m.flag_reasons, m.flag_status, m.flag_note, m.flag_resolved_by, m.flag_resolved_at";

std::vector<std::string> SplitReasons(const std::string& joined) {
  if (joined.empty()) return {};
  return Split(joined, ',');
}

void IntoMessage(Query& q, domain::Message& m) {
  q.Into(m.id).Into(m.organisation_id).Into(m.relationship_id).Into(m.author_id).Into(m.body);
  q.Into(m.created_at);
  q.IntoDecoded(m.flag_reasons, &SplitReasons);
  q.IntoEnum(m.flag_status, &domain::ParseFlagStatus, "messages.flag_status");
  q.Into(m.flag_note).IntoNullable(m.flag_resolved_by).Into(m.flag_resolved_at);
}

app::SortKey MessageKey(const domain::Message& m) { return app::SortKey{m.created_at, m.id}; }

}  // namespace

Status SociTx::InsertMessage(const domain::Message& m) {
  return Run("InsertMessage", [&]() -> Status {
    const long long relationships = Query(sql_,
                                          "SELECT COUNT(*) FROM relationships"
                                          " WHERE organisation_id = :org AND id = :id")
                                        .Use("org", m.organisation_id)
                                        .Use("id", m.relationship_id)
                                        .Scalar();
    if (relationships == 0) return NotFound("The relationship does not exist.");
    const long long inserted =
        Query(sql_,
              "INSERT INTO messages (organisation_id, id, relationship_id, author_id, body,"
              " created_at, flag_reasons, flag_status, flag_note, flag_resolved_by,"
              " flag_resolved_at) VALUES (:org, :id, :relationship, :author, :body, :created_at,"
              " :reasons, :status, :note, :resolved_by, :resolved_at) ON CONFLICT DO NOTHING")
            .Use("org", m.organisation_id)
            .Use("id", m.id)
            .Use("relationship", m.relationship_id)
            .Use("author", m.author_id)
            .Use("body", m.body)
            .UseInt("created_at", m.created_at)
            .Use("reasons", Join(m.flag_reasons, ","))
            .Use("status", domain::FlagStatusName(m.flag_status))
            .Use("note", m.flag_note)
            .UseNullable("resolved_by", m.flag_resolved_by)
            .UseInt("resolved_at", m.flag_resolved_at)
            .Exec();
    if (inserted != 1) return AlreadyExists("This message id is taken.");
    return Status::Ok();
  });
}

Result<domain::Message> SociTx::GetMessage(const std::string& org_id,
                                           const std::string& relationship_id,
                                           const std::string& message_id) {
  return Run("GetMessage", [&]() -> Result<domain::Message> {
    domain::Message m;
    Query q(sql_, std::string("SELECT ") + kMessageColumns +
                      " FROM messages m WHERE m.organisation_id = :org AND m.id = :id"
                      " AND m.relationship_id = :relationship");
    q.Use("org", org_id).Use("id", message_id).Use("relationship", relationship_id);
    IntoMessage(q, m);
    if (!q.Next()) return NotFound("The message does not exist.");
    return m;
  });
}

Result<app::PageRows<domain::Message>> SociTx::ListMessages(const std::string& org_id,
                                                            const std::string& relationship_id,
                                                            const app::PageQuery& page) {
  return Run("ListMessages", [&]() -> Result<app::PageRows<domain::Message>> {
    RETURN_IF_ERROR(kMessagesNewestFirst.Check(page));
    domain::Message m;
    Query q(sql_, std::string("SELECT ") + kMessageColumns +
                      " FROM messages m WHERE m.organisation_id = :org"
                      " AND m.relationship_id = :relationship" +
                      kMessagesNewestFirst.Condition(page) + kMessagesNewestFirst.OrderBy(page));
    q.Use("org", org_id).Use("relationship", relationship_id);
    kMessagesNewestFirst.Bind(q, page);
    IntoMessage(q, m);
    std::vector<domain::Message> out;
    while (q.Next()) out.push_back(m);
    return TakePage(std::move(out), page, &MessageKey);
  });
}

Status SociTx::UpdateMessageFlag(const domain::Message& m) {
  return Run("UpdateMessageFlag", [&]() -> Status {
    const long long updated =
        Query(sql_,
              "UPDATE messages SET flag_status = :status, flag_note = :note,"
              " flag_resolved_by = :resolved_by, flag_resolved_at = :resolved_at"
              " WHERE organisation_id = :org AND id = :id")
            .Use("status", domain::FlagStatusName(m.flag_status))
            .Use("note", m.flag_note)
            .UseNullable("resolved_by", m.flag_resolved_by)
            .UseInt("resolved_at", m.flag_resolved_at)
            .Use("org", m.organisation_id)
            .Use("id", m.id)
            .Exec();
    if (updated != 1) return NotFound("The message does not exist.");
    return Status::Ok();
  });
}

Result<app::PageRows<domain::Message>> SociTx::ListFlaggedMessages(const std::string& org_id,
                                                                   const app::PageQuery& page) {
  return Run("ListFlaggedMessages", [&]() -> Result<app::PageRows<domain::Message>> {
    RETURN_IF_ERROR(kMessagesNewestFirst.Check(page));
    domain::Message m;
    Query q(sql_, std::string("SELECT ") + kMessageColumns +
                      " FROM messages m WHERE m.organisation_id = :org"
                      " AND m.flag_status = 'open'" +
                      kMessagesNewestFirst.Condition(page) + kMessagesNewestFirst.OrderBy(page));
    q.Use("org", org_id);
    kMessagesNewestFirst.Bind(q, page);
    IntoMessage(q, m);
    std::vector<domain::Message> out;
    while (q.Next()) out.push_back(m);
    return TakePage(std::move(out), page, &MessageKey);
  });
}

Status SociTx::AdvanceReadMarker(const std::string& org_id, const std::string& relationship_id,
                                 const std::string& person_id, const app::ReadMarker& to,
                                 Millis now) {
  return Run("AdvanceReadMarker", [&]() -> Status {
    // One statement: concurrent calls serialise on the row, and the WHERE keeps the newest.
    Query(sql_,
          "INSERT INTO message_reads (organisation_id, relationship_id, person_id,"
          " read_created_at, read_message_id, updated_at) VALUES (:org, :relationship, :person,"
          " :created_at, :message, :now) ON CONFLICT (organisation_id, relationship_id, person_id)"
          " DO UPDATE SET read_created_at = excluded.read_created_at,"
          " read_message_id = excluded.read_message_id, updated_at = excluded.updated_at"
          " WHERE (excluded.read_created_at, excluded.read_message_id) >"
          " (message_reads.read_created_at, message_reads.read_message_id)")
        .Use("org", org_id)
        .Use("relationship", relationship_id)
        .Use("person", person_id)
        .UseInt("created_at", to.created_at)
        .Use("message", to.message_id)
        .UseInt("now", now)
        .Exec();
    return Status::Ok();
  });
}

Result<app::ReadMarker> SociTx::GetReadMarker(const std::string& org_id,
                                              const std::string& relationship_id,
                                              const std::string& person_id) {
  return Run("GetReadMarker", [&]() -> Result<app::ReadMarker> {
    app::ReadMarker marker;
    Query q(sql_,
            "SELECT read_created_at, read_message_id FROM message_reads"
            " WHERE organisation_id = :org AND relationship_id = :relationship"
            " AND person_id = :person");
    q.Use("org", org_id).Use("relationship", relationship_id).Use("person", person_id);
    q.Into(marker.created_at).Into(marker.message_id);
    if (!q.Next()) return app::ReadMarker{};
    return marker;
  });
}

namespace {

// Messages by others after the reader's marker (none: every message by others). `thread` is
// the alias of a row with organisation_id and relationship id columns.
constexpr char kUnreadCondition[] =
    " m.author_id <> :reader AND NOT EXISTS (SELECT 1 FROM message_reads mr"
    " WHERE mr.organisation_id = m.organisation_id AND mr.relationship_id = m.relationship_id"
    " AND mr.person_id = :reader2"
    " AND (mr.read_created_at, mr.read_message_id) >= (m.created_at, m.id))";

}  // namespace

Result<int> SociTx::CountUnread(const std::string& org_id, const std::string& relationship_id,
                                const std::string& person_id) {
  return Run("CountUnread", [&]() -> Result<int> {
    return static_cast<int>(Query(sql_, std::string("SELECT COUNT(*) FROM messages m"
                                                    " WHERE m.organisation_id = :org"
                                                    " AND m.relationship_id = :relationship AND") +
                                            kUnreadCondition)
                                .Use("org", org_id)
                                .Use("relationship", relationship_id)
                                .Use("reader", person_id)
                                .Use("reader2", person_id)
                                .Scalar());
  });
}

Result<std::vector<app::ThreadUnread>> SociTx::CountUnreadOfPerson(const std::string& person_id) {
  return Run("CountUnreadOfPerson", [&]() -> Result<std::vector<app::ThreadUnread>> {
    app::ThreadUnread row;
    std::int64_t count = 0;
    Query q(sql_, std::string("SELECT m.organisation_id, m.relationship_id, COUNT(*)"
                              " FROM relationships r JOIN messages m"
                              " ON m.organisation_id = r.organisation_id"
                              " AND m.relationship_id = r.id"
                              " WHERE (r.mentee_id = :person OR r.mentor_id = :person2) AND") +
                      kUnreadCondition +
                      " GROUP BY m.organisation_id, m.relationship_id"
                      " ORDER BY m.organisation_id, m.relationship_id");
    q.Use("person", person_id).Use("person2", person_id);
    q.Use("reader", person_id).Use("reader2", person_id);
    q.Into(row.organisation_id).Into(row.relationship_id).Into(count);
    std::vector<app::ThreadUnread> out;
    while (q.Next()) {
      row.unread = static_cast<int>(count);
      out.push_back(row);
    }
    return out;
  });
}

Result<std::vector<app::MessageDelivery>> SociTx::ListMessagesSince(Millis since, int limit) {
  return Run("ListMessagesSince", [&]() -> Result<std::vector<app::MessageDelivery>> {
    app::MessageDelivery row;
    Query q(sql_, std::string("SELECT ") + kMessageColumns +
                      ", r.program_id, r.mentee_id, r.mentor_id FROM messages m"
                      " JOIN relationships r ON r.organisation_id = m.organisation_id"
                      " AND r.id = m.relationship_id WHERE m.created_at >= :since"
                      " ORDER BY m.created_at, m.id LIMIT :limit");
    q.UseInt("since", since).UseInt("limit", limit);
    IntoMessage(q, row.message);
    q.Into(row.program_id).Into(row.mentee_id).Into(row.mentor_id);
    std::vector<app::MessageDelivery> out;
    while (q.Next()) out.push_back(row);
    return out;
  });
}

Result<std::vector<std::string>> SociTx::GetWatchWords(const std::string& org_id,
                                                       const std::string& program_id) {
  return Run("GetWatchWords", [&]() -> Result<std::vector<std::string>> {
    std::string word;
    Query q(sql_,
            "SELECT word FROM program_watch_words WHERE organisation_id = :org"
            " AND program_id = :program ORDER BY position");
    q.Use("org", org_id).Use("program", program_id).Into(word);
    std::vector<std::string> out;
    while (q.Next()) out.push_back(word);
    return out;
  });
}

Status SociTx::SaveWatchWords(const std::string& org_id, const std::string& program_id,
                              const std::vector<std::string>& words) {
  return Run("SaveWatchWords", [&]() -> Status {
    // Saves of one program's list take turns on the program's row: two at once would each
    // delete the old rows, then collide inserting the same positions.
    RETURN_IF_ERROR(LockRow("SELECT id FROM programs WHERE organisation_id = :org AND id = :id",
                            org_id, program_id, "The program does not exist."));
    Query(sql_, "DELETE FROM program_watch_words WHERE organisation_id = :org AND program_id = :p")
        .Use("org", org_id)
        .Use("p", program_id)
        .Exec();
    for (size_t i = 0; i < words.size(); ++i) {
      Query(sql_,
            "INSERT INTO program_watch_words (organisation_id, program_id, position, word)"
            " VALUES (:org, :program, :position, :word)")
          .Use("org", org_id)
          .Use("program", program_id)
          .UseInt("position", static_cast<std::int64_t>(i))
          .Use("word", words[i])
          .Exec();
    }
    return Status::Ok();
  });
}

}  // namespace tandem::store
