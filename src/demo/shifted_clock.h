// The seed's clock moved back by a settable amount, so that what the use cases write looks like
// a few weeks of use. Not thread-safe.
#ifndef TANDEM_DEMO_SHIFTED_CLOCK_H_
#define TANDEM_DEMO_SHIFTED_CLOCK_H_

#include "app/context.h"
#include "base/time.h"

namespace tandem::demo {

class ShiftedClock : public Clock {
 public:
  explicit ShiftedClock(const Clock& base) : base_(base) {}
  Millis Now() const override { return base_.Now() - back_; }
  // From now on, Now() is `by` before the base clock's.
  void Back(Millis by) { back_ = by; }

 private:
  const Clock& base_;
  Millis back_ = 0;
};

// A copy of ctx whose use cases read the clock `clock` (which must outlive it).
inline app::Context WithClock(const app::Context& ctx, Clock& clock) {
  app::Context out{ctx.store, ctx.hasher, ctx.tokens, clock, ctx.public_url};
  return out;
}

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_SHIFTED_CLOCK_H_
