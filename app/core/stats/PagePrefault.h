#pragma once

#include <cstddef>

namespace Stats {

// Maps the whole pages inside [data, data + bytes) for writing with one system call where the system offers one
// (Linux 5.14 and later, MADV_POPULATE_WRITE), instead of one page fault per 4 KB page as the memory is first written:
// a year's statistics fill about 250 fresh pages, and each fault costs microseconds (several on a virtual machine).
// Only for memory that is about to be written through. Elsewhere, or when the kernel refuses, it does nothing and the
// pages are mapped as they are written, as without it.
void prefaultForWriting(void *data, std::size_t bytes);

} // namespace Stats
