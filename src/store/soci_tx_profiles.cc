// SociTx: profiles (global, one per person) and their ordered lists.
//
// PutProfile replaces the whole profile: it deletes the old row (the list tables follow by
// ON DELETE CASCADE) and inserts the new one with one multi-row INSERT per non-empty list, so
// a save costs a handful of statements however long the lists are. `position` keeps each
// list in the order given.
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

void InsertSkillsTeach(soci::session& sql, const domain::Profile& p) {
  if (p.skills_teach.empty()) return;
  Query q(sql, MultiRowInsert("profile_skills_teach", {"person_id", "position", "skill", "level"},
                              p.skills_teach.size()));
  for (size_t i = 0; i < p.skills_teach.size(); ++i) {
    q.Use(Cell(i, 0), p.person_id).UseInt(Cell(i, 1), static_cast<std::int64_t>(i));
    q.Use(Cell(i, 2), p.skills_teach[i].skill).UseInt(Cell(i, 3), p.skills_teach[i].level);
  }
  q.Exec();
}

void InsertSkillsLearn(soci::session& sql, const domain::Profile& p) {
  if (p.skills_learn.empty()) return;
  Query q(sql, MultiRowInsert("profile_skills_learn",
                              {"person_id", "position", "skill", "current_level", "target_level"},
                              p.skills_learn.size()));
  for (size_t i = 0; i < p.skills_learn.size(); ++i) {
    const domain::SkillLearn& s = p.skills_learn[i];
    q.Use(Cell(i, 0), p.person_id).UseInt(Cell(i, 1), static_cast<std::int64_t>(i));
    q.Use(Cell(i, 2), s.skill).UseInt(Cell(i, 3), s.current_level);
    q.UseInt(Cell(i, 4), s.target_level);
  }
  q.Exec();
}

// For interests and languages: (person_id, position, <column>).
void InsertStrings(soci::session& sql, const char* table, const char* column,
                   const std::string& person_id, const std::vector<std::string>& values) {
  if (values.empty()) return;
  Query q(sql, MultiRowInsert(table, {"person_id", "position", column}, values.size()));
  for (size_t i = 0; i < values.size(); ++i) {
    q.Use(Cell(i, 0), person_id).UseInt(Cell(i, 1), static_cast<std::int64_t>(i));
    q.Use(Cell(i, 2), values[i]);
  }
  q.Exec();
}

void InsertGoals(soci::session& sql, const domain::Profile& p) {
  if (p.goals.empty()) return;
  Query goals(sql,
              MultiRowInsert("profile_goals", {"person_id", "position", "text"}, p.goals.size()));
  size_t tag_count = 0;
  for (size_t i = 0; i < p.goals.size(); ++i) {
    goals.Use(Cell(i, 0), p.person_id).UseInt(Cell(i, 1), static_cast<std::int64_t>(i));
    goals.Use(Cell(i, 2), p.goals[i].text);
    tag_count += p.goals[i].tags.size();
  }
  goals.Exec();
  if (tag_count == 0) return;
  Query tags(sql, MultiRowInsert("profile_goal_tags",
                                 {"person_id", "goal_position", "position", "tag"}, tag_count));
  size_t row = 0;
  for (size_t g = 0; g < p.goals.size(); ++g) {
    for (size_t t = 0; t < p.goals[g].tags.size(); ++t, ++row) {
      tags.Use(Cell(row, 0), p.person_id).UseInt(Cell(row, 1), static_cast<std::int64_t>(g));
      tags.UseInt(Cell(row, 2), static_cast<std::int64_t>(t)).Use(Cell(row, 3), p.goals[g].tags[t]);
    }
  }
  tags.Exec();
}

void InsertBackground(soci::session& sql, const domain::Profile& p) {
  if (p.background.empty()) return;
  Query q(sql, MultiRowInsert("profile_background",
                              {"person_id", "position", "field", "value", "visibility"},
                              p.background.size()));
  for (size_t i = 0; i < p.background.size(); ++i) {
    const domain::BackgroundEntry& b = p.background[i];
    q.Use(Cell(i, 0), p.person_id).UseInt(Cell(i, 1), static_cast<std::int64_t>(i));
    q.Use(Cell(i, 2), b.field).Use(Cell(i, 3), b.value);
    q.Use(Cell(i, 4), domain::VisibilityName(b.visibility));
  }
  q.Exec();
}

// Reads one list table of `person_id` in position order; `bind` adds the Into targets to the
// query and `take` appends the current row.
template <typename Bind, typename Take>
void ReadList(soci::session& sql, const std::string& columns, const char* table,
              const std::string& person_id, Bind bind, Take take) {
  Query q(sql,
          "SELECT " + columns + " FROM " + table + " WHERE person_id = :person ORDER BY position");
  q.Use("person", person_id);
  bind(q);
  while (q.Next()) take();
}

