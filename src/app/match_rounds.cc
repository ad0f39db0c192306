#include "app/match_rounds.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/agreements.h"
#include "app/match_context.h"
#include "app/match_round_compute.h"
#include "app/notifications.h"
#include "app/reconcile.h"
#include "app/relationships.h"
#include "app/request_budget.h"
#include "app/round_scope.h"
#include "app/safeguarding.h"
#include "base/ids.h"

namespace tandem::app {

using domain::Action;

namespace {

// People's names by id, each read once per transaction.
class NameCache {
 public:
  explicit NameCache(Tx& tx) : tx_(tx) {}
  Result<std::string> operator()(const std::string& id) {
    auto it = names_.find(id);
    if (it != names_.end()) return it->second;
    ASSIGN_OR_RETURN(domain::Person p, tx_.GetPerson(id));
    return names_[id] = p.name;
  }

 private:
  Tx& tx_;
  std::map<std::string, std::string> names_;
};

Result<RoundView> LoadView(Tx& tx, const std::string& org_id, const std::string& round_id,
                           NameCache* cache = nullptr) {
  RoundView v;
  ASSIGN_OR_RETURN(v.round, tx.GetRound(org_id, round_id));
  ASSIGN_OR_RETURN(auto proposals, tx.ListProposals(org_id, round_id));
  ASSIGN_OR_RETURN(auto unmatched, tx.ListUnmatched(org_id, round_id));
  NameCache own(tx);
  NameCache& name_of = cache ? *cache : own;
  for (auto& p : proposals) {
    ASSIGN_OR_RETURN(std::string mentee, name_of(p.mentee_id));
    ASSIGN_OR_RETURN(std::string mentor, name_of(p.mentor_id));
    v.proposals.push_back({std::move(p), mentee, mentor});
  }
  for (auto& u : unmatched) {
    ASSIGN_OR_RETURN(std::string mentee, name_of(u.mentee_id));
    v.unmatched.push_back({std::move(u), mentee});
  }
  auto by_name = [](const auto& a, const auto& b) { return a.mentee_name < b.mentee_name; };
  std::stable_sort(v.proposals.begin(), v.proposals.end(), by_name);
  std::stable_sort(v.unmatched.begin(), v.unmatched.end(), by_name);
  return v;
}

Status StoreComputed(Tx& tx, domain::MatchRound& round, const Computed& c, bool insert) {
  round.total_score = static_cast<int>(c.total);
  round.matched = c.matched;
  round.unmatched = static_cast<int>(c.unmatched.size());
  round.priority_cost = static_cast<int>(c.priority_cost);
  RETURN_IF_ERROR(insert ? tx.InsertRound(round) : tx.UpdateRound(round));
  RETURN_IF_ERROR(tx.ReplaceProposals(round.organisation_id, round.id, c.proposals));
  return tx.ReplaceUnmatched(round.organisation_id, round.id, c.unmatched);
}

// The round's lock (Tx::LockRound); NotFound in the use cases' words.
Status LockRoundOrNotFound(Tx& tx, const std::string& org_id, const std::string& round_id) {
  Status locked = tx.LockRound(org_id, round_id);
  if (locked.code() == StatusCode::kNotFound) return NotFound("No such match round.");
  return locked;
}

Status RequireDraft(const domain::MatchRound& r) {
  if (r.status != domain::RoundStatus::kDraft)
    return FailedPrecondition("This match round is " +
                              std::string(domain::RoundStatusName(r.status)) +
                              "; only draft rounds can change.");
  return Status::Ok();
}

// Locks the round (an edit, a re-run and a publish of one round take turns) and reads it under
// the lock: NotFound in the use cases' words, FailedPrecondition unless it is still a draft.
Result<domain::MatchRound> LockDraftRound(Tx& tx, const std::string& org_id,
                                          const std::string& round_id) {
  RETURN_IF_ERROR(LockRoundOrNotFound(tx, org_id, round_id));
  Result<domain::MatchRound> round = tx.GetRound(org_id, round_id);
  if (round.status().code() == StatusCode::kNotFound) return NotFound("No such match round.");
  if (!round.ok()) return round.status();
  RETURN_IF_ERROR(RequireDraft(*round));
  return round;
}

// A round with its proposals and its program's context, read in one snapshot.
struct LoadedRound {
  domain::MatchRound round;
  std::vector<domain::Proposal> proposals;
  std::unique_ptr<MatchContext> mc;
};

// Loads the round, its proposals and its program context (one read transaction) after
// authorising the caller.
Result<LoadedRound> LoadRound(const Context& ctx, const Caller& caller, const std::string& org_id,
                              const std::string& round_id) {
  return InReadTx<LoadedRound>(ctx.store, [&](Tx& tx) -> Result<LoadedRound> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    auto round = tx.GetRound(org_id, round_id);
    if (!round.ok()) return NotFound("No such match round.");
    LoadedRound out;
    ASSIGN_OR_RETURN(out.proposals, tx.ListProposals(org_id, round_id));
    ASSIGN_OR_RETURN(out.mc, LoadMatchContext(tx, org_id, round->program_id, ctx.clock.Now()));
    out.round = std::move(round).value();
    return out;
  });
}

}  // namespace

