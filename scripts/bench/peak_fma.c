// The FP32 FMA peak of one core: 12 independent chains of the widest vector FMAs the compiler
// is allowed (-march=native: AVX-512 or AVX2), enough to cover the FMA latency on two pipes.
// The ceiling GEMM figures are read against (docs: the performance issue's "physical limit").
//
//   cc -O2 -march=native scripts/bench/peak_fma.c -o /tmp/peak_fma
//   taskset -c 0 /tmp/peak_fma                                  # one core
//   taskset -c 0 /tmp/peak_fma & taskset -c 1 /tmp/peak_fma     # each core at once
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

#if defined(__AVX512F__)
typedef __m512 vec;
#define LANES 16
#define SET1 _mm512_set1_ps
#define FMA _mm512_fmadd_ps
#define SUM _mm512_reduce_add_ps
#elif defined(__FMA__)
typedef __m256 vec;
#define LANES 8
#define SET1 _mm256_set1_ps
#define FMA _mm256_fmadd_ps
static float SUM(__m256 v) { float f[8]; _mm256_storeu_ps(f, v); return f[0] + f[1] + f[2] + f[3] + f[4] + f[5] + f[6] + f[7]; }
#else
#error "needs FMA (build with -march=native on a CPU that has it)"
#endif

int main(void) {
    const long iterations = 200000000L;
    vec acc[12], m = SET1(0.9999f), c = SET1(1e-7f);
    for (int i = 0; i < 12; i++) acc[i] = SET1((float)i);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long k = 0; k < iterations; k++) {
#pragma GCC unroll 12
        for (int i = 0; i < 12; i++) acc[i] = FMA(acc[i], m, c);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    float sum = 0;
    for (int i = 0; i < 12; i++) sum += SUM(acc[i]);
    printf("%.1f GFLOP/s (%d-lane FMAs, %.3f s; checksum %g)\n", iterations * 12.0 * LANES * 2 / s / 1e9, LANES, s, sum);
    return 0;
}
