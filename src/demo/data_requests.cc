#include "demo/data_requests.h"

namespace tandem::demo {
namespace {

constexpr std::string_view kRequestMessageRows[] = {
    "Hi {mentor}! I want to become {a career} and I'd love to hear how you got where you are. "
    "Could you be my mentor this year?",
    "Hello {mentor}, my counselor suggested I reach out. I'm trying to figure out college and "
    "what it takes to become {a career}.",
    "Hi {mentor}, I want to become {a career} but I don't know anyone who does that kind of "
    "work. Would you be willing to mentor me?",
};

}  // namespace

const Words kRequestMessages = kRequestMessageRows;
const std::string_view kRequestToDemoMentor =
    "Hi {mentor}, I read that you build forecasting models for hospitals. I want to become "
    "{a career} and I'd like to learn how people use data in their jobs. Could you be my "
    "mentor?";

}  // namespace tandem::demo
