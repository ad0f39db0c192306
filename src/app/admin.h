// Platform operator use cases.
#ifndef TANDEM_APP_ADMIN_H_
#define TANDEM_APP_ADMIN_H_

#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/access.h"

namespace tandem::app {

struct OutboxView {
  MailMode mode = MailMode::kDevelopment;
  Page<domain::OutboxMessage> messages;  // newest first
};

// One page of the outbox (newest first), platform admins only. In development mail
// mode the outbox is the mailbox: whole messages. When mail is delivered (MailMode::kSmtp) it
// is delivery metadata only: every body is empty, so no page or endpoint shows a live reset or
// invitation token, not even to the platform administrator.
Result<OutboxView> ListOutbox(const Context& ctx, const Caller& caller, const PageRequest& page);

}  // namespace tandem::app

#endif  // TANDEM_APP_ADMIN_H_
