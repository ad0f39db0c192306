#include "app/admin.h"

namespace tandem::app {

Result<OutboxView> ListOutbox(const Context& ctx, const Caller& caller, const PageRequest& page) {
  RETURN_IF_ERROR(domain::Authorize(domain::Actor{caller.person_id, caller.is_platform_admin},
                                    domain::Action::kViewOutbox));
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("outbox", page));
  OutboxView view{ctx.mail_mode, {}};
  ASSIGN_OR_RETURN(auto rows, InReadTx<PageRows<domain::OutboxMessage>>(
                                  ctx.store, [&](Tx& tx) { return tx.ListOutbox(pager.query()); }));
  view.messages = pager.Close(std::move(rows));
  if (view.mode == MailMode::kSmtp)
    for (domain::OutboxMessage& m : view.messages.items) m.body.clear();
  return view;
}

}  // namespace tandem::app