Result<RoundView> RunMatchRound(const Context& ctx, const Caller& caller, const std::string& org_id,
                                const std::string& program_id, const RoundRequest& request) {
  if (request.candidates_per_mentee < 1 || request.candidates_per_mentee > 1000)
    return FieldInvalid("candidates_per_mentee", "must be between 1 and 1000");
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  ASSIGN_OR_RETURN(
      auto mc,
      InReadTx<std::unique_ptr<MatchContext>>(
          ctx.store, [&](Tx& tx) -> Result<std::unique_ptr<MatchContext>> {
            RETURN_IF_ERROR(
                Authorized(tx, caller, org_id, Action::kManageMatching, "program").status());
            auto mc = LoadMatchContext(tx, org_id, program_id, ctx.clock.Now());
            if (!mc.ok() && mc.status().code() == StatusCode::kNotFound)
              return NotFound("No such program.");
            return mc;
          }));
  std::vector<std::string> mentee_scope = request.mentee_scope;
  if (request.mentee_filter) {
    if (!mentee_scope.empty())
      return FieldInvalid("mentee_filter", "cannot be given together with mentee_ids");
    ASSIGN_OR_RETURN(mentee_scope, ResolveMenteeFilter(mc->mentees, *request.mentee_filter));
  }
  for (const auto& id : mentee_scope)
    if (!mc->mentee_index.count(id))
      return FieldInvalid("mentee_ids", "names someone who is not an active mentee: " + id);
  for (const auto& id : request.mentor_scope)
    if (!mc->mentor_index.count(id))
      return FieldInvalid("mentor_ids", "names someone who is not an active mentor: " + id);

  domain::MatchRound round;
  round.id = NewId();
  round.organisation_id = org_id;
  round.program_id = program_id;
  round.objective = request.objective;
  round.mentee_scope = std::move(mentee_scope);
  round.mentor_scope = request.mentor_scope;
  round.candidates_per_mentee = request.candidates_per_mentee;
  round.created_by = caller.person_id;
  round.created_at = ctx.clock.Now();
  ASSIGN_OR_RETURN(Computed c, ComputeRound(*mc, round, round.candidates_per_mentee, {}));
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(StoreComputed(tx, round, c, true));
    return LoadView(tx, org_id, round.id);
  });
}

Result<RoundView> GetMatchRound(const Context& ctx, const Caller& caller, const std::string& org_id,
                                const std::string& round_id) {
  return InReadTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    auto v = LoadView(tx, org_id, round_id);
    if (!v.ok() && v.status().code() == StatusCode::kNotFound)
      return NotFound("No such match round.");
    return v;
  });
}

Result<Page<domain::MatchRound>> ListMatchRounds(const Context& ctx, const Caller& caller,
                                                 const std::string& org_id,
                                                 const std::string& program_id,
                                                 const PageRequest& page) {
  using Out = Page<domain::MatchRound>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kManageMatching, "program").status());
    if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("match_rounds", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListRounds(org_id, program_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

namespace {

// Applies fn to the round's proposals in one write transaction, then returns the view.
Result<RoundView> EditProposals(
    const Context& ctx, const Caller& caller, const std::string& org_id,
    const std::string& round_id,
    const std::function<Status(Tx&, domain::MatchRound&, std::vector<domain::Proposal>&)>& fn) {
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    ASSIGN_OR_RETURN(domain::MatchRound round, LockDraftRound(tx, org_id, round_id));
    ASSIGN_OR_RETURN(auto proposals, tx.ListProposals(org_id, round_id));
    RETURN_IF_ERROR(fn(tx, round, proposals));
    int64_t total = 0;
    for (const auto& p : proposals) total += p.score;
    round.total_score = static_cast<int>(total);
    RETURN_IF_ERROR(tx.UpdateRound(round));
    RETURN_IF_ERROR(tx.ReplaceProposals(org_id, round_id, proposals));
    return LoadView(tx, org_id, round_id);
  });
}

// Same pairs with the same locks (both lists come from ListProposals, so in one order).
bool SameProposals(const std::vector<domain::Proposal>& a, const std::vector<domain::Proposal>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
    return x.mentee_id == y.mentee_id && x.mentor_id == y.mentor_id && x.locked == y.locked;
  });
}

