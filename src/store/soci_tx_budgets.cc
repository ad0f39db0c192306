// SociTx: request budgets (domain/request_budget.h), one atomic upsert per bucket.
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {

Result<int> SociTx::ChargeBudget(const std::string& bucket, Millis window_start,
                                 Millis expired_before) {
  return Run("ChargeBudget", [&]() -> Result<int> {
    Query(sql_, "DELETE FROM request_budgets WHERE window_start < :before")
        .UseInt("before", expired_before)
        .Exec();
    // One statement that both dialects run atomically: concurrent charges of one bucket
    // serialise on its row and each sees the count its own charge produced.
    return static_cast<int>(Query(sql_,
                                  "INSERT INTO request_budgets (bucket, window_start, used)"
                                  " VALUES (:bucket, :start, 1)"
                                  " ON CONFLICT (bucket, window_start)"
                                  " DO UPDATE SET used = request_budgets.used + 1"
                                  " RETURNING used")
                                .Use("bucket", bucket)
                                .UseInt("start", window_start)
                                .Scalar());
  });
}

}  // namespace tandem::store
