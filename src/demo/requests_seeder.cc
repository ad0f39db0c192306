#include "demo/requests_seeder.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/mentor_requests.h"
#include "app/recommendations.h"
#include "app/relationships.h"
#include "demo/data_requests.h"
#include "demo/shifted_clock.h"
#include "demo/text.h"

namespace tandem::demo {
namespace {

using app::PageRequest;
using app::Recommendation;
using app::RecommendMentors;
using app::RequestMentor;
using app::RequestView;
using app::RespondToRequest;

class RequestsSeeder {
 public:
  RequestsSeeder(const app::Context& ctx, const Cast& cast, SeedSummary& summary)
      : clock_(ctx.clock), ctx_(WithClock(ctx, clock_)), cast_(cast), summary_(summary) {}

  Status Run() {
    // student001 signs in for the rate-limit journey; leave it out.
    std::vector<const DemoStudent*> pool;
    for (size_t i = 1; i < cast_.students.size() && pool.size() < 12; ++i)
      pool.push_back(&cast_.students[i]);

    // Ten days ago one student asked their two best-ranked mentors; the first accepted the next
    // day, which withdrew the other request as matched elsewhere (that mentor was told).
    size_t next = 0;
    if (next < pool.size()) {
      const DemoStudent& s = *pool[next++];
      clock_.Back(10 * kDay + 3 * kHour);
      ASSIGN_OR_RETURN(auto top, Top(s, 2));
      if (!top.empty()) {
        ASSIGN_OR_RETURN(RequestView asked, Ask(s, top[0], kRequestMessages[0]));
        if (top.size() > 1) RETURN_IF_ERROR(Ask(s, top[1], kRequestMessages[1]).status());
        clock_.Back(9 * kDay);
        RETURN_IF_ERROR(RespondToRequest(ctx_, As(top[0].mentor_id), cast_.lincoln.id,
                                         asked.request.id, true, "")
                            .status());
        ++summary_.relationships;
        ++summary_.active_relationships;
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
        if (recs[rank].mentor_id != cast_.mentor.id) continue;
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
        return r.mentor_id == cast_.mentor.id;
      });
      RETURN_IF_ERROR(Ask(s, *jordan, kRequestToDemoMentor).status());
      ++summary_.pending_requests;
      ASSIGN_OR_RETURN(auto other, Top(s, 1));
      if (!other.empty()) {
        RETURN_IF_ERROR(Ask(s, other[0], kRequestMessages[1]).status());
        ++summary_.pending_requests;
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
        ++summary_.pending_requests;
      }
      ++next;
    }
    return Status::Ok();
  }

 private:
  // The student's first 100 recommendations (the demo program has fewer mentors).
  Result<std::vector<Recommendation>> Recommended(const DemoStudent& s) {
    ASSIGN_OR_RETURN(auto page, RecommendMentors(ctx_, As(s.id), cast_.lincoln.id, cast_.career.id,
                                                 {}, PageRequest{100, ""}));
    return std::move(page.items);
  }

  // The student's best-ranked mentors other than the demo mentor, at most n.
  Result<std::vector<Recommendation>> Top(const DemoStudent& s, size_t n) {
    ASSIGN_OR_RETURN(auto recs, Recommended(s));
    std::vector<Recommendation> out;
    for (auto& r : recs)
      if (r.mentor_id != cast_.mentor.id && out.size() < n) out.push_back(std::move(r));
    return out;
  }

  Result<RequestView> Ask(const DemoStudent& s, const Recommendation& mentor,
                          std::string_view text) {
    return RequestMentor(ctx_, As(s.id), cast_.lincoln.id, cast_.career.id, mentor.mentor_id,
                         FillForMentor(text, mentor.name, s.career));
  }

  static app::Caller As(const std::string& person_id) { return app::Caller{person_id}; }

  ShiftedClock clock_;
  const app::Context ctx_;
  const Cast& cast_;
  SeedSummary& summary_;
};

}  // namespace

Status SeedCareerRequests(const app::Context& ctx, const Cast& cast, SeedSummary& summary) {
  return RequestsSeeder(ctx, cast, summary).Run();
}

}  // namespace tandem::demo