std::vector<domain::Proposal>::iterator FindProposal(std::vector<domain::Proposal>& ps,
                                                     const std::string& mentee,
                                                     const std::string& mentor) {
  return std::find_if(ps.begin(), ps.end(), [&](const domain::Proposal& p) {
    return p.mentee_id == mentee && p.mentor_id == mentor;
  });
}

}  // namespace

Result<RoundView> SetProposalLock(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& round_id,
                                  const std::string& mentee_id, const std::string& mentor_id,
                                  bool locked) {
  return EditProposals(ctx, caller, org_id, round_id,
                       [&](Tx&, domain::MatchRound&, std::vector<domain::Proposal>& ps) -> Status {
                         auto it = FindProposal(ps, mentee_id, mentor_id);
                         if (it == ps.end()) return NotFound("No such proposal in this round.");
                         it->locked = locked;
                         return Status::Ok();
                       });
}

Result<RoundView> RemoveProposal(const Context& ctx, const Caller& caller,
                                 const std::string& org_id, const std::string& round_id,
                                 const std::string& mentee_id, const std::string& mentor_id) {
  const Millis now = ctx.clock.Now();
  return EditProposals(
      ctx, caller, org_id, round_id,
      [&](Tx& tx, domain::MatchRound& round, std::vector<domain::Proposal>& ps) -> Status {
        auto it = FindProposal(ps, mentee_id, mentor_id);
        if (it == ps.end()) return NotFound("No such proposal in this round.");
        ps.erase(it);
        Status st = tx.InsertExclusion(
            {org_id, round.program_id, mentee_id, mentor_id, "Removed from a match round", now});
        if (!st.ok() && st.code() != StatusCode::kAlreadyExists) return st;
        ASSIGN_OR_RETURN(auto unmatched, tx.ListUnmatched(org_id, round_id));
        bool still_matched = std::any_of(ps.begin(), ps.end(), [&](const domain::Proposal& p) {
          return p.mentee_id == mentee_id;
        });
        if (!still_matched) {
          unmatched.push_back({round_id, org_id, mentee_id,
                               std::string(domain::kUnmatchedRemovedByCoordinator), {}});
          round.matched = std::max(0, round.matched - 1);
          round.unmatched = static_cast<int>(unmatched.size());
          RETURN_IF_ERROR(tx.ReplaceUnmatched(org_id, round_id, unmatched));
        }
        return Status::Ok();
      });
}

