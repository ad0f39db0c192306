#include "app/seed_demo_matching.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/match_rounds.h"
#include "app/matching_settings.h"
#include "app/mentor_requests.h"
#include "app/recommendations.h"
#include "app/relationships.h"

namespace tandem::app {
namespace {

// The seed's clock, moved back by a settable amount, so that what the use cases write looks
// like a few weeks of use.
class ShiftedClock : public Clock {
 public:
  explicit ShiftedClock(const Clock& base) : base_(base) {}
  Millis Now() const override { return base_.Now() - back_; }
  void Back(Millis by) { back_ = by; }

 private:
  const Clock& base_;
  Millis back_ = 0;
};

// "{mentor}" is the mentor's given name, "{a career}" the student's career with its article.
constexpr std::string_view kRequestMessages[] = {
    "Hi {mentor}! I want to become {a career} and I'd love to hear how you got where you are. "
    "Could you be my mentor this year?",
    "Hello {mentor}, my counselor suggested I reach out. I'm trying to figure out college and "
    "what it takes to become {a career}.",
    "Hi {mentor}, I want to become {a career} but I don't know anyone who does that kind of "
    "work. Would you be willing to mentor me?",
};
// To the demo mentor, whose profile says he builds forecasting models for hospitals.
constexpr std::string_view kToDemoMentor =
    "Hi {mentor}, I read that you build forecasting models for hospitals. I want to become "
    "{a career} and I'd like to learn how people use data in their jobs. Could you be my "
    "mentor?";

std::string Replace(std::string text, std::string_view key, const std::string& value) {
  for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

std::string Message(std::string_view text, const std::string& mentor_name,
                    const std::string& career) {
  const std::string given = mentor_name.substr(0, mentor_name.find(' '));
  const bool vowel =
      !career.empty() && std::string_view("aeiou").find(career[0]) != std::string_view::npos;
  return Replace(Replace(std::string(text), "{mentor}", given), "{a career}",
                 (vowel ? "an " : "a ") + career);
}

class MatchingSeeder {
 public:
  MatchingSeeder(const Context& ctx, const DemoCast& cast)
      : clock_(ctx.clock),
        ctx_{ctx.store, ctx.hasher, ctx.tokens, clock_, ctx.public_url},
        cast_(cast) {}

  Result<DemoMatchingCounts> Run() {
    RETURN_IF_ERROR(SeedCircles());
    RETURN_IF_ERROR(SeedCareerRequests());
    return counts_;
  }

 private:
  static Caller As(const std::string& person_id) { return Caller{person_id}; }

  // --- Northwind Growth Circles: a round published three weeks ago --------------------------

  // The relationship of the round's pair, as the mentee sees it.
  Result<std::string> RelationshipId(const std::string& mentee_id, const std::string& mentor_id) {
    PageRequest page{kMaxPageSize, ""};
    do {
      ASSIGN_OR_RETURN(auto mine, ListMyRelationships(ctx_, As(mentee_id), page));
      for (const auto& v : mine.items)
        if (v.relationship.program_id == cast_.circles_id &&
            v.relationship.mentor_id == mentor_id)
          return v.relationship.id;
      page.cursor = mine.next_cursor;
    } while (!page.cursor.empty());
    return Internal("The published demo match has no relationship.");
  }

  Status SeedCircles() {
    const Caller coordinator = As(cast_.northwind_coordinator_id);
    const std::string& org = cast_.northwind_id;
    // Each colleague joins one circle (a group program allows three mentors by default).
    clock_.Back(22 * kDay);
    ASSIGN_OR_RETURN(auto settings, GetMatchingSettings(ctx_, coordinator, org, cast_.circles_id));
    settings.max_mentors_per_mentee = 1;
    RETURN_IF_ERROR(
        PutMatchingSettings(ctx_, coordinator, org, cast_.circles_id, settings).status());

    clock_.Back(21 * kDay);
    ASSIGN_OR_RETURN(RoundView round, RunMatchRound(ctx_, coordinator, org, cast_.circles_id, {}));
    clock_.Back(21 * kDay - 2 * kHour);
    ASSIGN_OR_RETURN(RoundView published,
                     PublishMatchRound(ctx_, coordinator, org, round.round.id));
    ++counts_.match_rounds;

    // In name order: most answer within a few days on both sides; every sixth pair waits for
    // the lead's answer, the next for both.
    for (size_t k = 0; k < published.proposals.size(); ++k) {
      const domain::Proposal& p = published.proposals[k].proposal;
      ++counts_.relationships;
      const bool mentee_answers = k % 6 != 5;
      const bool mentor_answers = k % 6 < 4;
      if (!mentee_answers) continue;
      ASSIGN_OR_RETURN(std::string id, RelationshipId(p.mentee_id, p.mentor_id));
      clock_.Back((20 - static_cast<int>(k % 3)) * kDay);
      RETURN_IF_ERROR(RespondToRelationship(ctx_, As(p.mentee_id), org, id, true).status());
      if (!mentor_answers) continue;
      clock_.Back((19 - static_cast<int>(k % 4)) * kDay + 5 * kHour);
      RETURN_IF_ERROR(RespondToRelationship(ctx_, As(p.mentor_id), org, id, true).status());
      ++counts_.active_relationships;
    }
    return Status::Ok();
  }

  // --- Career Pathways Mentoring: a few requests, most mentees left for a coordinator's round --

  // The student's first 100 recommendations (the demo program has fewer mentors).
  Result<std::vector<Recommendation>> Recommended(const DemoStudent& s) {
    ASSIGN_OR_RETURN(auto page, RecommendMentors(ctx_, As(s.id), cast_.lincoln_id, cast_.career_id,
                                                 {}, PageRequest{100, ""}));
    return std::move(page.items);
  }

  // The student's best-ranked mentors other than the demo mentor, at most n.
  Result<std::vector<Recommendation>> Top(const DemoStudent& s, size_t n) {
    ASSIGN_OR_RETURN(auto recs, Recommended(s));
    std::vector<Recommendation> out;
    for (auto& r : recs)
      if (r.mentor_id != cast_.demo_mentor_id && out.size() < n) out.push_back(std::move(r));
    return out;
  }

  Result<RequestView> Ask(const DemoStudent& s, const Recommendation& mentor,
                          std::string_view text) {
    return RequestMentor(ctx_, As(s.id), cast_.lincoln_id, cast_.career_id, mentor.mentor_id,
                         Message(text, mentor.name, s.career));
  }

  Status SeedCareerRequests() {
    // student001 signs in for the rate-limit journey; leave it out.
    std::vector<const DemoStudent*> pool;
    for (size_t i = 1; i < cast_.students.size() && pool.size() < 12; ++i)
      pool.push_back(&cast_.students[i]);

    // Ten days ago one student asked their best-ranked mentor, who accepted the next day.
    size_t next = 0;
    if (next < pool.size()) {
      const DemoStudent& s = *pool[next++];
      clock_.Back(10 * kDay + 3 * kHour);
      ASSIGN_OR_RETURN(auto top, Top(s, 1));
      if (!top.empty()) {
        ASSIGN_OR_RETURN(RequestView asked, Ask(s, top[0], kRequestMessages[0]));
        clock_.Back(9 * kDay);
        RETURN_IF_ERROR(RespondToRequest(ctx_, As(top[0].mentor_id), cast_.lincoln_id,
                                         asked.request.id, true, "")
                            .status());
        ++counts_.relationships;
        ++counts_.active_relationships;
      }
    }

    // Of the next students, the one who ranks the demo mentor highest (the first such in
    // order) asks him and their best other mentor, so his Requests page has one waiting with
    // its reasons. Each ranking loads the whole program, so only a few students are looked at.
    clock_.Back(2 * kDay - 4 * kHour);
    std::optional<size_t> chosen;
    size_t best_rank = SIZE_MAX;
    std::vector<Recommendation> chosen_recs;
    for (size_t i = next; i < pool.size(); ++i) {
      ASSIGN_OR_RETURN(auto recs, Recommended(*pool[i]));
      for (size_t rank = 0; rank < recs.size(); ++rank) {
        if (recs[rank].mentor_id != cast_.demo_mentor_id) continue;
        if (rank < best_rank) {
          best_rank = rank;
          chosen = i;
          chosen_recs = recs;
        }
        break;
      }
    }
    if (chosen) {
      const DemoStudent& s = *pool[*chosen];
      const auto jordan = std::find_if(chosen_recs.begin(), chosen_recs.end(), [&](const auto& r) {
        return r.mentor_id == cast_.demo_mentor_id;
      });
      RETURN_IF_ERROR(Ask(s, *jordan, kToDemoMentor).status());
      ++counts_.pending_requests;
      ASSIGN_OR_RETURN(auto other, Top(s, 1));
      if (!other.empty()) {
        RETURN_IF_ERROR(Ask(s, other[0], kRequestMessages[1]).status());
        ++counts_.pending_requests;
      }
    }

    // Three more students have one, two and one requests open, sent a day or two ago.
    const size_t asks[] = {1, 2, 1};
    for (size_t n : asks) {
      if (next < pool.size() && chosen && next == *chosen) ++next;
      if (next >= pool.size()) break;
      const DemoStudent& s = *pool[next];
      clock_.Back((1 + static_cast<int>(next % 2)) * kDay + static_cast<int>(next) * kHour);
      ASSIGN_OR_RETURN(auto top, Top(s, n));
      for (size_t k = 0; k < top.size(); ++k) {
        RETURN_IF_ERROR(Ask(s, top[k], kRequestMessages[(next + k) % 3]).status());
        ++counts_.pending_requests;
      }
      ++next;
    }
    return Status::Ok();
  }

  ShiftedClock clock_;
  Context ctx_;
  const DemoCast& cast_;
  DemoMatchingCounts counts_;
};

}  // namespace

Result<DemoMatchingCounts> SeedDemoMatching(const Context& ctx, const DemoCast& cast) {
  return MatchingSeeder(ctx, cast).Run();
}

}  // namespace tandem::app
