/*
 * tap.h — the small TAP harness shared by the unit test programs.
 *
 * A silent first pass counts the tests so that the plan comes first; HEAVY
 * tests do their work in the printing pass only.  Inputs are copied into heap
 * buffers of exactly their length (dup_exact) so that AddressSanitizer catches
 * a read past len.
 */
#ifndef RDVMAIRIE_TAP_H
#define RDVMAIRIE_TAP_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	t_counting;
static int	t_n;
static int	t_failed;

static inline void
tap(int ok, const char *got, const char *expected, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static inline void
tap(int ok, const char *got, const char *expected, const char *fmt, ...)
{
	va_list		ap;

	t_n++;
	if (t_counting)
		return;
	if (!ok)
		t_failed++;
	printf("%s %d - ", ok ? "ok" : "not ok", t_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!ok)
		printf("# got %s expected %s\n", got, expected);
}

static inline void
tap_skip(const char *reason, const char *desc)
{
	t_n++;
	if (!t_counting)
		printf("ok %d - %s # SKIP %s\n", t_n, desc, reason);
}

/* A heavy test reports exactly one result; the counting pass skips it. */
#define HEAVY() do { if (t_counting) { t_n++; return; } } while (0)

/* Exact-size heap copy: ASan flags a read of s[len]. */
static inline char *
dup_exact(const char *s, size_t len)
{
	char	   *p = malloc(len > 0 ? len : 1);

	if (p == NULL)
	{
		fprintf(stderr, "out of memory\n");
		exit(2);
	}
	if (len > 0)
		memcpy(p, s, len);
	return p;
}

/* Deterministic PRNG for the randomised tests. */
static inline uint64_t
rng_next(uint64_t *st)
{
	uint64_t	x = *st;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	*st = x;
	return x;
}

static inline size_t
rng_below(uint64_t *st, size_t n)
{
	return (size_t) (rng_next(st) % n);
}

/* Counting pass, plan, printing pass; the exit status says whether all passed. */
static inline int
tap_main(void (*run_all) (void))
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	t_counting = 1;
	run_all();
	printf("1..%d\n", t_n);
	t_counting = 0;
	t_n = 0;
	run_all();
	if (t_failed > 0)
		printf("# %d of %d tests failed\n", t_failed, t_n);
	return t_failed > 0 ? 1 : 0;
}

#endif							/* RDVMAIRIE_TAP_H */