Result<RoundView> SwapProposal(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& round_id, const std::string& mentee_id,
                               const std::string& from_mentor_id, const std::string& to_mentor_id) {
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  ASSIGN_OR_RETURN(LoadedRound loaded, LoadRound(ctx, caller, org_id, round_id));
  const MatchContext& mc = *loaded.mc;
  auto i = mc.mentee_index.find(mentee_id);
  auto j = mc.mentor_index.find(to_mentor_id);
  if (i == mc.mentee_index.end()) return NotFound("No such mentee in this program.");
  if (j == mc.mentor_index.end())
    return FieldInvalid("to_mentor_id", "is not an active mentor of this program");
  RETURN_IF_ERROR(domain::CheckReach(mc.program, mc.FactsOf(to_mentor_id), mc.mentors[j->second].name,
                                     mc.FactsOf(mentee_id), mc.mentees[i->second].name));
  int score = mc.PairScore(i->second, j->second);
  auto explanation = mc.scorer->Explain(mc.features.mentees[i->second],
                                        mc.features.mentors[j->second], mc.features.vocab);
  if (score < 0)
    return FailedPrecondition("That pair breaks a hard constraint: " +
                              (explanation.feasible
                                   ? std::string("excluded or already matched")
                                   : matching::EnglishInfeasibility(explanation.infeasibility,
                                                                    matching::Perspective::kMentee)) +
                              ".");
  const int capacity = mc.RemainingCapacity()[j->second];
  // No current mentor: the hand assignment of an unmatched mentee (issue 9, point 9).
  const bool assign = from_mentor_id.empty();
  if (assign && mc.RemainingMenteeLimit()[i->second] <= 0)
    return FailedPrecondition(mc.mentees[i->second].name +
                              " already has as many mentors as this program allows.");
  return EditProposals(
      ctx, caller, org_id, round_id,
      [&](Tx& tx, domain::MatchRound& round, std::vector<domain::Proposal>& ps) -> Status {
        auto it = ps.end();
        std::vector<domain::Unmatched> unmatched;
        if (assign) {
          if (std::any_of(ps.begin(), ps.end(),
                          [&](const auto& p) { return p.mentee_id == mentee_id; }))
            return AlreadyExists(
                "That mentee already has a proposal in this round; swap it instead.");
          ASSIGN_OR_RETURN(unmatched, tx.ListUnmatched(org_id, round_id));
          auto gone = std::remove_if(unmatched.begin(), unmatched.end(),
                                     [&](const auto& u) { return u.mentee_id == mentee_id; });
          if (gone == unmatched.end()) return NotFound("No such unmatched mentee in this round.");
          unmatched.erase(gone, unmatched.end());
        } else {
          it = FindProposal(ps, mentee_id, from_mentor_id);
          if (it == ps.end()) return NotFound("No such proposal in this round.");
        }
        if (FindProposal(ps, mentee_id, to_mentor_id) != ps.end())
          return AlreadyExists("That pair is already proposed.");
        int used = static_cast<int>(std::count_if(
            ps.begin(), ps.end(), [&](const auto& p) { return p.mentor_id == to_mentor_id; }));
        if (used >= capacity)
          return FailedPrecondition("That mentor has no room left in this round (capacity " +
                                    std::to_string(capacity) + ").");
        if (assign) {
          ps.push_back({round_id, org_id, mentee_id, to_mentor_id, score, explanation.Reasons(),
                        true, explanation.ShownTotal()});
          round.matched += 1;
          round.unmatched = static_cast<int>(unmatched.size());
          return tx.ReplaceUnmatched(org_id, round_id, unmatched);
        }
        it->mentor_id = to_mentor_id;
        it->score = score;
        it->reasons = explanation.Reasons();
        it->shown_score = explanation.ShownTotal();
        it->locked = true;
        return Status::Ok();
      });
}

Result<RoundView> RerunMatchRound(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& round_id) {
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  // Round, proposals and context come from one snapshot, so the proposals compared below are
  // the ones the solve started from.
  ASSIGN_OR_RETURN(LoadedRound loaded, LoadRound(ctx, caller, org_id, round_id));
  domain::MatchRound& round = loaded.round;
  RETURN_IF_ERROR(RequireDraft(round));
  std::vector<std::pair<std::string, std::string>> locked;
  for (const auto& p : loaded.proposals)
    if (p.locked) locked.push_back({p.mentee_id, p.mentor_id});
  ASSIGN_OR_RETURN(Computed c, ComputeRound(*loaded.mc, round, round.candidates_per_mentee, locked));
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    // The result replaces the proposals only if nobody published or edited the round while it
    // was being computed (outside any transaction); otherwise the edit would be lost.
    ASSIGN_OR_RETURN(domain::MatchRound fresh, LockDraftRound(tx, org_id, round_id));
    ASSIGN_OR_RETURN(auto now_proposals, tx.ListProposals(org_id, round_id));
    if (!SameProposals(now_proposals, loaded.proposals))
      return FailedPrecondition(
          "This match round was edited while it was being re-run; re-run it again.");
    RETURN_IF_ERROR(StoreComputed(tx, round, c, false));
    return LoadView(tx, org_id, round_id);
  });
}