void ReadLists(soci::session& sql, domain::Profile& p) {
  const std::string& id = p.person_id;
  domain::SkillTeach teach;
  ReadList(
      sql, "skill, level", "profile_skills_teach", id,
      [&](Query& q) { q.Into(teach.skill).Into(teach.level); },
      [&] { p.skills_teach.push_back(teach); });
  domain::SkillLearn learn;
  ReadList(
      sql, "skill, current_level, target_level", "profile_skills_learn", id,
      [&](Query& q) { q.Into(learn.skill).Into(learn.current_level).Into(learn.target_level); },
      [&] { p.skills_learn.push_back(learn); });
  std::string text;
  ReadList(
      sql, "label", "profile_interests", id, [&](Query& q) { q.Into(text); },
      [&] { p.interests.push_back(text); });
  ReadList(
      sql, "code", "profile_languages", id, [&](Query& q) { q.Into(text); },
      [&] { p.languages.push_back(text); });
  ReadList(
      sql, "text", "profile_goals", id, [&](Query& q) { q.Into(text); },
      [&] {
        p.goals.push_back(domain::Goal{text, {}});
      });
  int goal_position = 0;
  ReadList(
      sql, "goal_position, tag", "profile_goal_tags", id,
      [&](Query& q) { q.Into(goal_position).Into(text); },
      [&] {
        if (goal_position < 0 || static_cast<size_t>(goal_position) >= p.goals.size())
          throw CorruptRow("profile_goal_tags.goal_position out of range");
        p.goals[goal_position].tags.push_back(text);
      });
  domain::BackgroundEntry entry;
  ReadList(
      sql, "field, value, visibility", "profile_background", id,
      [&](Query& q) {
        q.Into(entry.field).Into(entry.value);
        q.IntoEnum(entry.visibility, &domain::ParseVisibility, "profile_background.visibility");
      },
      [&] { p.background.push_back(entry); });
}

}  // namespace

Result<std::optional<domain::Profile>> SociTx::FindProfile(const std::string& person_id) {
  return Run("FindProfile", [&]() -> Result<std::optional<domain::Profile>> {
    domain::Profile p;
    Query q(sql_,
            "SELECT person_id, headline, bio, time_zone, availability_hours_per_month,"
            " mentor_capacity, accepts_external_mentees, is_minor, guardian_name, guardian_email,"
            " updated_at FROM profiles WHERE person_id = :person");
    q.Use("person", person_id);
    q.Into(p.person_id).Into(p.headline).Into(p.bio).Into(p.time_zone);
    q.Into(p.availability_hours_per_month).Into(p.mentor.capacity);
    q.Into(p.mentor.accepts_external_mentees).Into(p.minor.is_minor);
    q.Into(p.minor.guardian_name).Into(p.minor.guardian_email).Into(p.updated_at);
    if (!q.Next()) return std::optional<domain::Profile>();
    ReadLists(sql_, p);
    return std::optional<domain::Profile>(std::move(p));
  });
}

Status SociTx::PutProfile(const domain::Profile& p) {
  return Run("PutProfile", [&]() -> Status {
    Query(sql_, "DELETE FROM profiles WHERE person_id = :person").Use("person", p.person_id).Exec();
    Query(sql_,
          "INSERT INTO profiles (person_id, headline, bio, time_zone, availability_hours_per_month,"
          " mentor_capacity, accepts_external_mentees, is_minor, guardian_name, guardian_email,"
          " updated_at) VALUES (:person, :headline, :bio, :time_zone, :hours, :capacity,"
          " :external, :minor, :guardian_name, :guardian_email, :updated_at)")
        .Use("person", p.person_id)
        .Use("headline", p.headline)
        .Use("bio", p.bio)
        .Use("time_zone", p.time_zone)
        .UseInt("hours", p.availability_hours_per_month)
        .UseInt("capacity", p.mentor.capacity)
        .UseBool("external", p.mentor.accepts_external_mentees)
        .UseBool("minor", p.minor.is_minor)
        .Use("guardian_name", p.minor.guardian_name)
        .Use("guardian_email", p.minor.guardian_email)
        .UseInt("updated_at", p.updated_at)
        .Exec();
    InsertSkillsTeach(sql_, p);
    InsertSkillsLearn(sql_, p);
    InsertStrings(sql_, "profile_interests", "label", p.person_id, p.interests);
    InsertStrings(sql_, "profile_languages", "code", p.person_id, p.languages);
    InsertGoals(sql_, p);
    InsertBackground(sql_, p);
    return Status::Ok();
  });
}

}  // namespace tandem::store
