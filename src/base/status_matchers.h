// GoogleTest assertions on Status and Result<T>, for every test in the project (test code only:
// it includes gtest). They print the status on failure and accept `<< "context"`:
//   ASSERT_OK(store->Transact(...));        EXPECT_OK(result);   // Status or Result<T>
//   EXPECT_CODE(UseCase(...), StatusCode::kNotFound);
#ifndef TANDEM_BASE_STATUS_MATCHERS_H_
#define TANDEM_BASE_STATUS_MATCHERS_H_

#include <gtest/gtest.h>

#include "base/status.h"

namespace tandem::testing_internal {

inline const Status& StatusOf(const Status& status) { return status; }
template <typename T>
const Status& StatusOf(const Result<T>& result) {
  static const Status kOk;
  return result.ok() ? kOk : result.status();
}

template <typename S>
::testing::AssertionResult AssertOk(const char* text, const S& value) {
  const Status& status = StatusOf(value);
  if (status.ok()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << text << " returned " << status.ToString();
}

template <typename S>
::testing::AssertionResult AssertCode(const char* text, const char*, const S& value,
                                      StatusCode expected) {
  const Status& status = StatusOf(value);
  if (status.code() == expected) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << text << " returned " << (status.ok() ? std::string("OK") : status.ToString())
         << ", expected " << StatusCodeName(expected);
}

}  // namespace tandem::testing_internal

#define ASSERT_OK(expr) ASSERT_PRED_FORMAT1(::tandem::testing_internal::AssertOk, expr)
#define EXPECT_OK(expr) EXPECT_PRED_FORMAT1(::tandem::testing_internal::AssertOk, expr)
#define ASSERT_CODE(expr, code) \
  ASSERT_PRED_FORMAT2(::tandem::testing_internal::AssertCode, expr, code)
#define EXPECT_CODE(expr, code) \
  EXPECT_PRED_FORMAT2(::tandem::testing_internal::AssertCode, expr, code)

#endif  // TANDEM_BASE_STATUS_MATCHERS_H_