Result<RoundView> PublishMatchRound(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& round_id) {
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  const Millis now = ctx.clock.Now();
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    // Lock order: the round (so it cannot be re-run, edited or published meanwhile), then
    // everyone it proposes, in one call (ascending id). Every count below is read after that,
    // so it includes whatever a concurrent acceptance or publish committed for these people.
    ASSIGN_OR_RETURN(domain::MatchRound round, LockDraftRound(tx, org_id, round_id));
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, round.program_id));
    ASSIGN_OR_RETURN(domain::MatchingSettings settings, SettingsOrDefaults(tx, program));
    ASSIGN_OR_RETURN(auto proposals, tx.ListProposals(org_id, round_id));
    {
      std::vector<std::string> people;
      for (const auto& p : proposals) {
        people.push_back(p.mentee_id);
        people.push_back(p.mentor_id);
      }
      Status locked = tx.LockParticipants(org_id, program.id, std::move(people));
      if (locked.code() == StatusCode::kNotFound)
        return FailedPrecondition(
            "Someone in this round is no longer in the program; re-run the round before "
            "publishing.");
      RETURN_IF_ERROR(locked);
    }
    {
      // Everyone proposed must still hold an active place (read under their locks): someone
      // whose enrollment ended since the round ran is never paired by publishing it.
      EnrollmentFilter active;
      active.status = domain::EnrollmentStatus::kActive;
      ASSIGN_OR_RETURN(auto enrolled, tx.ListEnrollmentViews(org_id, program.id, active));
      std::set<std::pair<std::string, domain::ProgramRole>> places;
      for (const auto& v : enrolled) places.insert({v.enrollment.person_id, v.enrollment.role});
      const bool peer_program = program.type == domain::ProgramType::kPeer;
      auto placed = [&](const std::string& who, domain::ProgramRole role) {
        if (peer_program)
          return places.count({who, domain::ProgramRole::kMentee}) +
                     places.count({who, domain::ProgramRole::kMentor}) > 0;
        return places.count({who, role}) > 0;
      };
      for (const auto& p : proposals)
        if (!placed(p.mentee_id, domain::ProgramRole::kMentee) ||
            !placed(p.mentor_id, domain::ProgramRole::kMentor))
          return FailedPrecondition(
              "Someone in this round is no longer in the program; re-run the round before "
              "publishing.");
    }
    ASSIGN_OR_RETURN(auto mentors,
                     tx.ListParticipants(org_id, program.id, domain::ProgramRole::kMentor));
    std::map<std::string, int> capacity;
    for (const auto& m : mentors) capacity[m.enrollment.person_id] = MentorCapacity(m, program);
    // Who already holds a proposed or active relationship in this program, and how many
    // places each mentor has taken: one query (read under the locks above), not one per
    // proposal or mentor.
    std::map<std::string, int> used;        // places taken, by mentor
    std::map<std::string, int> mentee_has;  // as mentee
    std::set<std::string> paired;           // on either side
    {
      ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, {}));
      for (const auto& r : rels) {
        if (!r.UsesCapacity()) continue;
        ++used[r.mentor_id];
        ++mentee_has[r.mentee_id];
        paired.insert(r.mentee_id);
        paired.insert(r.mentor_id);
      }
    }
    NameCache name_of(tx);
    const bool peer = program.type == domain::ProgramType::kPeer;
    // Safeguarding is decided now, with the facts read under the locks above: a mentor whose
    // screening or training lapsed after the round ran stops the whole publish.
    {
      std::map<std::string, domain::SafeguardingFacts> facts;
      ASSIGN_OR_RETURN(auto mentees,
                       tx.ListParticipants(org_id, program.id, domain::ProgramRole::kMentee));
      for (const auto* list : {&mentees, &mentors})
        for (const auto& x : *list) MergeFacts(facts[x.enrollment.person_id], x);
      SafeguardingFactsCache others(tx, org_id, program.id);  // anyone no longer active
      for (const auto& p : proposals) {
        if (!facts.count(p.mentee_id) || !facts.count(p.mentor_id)) {
          RETURN_IF_ERROR(CheckPair(tx, others, program, p.mentee_id, p.mentor_id));
          continue;
        }
        const auto& mentee_facts = facts[p.mentee_id];
        const auto& mentor_facts = facts[p.mentor_id];
        if (domain::MayReach(program, mentor_facts, mentee_facts) == domain::Reach::kAllowed)
          continue;
        ASSIGN_OR_RETURN(std::string mentee, name_of(p.mentee_id));
        ASSIGN_OR_RETURN(std::string mentor, name_of(p.mentor_id));
        Status refused = domain::CheckReach(program, mentor_facts, mentor, mentee_facts, mentee);
        return FailedPrecondition(refused.message() +
                                  " Nothing was published; re-run the round.");
      }
    }
    for (const auto& p : proposals) {
      // Counted under the locks above, plus the pairs this publish has created so far.
      domain::PairRoom room;
      room.peer = peer;
      room.mentor_capacity = capacity[p.mentor_id];
      room.mentor_places_taken = used[p.mentor_id];
      room.mentee_mentors = mentee_has[p.mentee_id];
      room.max_mentors_per_mentee = settings.max_mentors_per_mentee;
      room.mentee_paired = paired.count(p.mentee_id) > 0;
      room.mentor_paired = paired.count(p.mentor_id) > 0;
      auto refuse = [&](domain::RoomLack lack) -> Status {
        const bool mentee_side =
            lack == domain::RoomLack::kMenteePaired || lack == domain::RoomLack::kMenteeFull;
        ASSIGN_OR_RETURN(std::string name, name_of(mentee_side ? p.mentee_id : p.mentor_id));
        switch (lack) {
          case domain::RoomLack::kMenteePaired:
          case domain::RoomLack::kMentorPaired:
            // Peers: each person in at most one proposed or active pair, on either side.
            return FailedPrecondition(name +
                                      " has been paired since this round ran; re-run the round "
                                      "before publishing.");
          case domain::RoomLack::kMenteeFull:
            return FailedPrecondition(name +
                                      " has been matched since this round ran; re-run the round "
                                      "before publishing.");
          case domain::RoomLack::kMentorFull:
            return FailedPrecondition(name +
                                      " no longer has room for all proposed mentees; re-run the "
                                      "round before publishing.");
          case domain::RoomLack::kNone: break;
        }
        return Internal("unhandled lack of room");
      };
      auto created = CreateRelationship(
          tx, room,
          {.id = NewId(),
           .organisation_id = org_id,
           .program_id = program.id,
           .mentee_id = p.mentee_id,
           .mentor_id = p.mentor_id,
           .source = domain::RelationshipSource::kMatchRound,
           .require_acceptance = settings.require_acceptance,
           .score = p.shown_score,  // what the explanation names (Proposal::shown_score)
           .reasons = p.reasons},
          now, refuse);
      if (created.status().code() == StatusCode::kAlreadyExists)
        return FailedPrecondition("A proposed pair is already matched; re-run the round.");
      RETURN_IF_ERROR(created.status());
      domain::Relationship& r = *created;
      // Active at once, but the program's agreement comes first when it has one.
      RETURN_IF_ERROR(HoldForAgreement(ctx, tx, r, now));
      ++used[p.mentor_id];
      ++mentee_has[p.mentee_id];
      paired.insert(p.mentee_id);
      paired.insert(p.mentor_id);
      ASSIGN_OR_RETURN(std::string mentee, name_of(p.mentee_id));
      ASSIGN_OR_RETURN(std::string mentor, name_of(p.mentor_id));
      const auto told = settings.require_acceptance ? &domain::MatchProposed
                                                    : &domain::MatchMatched;
      using domain::OtherRole;
      RETURN_IF_ERROR(Notify(tx, p.mentee_id, org_id, now,
                             told(r.id, program.name, mentor,
                                  peer ? OtherRole::kPeer : OtherRole::kMentor)));
      RETURN_IF_ERROR(Notify(tx, p.mentor_id, org_id, now,
                             told(r.id, program.name, mentee,
                                  peer ? OtherRole::kPeer : OtherRole::kMentee)));
    }
    {
      // Requests and round matches are one set of facts (domain/reconcile.h): everyone this
      // round matched who now holds every mentor the program allows has their other pending
      // requests withdrawn, and those mentors are told. Under the locks taken above.
      std::set<std::string> matched;
      for (const auto& p : proposals) {
        matched.insert(p.mentee_id);
        if (peer) matched.insert(p.mentor_id);  // peers ask each other from either side
      }
      for (const auto& who : matched)
        RETURN_IF_ERROR(WithdrawRequestsMatchedElsewhere(tx, program,
                                                         settings.max_mentors_per_mentee, who, now)
                            .status());
    }
    round.status = domain::RoundStatus::kPublished;
    round.published_at = now;
    RETURN_IF_ERROR(tx.UpdateRound(round));
    return LoadView(tx, org_id, round_id, &name_of);
  });
}

Result<RoundView> DiscardMatchRound(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& round_id) {
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    // Under the round's lock: a re-run, an edit or a publish either finished before (and this
    // discards its result, or finds the round published) or waits and then finds it discarded.
    ASSIGN_OR_RETURN(domain::MatchRound round, LockDraftRound(tx, org_id, round_id));
    round.status = domain::RoundStatus::kDiscarded;
    RETURN_IF_ERROR(tx.UpdateRound(round));
    NameCache name_of(tx);
    return LoadView(tx, org_id, round_id, &name_of);
  });
}

}  // namespace tandem::app
