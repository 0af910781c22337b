#pragma once

// FUZZ_CHECK(condition, what): an invariant of the code under test. When it does not hold,
// prints the condition, a description and the place, and aborts: libFuzzer reports the
// input as a crash (and saves it), a replay of the seeds fails.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s (%s)\n", __FILE__, __LINE__,         \
                         #condition, what);                                                        \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
