// Internal: RawBuffer<T>, an uninitialised heap array of trivially copyable T, for the solvers'
// largest arrays (std::vector would zero hundreds of MB first, and first-touching fresh memory
// is slow). Allocate() discards the old contents; the bytes of a fresh array are indeterminate
// until written. Throws std::bad_alloc when malloc fails. Not copyable; not thread-safe while
// allocating, any number of readers afterwards.
#ifndef TANDEM_MATCHING_RAW_BUFFER_H_
#define TANDEM_MATCHING_RAW_BUFFER_H_

#include <cstddef>
#include <cstdlib>
#include <new>

namespace tandem::matching::internal {

template <typename T>
class RawBuffer {
 public:
  RawBuffer() = default;
  RawBuffer(const RawBuffer&) = delete;
  RawBuffer& operator=(const RawBuffer&) = delete;
  ~RawBuffer() { std::free(data_); }

  void Allocate(size_t n) {
    std::free(data_);
    data_ = nullptr;
    size_ = n;
    if (n == 0) return;
    data_ = static_cast<T*>(std::malloc(n * sizeof(T)));
    if (data_ == nullptr) throw std::bad_alloc();
  }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_t k) { return data_[k]; }
  const T& operator[](size_t k) const { return data_[k]; }
  size_t size() const { return size_; }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_RAW_BUFFER_H_
