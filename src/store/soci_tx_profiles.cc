// SociTx: profiles (global, one per person) and their ordered lists.
//
// PutProfile replaces the whole profile: it deletes the old row (the list tables follow by
// ON DELETE CASCADE) and inserts the new one with one multi-row INSERT per non-empty list, so
// a save costs a handful of statements however long the lists are. `position` keeps each
// list in the order given. Reading (LoadProfiles) is bulk: one query per table for any number
// of people, each row placed by person id and position.
#include <soci/soci.h>

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

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

// Columns of profiles, in IntoProfile order.
constexpr char kProfileColumns[] =
    "person_id, headline, bio, time_zone, availability_hours_per_month, mentor_capacity,"
    " accepts_external_mentees, is_minor, guardian_name, guardian_email, updated_at,"
    " wants_outside_mentor, preferred_mentor_gender";

void IntoProfile(Query& q, domain::Profile& p) {
  q.Into(p.person_id).Into(p.headline).Into(p.bio).Into(p.time_zone);
  q.Into(p.availability_hours_per_month).Into(p.mentor.capacity);
  q.Into(p.mentor.accepts_external_mentees).Into(p.minor.is_minor);
  q.Into(p.minor.guardian_name).Into(p.minor.guardian_email).Into(p.updated_at);
  q.Into(p.mentee.wants_outside_mentor).Into(p.mentee.preferred_mentor_gender);
}

// Positions are dense (PutProfile writes 0..n-1, unique per person), so each list row can go
// straight to its slot and the list queries need no ORDER BY: sorting by person and position
// cost PostgreSQL more than the rest of the query. This guards the resize against nonsense.
constexpr std::int64_t kMaxListPosition = 10'000;

// The element at `position` of `list`, growing the list to reach it.
template <typename T>
T& Slot(std::vector<T>& list, std::int64_t position, const char* table) {
  if (position < 0 || position > kMaxListPosition)
    throw CorruptRow(std::string(table) + ".position out of range");
  if (static_cast<size_t>(position) >= list.size()) list.resize(position + 1);
  return list[position];
}

// Reads one list table for the selected people, rows in any order: `into` adds the Into
// targets after person_id and position, `take` stores the current row in its profile.
// Rows of people without a profile row cannot exist (foreign keys).
template <typename Into, typename Take>
void ReadList(soci::session& sql, std::unordered_map<std::string, domain::Profile>& profiles,
              const char* table, const std::string& columns, const std::string& who,
              const std::function<void(Query&)>& bind, Into into, Take take) {
  Query q(sql, "SELECT person_id, position, " + columns + " FROM " + table + " WHERE " + who);
  bind(q);
  std::string person_id;
  std::int64_t position = 0;
  q.Into(person_id).Into(position);
  into(q);
  domain::Profile* p = nullptr;
  while (q.Next()) {
    if (p == nullptr || p->person_id != person_id) {
      auto found = profiles.find(person_id);
      if (found == profiles.end()) throw CorruptRow(std::string(table) + " row without profile");
      p = &found->second;
    }
    take(*p, position);
  }
}

}  // namespace

std::unordered_map<std::string, domain::Profile> SociTx::LoadProfiles(
    const std::string& who, const std::function<void(Query&)>& bind) {
  std::unordered_map<std::string, domain::Profile> profiles;
  {
    domain::Profile p;
    Query q(sql_, std::string("SELECT ") + kProfileColumns + " FROM profiles WHERE " + who);
    bind(q);
    IntoProfile(q, p);
    while (q.Next()) profiles.emplace(p.person_id, p);
  }
  if (profiles.empty()) return profiles;

  domain::SkillTeach teach;
  ReadList(
      sql_, profiles, "profile_skills_teach", "skill, level", who, bind,
      [&](Query& q) { q.Into(teach.skill).Into(teach.level); },
      [&](domain::Profile& p, std::int64_t at) {
        Slot(p.skills_teach, at, "profile_skills_teach") = teach;
      });
  domain::SkillLearn learn;
  ReadList(
      sql_, profiles, "profile_skills_learn", "skill, current_level, target_level", who, bind,
      [&](Query& q) { q.Into(learn.skill).Into(learn.current_level).Into(learn.target_level); },
      [&](domain::Profile& p, std::int64_t at) {
        Slot(p.skills_learn, at, "profile_skills_learn") = learn;
      });
  std::string text;
  ReadList(
      sql_, profiles, "profile_interests", "label", who, bind, [&](Query& q) { q.Into(text); },
      [&](domain::Profile& p, std::int64_t at) {
        Slot(p.interests, at, "profile_interests") = text;
      });
  ReadList(
      sql_, profiles, "profile_languages", "code", who, bind, [&](Query& q) { q.Into(text); },
      [&](domain::Profile& p, std::int64_t at) {
        Slot(p.languages, at, "profile_languages") = text;
      });
  ReadList(
      sql_, profiles, "profile_goals", "text", who, bind, [&](Query& q) { q.Into(text); },
      [&](domain::Profile& p, std::int64_t at) { Slot(p.goals, at, "profile_goals").text = text; });
  // After the goals, so that goal_position indexes a complete p.goals.
  std::int64_t goal_position = 0;
  ReadList(
      sql_, profiles, "profile_goal_tags", "goal_position, tag", who, bind,
      [&](Query& q) { q.Into(goal_position).Into(text); },
      [&](domain::Profile& p, std::int64_t at) {
        if (goal_position < 0 || static_cast<size_t>(goal_position) >= p.goals.size())
          throw CorruptRow("profile_goal_tags.goal_position out of range");
        Slot(p.goals[goal_position].tags, at, "profile_goal_tags") = text;
      });
  domain::BackgroundEntry entry;
  ReadList(
      sql_, profiles, "profile_background", "field, value, visibility", who, bind,
      [&](Query& q) {
        q.Into(entry.field).Into(entry.value);
        q.IntoEnum(entry.visibility, &domain::ParseVisibility, "profile_background.visibility");
      },
      [&](domain::Profile& p, std::int64_t at) {
        Slot(p.background, at, "profile_background") = entry;
      });
  return profiles;
}

Result<std::optional<domain::Profile>> SociTx::FindProfile(const std::string& person_id) {
  return Run("FindProfile", [&]() -> Result<std::optional<domain::Profile>> {
    auto profiles =
        LoadProfiles("person_id = :person", [&](Query& q) { q.Use("person", person_id); });
    auto found = profiles.find(person_id);
    if (found == profiles.end()) return std::optional<domain::Profile>();
    return std::optional<domain::Profile>(std::move(found->second));
  });
}

Status SociTx::PutProfile(const domain::Profile& p) {
  return Run("PutProfile", [&]() -> Status {
    Query(sql_, "DELETE FROM profiles WHERE person_id = :person").Use("person", p.person_id).Exec();
    Query(sql_,
          "INSERT INTO profiles (person_id, headline, bio, time_zone, availability_hours_per_month,"
          " mentor_capacity, accepts_external_mentees, is_minor, guardian_name, guardian_email,"
          " updated_at, wants_outside_mentor, preferred_mentor_gender) VALUES (:person,"
          " :headline, :bio, :time_zone, :hours, :capacity, :external, :minor, :guardian_name,"
          " :guardian_email, :updated_at, :outside, :preferred_gender)")
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
        .UseBool("outside", p.mentee.wants_outside_mentor)
        .Use("preferred_gender", p.mentee.preferred_mentor_gender)
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
