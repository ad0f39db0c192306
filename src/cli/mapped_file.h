// MappedFile: a whole file read-only in memory for the candidate readers (candidate_csv.cc).
#ifndef TANDEM_CLI_MAPPED_FILE_H_
#define TANDEM_CLI_MAPPED_FILE_H_

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace tandem::cli {

// A read-only mapping of a whole file; pages behind the reader are given back.
class MappedFile {
 public:
  ~MappedFile() {
    if (data_ != nullptr) munmap(data_, size_);
    if (fd_ >= 0) close(fd_);
  }
  Status Open(const std::string& path) {
    fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) return NotFound("cannot read " + path);
    struct stat st;
    if (fstat(fd_, &st) != 0) return NotFound("cannot read " + path);
    if (!S_ISREG(st.st_mode)) {
      // A pipe (e.g. `--edges <(generate)`): read it whole into memory.
      char buf[1 << 16];
      for (ssize_t n; (n = read(fd_, buf, sizeof buf)) != 0;) {
        if (n < 0) {
          if (errno == EINTR) continue;
          return NotFound("cannot read " + path);
        }
        owned_.append(buf, static_cast<size_t>(n));
      }
      return Status::Ok();
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ == 0) return Status::Ok();
    void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
    if (p == MAP_FAILED) return NotFound("cannot map " + path);
    data_ = static_cast<char*>(p);
    madvise(data_, size_, MADV_SEQUENTIAL);
    return Status::Ok();
  }
  std::string_view view() const {
    if (data_ == nullptr) return owned_;
    return {data_, size_};
  }
  // Drops the whole pages in [from, to) from this process (they stay in the page cache).
  void Release(const char* from, const char* to) const {
    if (data_ == nullptr) return;
    const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
    uintptr_t b = (reinterpret_cast<uintptr_t>(from) + page - 1) & ~(page - 1);
    uintptr_t e = reinterpret_cast<uintptr_t>(to) & ~(page - 1);
    if (e > b) madvise(reinterpret_cast<void*>(b), e - b, MADV_DONTNEED);
  }

 private:
  int fd_ = -1;
  char* data_ = nullptr;
  size_t size_ = 0;
  std::string owned_;  // the bytes of a file that is not mapped
};

}  // namespace tandem::cli

#endif  // TANDEM_CLI_MAPPED_FILE_H_
