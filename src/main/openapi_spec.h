// api/openapi.yaml, embedded into the binary at build time.
#ifndef TANDEM_MAIN_OPENAPI_SPEC_H_
#define TANDEM_MAIN_OPENAPI_SPEC_H_

namespace tandem {
const char* OpenApiSpec();
}

#endif  // TANDEM_MAIN_OPENAPI_SPEC_H_
