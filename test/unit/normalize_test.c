/*
 * Unit tests for src/normalize.c, printed as TAP.
 *
 * Every input is copied into a heap buffer of exactly its length (no NUL
 * after it), so AddressSanitizer (make check-asan) catches any read past
 * len.  The suite runs twice: a silent pass counts the tests so that the
 * plan "1..N" comes first, then a pass prints them; tests marked HEAVY do
 * their work in the printing pass only.
 */
#include "normalize.h"
#include "tap.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* Input literals that may hold NUL bytes. */
typedef struct
{
	const char *s;
	size_t		len;
} bytes;

#define B(lit) {(lit), sizeof(lit) - 1}

/* C-style escape of a byte range, shortened, in one of 8 rotating buffers. */
static const char *
esc(const char *s, size_t len)
{
	static char ring[8][200];
	static int	next;
	char	   *b = ring[next++ % 8];
	size_t		i,
				o = 0;

	b[o++] = '"';
	for (i = 0; i < len && o < sizeof(ring[0]) - 12; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			o += (size_t) sprintf(b + o, "\\%c", c);
		else if (c < 0x20 || c >= 0x7F || c == '#')	/* '#' starts a TAP directive */
			o += (size_t) sprintf(b + o, "\\x%02x", c);
		else
			b[o++] = (char) c;
	}
	if (i < len)
		o += (size_t) sprintf(b + o, "...(%zu)", len);
	b[o++] = '"';
	b[o] = '\0';
	return b;
}

static const char *
escz(const char *s)
{
	return s == NULL ? "NULL" : esc(s, strlen(s));
}

/* Independent UTF-8 check used to verify outputs (Table 3-7, Unicode). */
static int
valid_utf8(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = s[i];
		size_t		need;
		unsigned	cp;

		if (c < 0x80)
		{
			i++;
			continue;
		}
		if ((c & 0xE0) == 0xC0)
			need = 1, cp = c & 0x1Fu;
		else if ((c & 0xF0) == 0xE0)
			need = 2, cp = c & 0x0Fu;
		else if ((c & 0xF8) == 0xF0)
			need = 3, cp = c & 0x07u;
		else
			return 0;
		if (n - i <= need)
			return 0;
		for (size_t k = 1; k <= need; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3Fu);
		}
		if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) ||
			(need == 3 && cp < 0x10000) || cp > 0x10FFFF ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += need + 1;
	}
	return 1;
}

/* ------------------------------------------------------------------------
 * Datetimes
 * ------------------------------------------------------------------------ */

typedef struct
{
	bytes		in;
	int			y,
				mo,
				d,
				h,
				mi,
				s,
				us;
	rdv_dt_kind kind;
	int			off;
} dt_ok_case;

static const dt_ok_case dt_ok_cases[] = {
	/* the four shapes vendors send (brief, section 3) */
	{B("2022-12-19T10:00Z"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_ZULU, 0},
	{B("2022-12-19T10:00:00+01:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 3600},
	{B("2022-12-19T10:00:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-12-19 10:00:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-12-19t10:00z"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_ZULU, 0},
	{B("2022-12-19T10:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-12-19 10:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:30Z"), 2022, 12, 19, 10, 0, 30, 0, RDV_DT_ZULU, 0},
	{B("  2022-12-19T10:00:00Z \n"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_ZULU, 0},
	{B("\t\r\n\v\f2022-12-19T10:00\t"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_NAIVE, 0},
	/* calendar edges */
	{B("2024-02-29T00:00"), 2024, 2, 29, 0, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2000-02-29T23:59:59"), 2000, 2, 29, 23, 59, 59, 0, RDV_DT_NAIVE, 0},
	{B("1600-02-29T12:00"), 1600, 2, 29, 12, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2023-02-28T12:00"), 2023, 2, 28, 12, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("0001-01-01T00:00"), 1, 1, 1, 0, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("9999-12-31T23:59:59.999999"), 9999, 12, 31, 23, 59, 59, 999999, RDV_DT_NAIVE, 0},
	{B("2022-01-31T08:00"), 2022, 1, 31, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-03-31T08:00"), 2022, 3, 31, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-04-30T08:00"), 2022, 4, 30, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-05-31T08:00"), 2022, 5, 31, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-06-30T08:00"), 2022, 6, 30, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-07-31T08:00"), 2022, 7, 31, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-08-31T08:00"), 2022, 8, 31, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-09-30T08:00"), 2022, 9, 30, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-10-31T08:00"), 2022, 10, 31, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-11-30T08:00"), 2022, 11, 30, 8, 0, 0, 0, RDV_DT_NAIVE, 0},
	{B("2022-12-31T23:59"), 2022, 12, 31, 23, 59, 0, 0, RDV_DT_NAIVE, 0},
	/* fractions: 1..9 digits, truncated (never rounded) to microseconds */
	{B("2022-12-19T10:00:00.5"), 2022, 12, 19, 10, 0, 0, 500000, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:00.05"), 2022, 12, 19, 10, 0, 0, 50000, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:00.123"), 2022, 12, 19, 10, 0, 0, 123000, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:00.123456"), 2022, 12, 19, 10, 0, 0, 123456, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:00.1234567"), 2022, 12, 19, 10, 0, 0, 123456, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:00.0000000+01:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 3600},
	{B("2022-12-19T10:00:00.123456789Z"), 2022, 12, 19, 10, 0, 0, 123456, RDV_DT_ZULU, 0},
	{B("2022-12-19T23:59:59.999999999"), 2022, 12, 19, 23, 59, 59, 999999, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:00.000001"), 2022, 12, 19, 10, 0, 0, 1, RDV_DT_NAIVE, 0},
	{B("2022-12-19T10:00:00.5+02:00"), 2022, 12, 19, 10, 0, 0, 500000, RDV_DT_OFFSET, 7200},
	/* offsets */
	{B("2022-12-19T10:00+0100"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 3600},
	{B("2022-12-19T10:00+01"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 3600},
	{B("2022-12-19T10:00:00-03:30"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, -12600},
	{B("2022-12-19T10:00:00-0330"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, -12600},
	{B("2022-12-19T10:00:00-04:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, -14400},
	{B("2022-12-19T10:00:00-03"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, -10800},
	{B("2022-12-19T10:00:00+04:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 14400},
	{B("2022-12-19T10:00:00+03:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 10800},
	{B("2022-12-19T10:00:00+14:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 50400},
	{B("2022-12-19T10:00:00-14:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, -50400},
	{B("2022-12-19T10:00:00+13:59"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 50340},
	{B("2022-12-19T10:00:00+05:45"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 20700},
	{B("2022-12-19T10:00:00-09:30"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, -34200},
	{B("2022-12-19T10:00:00+00:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 0},
	{B("2022-12-19T10:00:00-00:00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 0},
	{B("2022-12-19T10:00:00+00"), 2022, 12, 19, 10, 0, 0, 0, RDV_DT_OFFSET, 0},
	/* summer-time days that matter in Paris */
	{B("2024-03-31T02:30:00"), 2024, 3, 31, 2, 30, 0, 0, RDV_DT_NAIVE, 0},
	{B("2024-10-27T02:30:00+01:00"), 2024, 10, 27, 2, 30, 0, 0, RDV_DT_OFFSET, 3600},
	{B("2024-10-27T02:30:00+02:00"), 2024, 10, 27, 2, 30, 0, 0, RDV_DT_OFFSET, 7200},
};

typedef struct
{
	bytes		in;
	const char *err;
} dt_bad_case;

static const dt_bad_case dt_bad_cases[] = {
	{B(""), "empty datetime"},
	{B("   \t\n"), "empty datetime"},
	{B("2022-12-19"), "date without a time"},
	{B(" 2022-12-19 "), "date without a time"},
	{B("2022-12-19T"), "expected an HH:MM time"},
	{B("2022-12-19T10"), "expected an HH:MM time"},
	{B("2022-12-19T10:"), "expected an HH:MM time"},
	{B("2022-12-19T10:0"), "expected an HH:MM time"},
	{B("2022-12-19T1:00"), "expected an HH:MM time"},
	{B("2022-12-19T10h00"), "expected an HH:MM time"},
	{B("2022-12-19  10:00"), "expected an HH:MM time"},
	{B("10/01/2024 10:00"), "expected a YYYY-MM-DD date"},
	{B("19/12/2022T10:00"), "expected a YYYY-MM-DD date"},
	{B("2022-1-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("2022-12-9T10:00"), "expected a YYYY-MM-DD date"},
	{B("22-12-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("+2022-12-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("-2022-12-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("02022-12-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("20221219T100000"), "expected a YYYY-MM-DD date"},
	{B("2022/12/19T10:00"), "expected a YYYY-MM-DD date"},
	{B("2022-12"), "expected a YYYY-MM-DD date"},
	{B("2022"), "expected a YYYY-MM-DD date"},
	{B("T10:00"), "expected a YYYY-MM-DD date"},
	{B("10:00"), "expected a YYYY-MM-DD date"},
	{B("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x92-12-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("\0002022-12-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("2022\0-12-19T10:00"), "expected a YYYY-MM-DD date"},
	{B("lundi 19 d\xc3\xa9" "cembre 2022"), "expected a YYYY-MM-DD date"},
	{B("0000-01-01T00:00"), "year out of range (1..9999)"},
	{B("2022-00-10T10:00"), "month out of range"},
	{B("2022-13-10T10:00"), "month out of range"},
	{B("2022-99-10T10:00"), "month out of range"},
	{B("2022-12-00T10:00"), "day out of range for month"},
	{B("2022-12-32T10:00"), "day out of range for month"},
	{B("2023-02-29T10:00"), "day out of range for month"},
	{B("1900-02-29T10:00"), "day out of range for month"},
	{B("2100-02-29T10:00"), "day out of range for month"},
	{B("2024-02-30T10:00"), "day out of range for month"},
	{B("2022-04-31T10:00"), "day out of range for month"},
	{B("2022-06-31T10:00"), "day out of range for month"},
	{B("2022-09-31T10:00"), "day out of range for month"},
	{B("2022-11-31T10:00"), "day out of range for month"},
	{B("2022-02-31"), "day out of range for month"},
	{B("2022-12-19X10:00"), "expected 'T' or a space between date and time"},
	{B("2022-12-19\t10:00"), "expected 'T' or a space between date and time"},
	{B("2022-12-19_10:00"), "expected 'T' or a space between date and time"},
	{B("2022-12-19\00010:00"), "expected 'T' or a space between date and time"},
	{B("2022-12-19T24:00"), "hour out of range"},
	{B("2022-12-19T24:00:00"), "hour out of range"},
	{B("2022-12-19T25:00"), "hour out of range"},
	{B("2022-12-19T99:99"), "hour out of range"},
	{B("2022-12-19T10:60"), "minute out of range"},
	{B("2022-12-19T10:00:60"), "second out of range"},
	{B("2022-12-19T23:59:60Z"), "second out of range"},
	{B("2022-12-19T10:00:61"), "second out of range"},
	{B("2022-12-19T10:00:"), "expected two digits of seconds"},
	{B("2022-12-19T10:00:0"), "expected two digits of seconds"},
	{B("2022-12-19T10:00:0Z"), "expected two digits of seconds"},
	{B("2022-12-19T10:00.5"), "fraction of a second without seconds"},
	{B("2022-12-19T10:00:00."), "expected digits after the decimal point"},
	{B("2022-12-19T10:00:00.Z"), "expected digits after the decimal point"},
	{B("2022-12-19T10:00:00.1234567890"), "too many fractional digits (at most 9)"},
	{B("2022-12-19T10:00:00,5"), "unexpected characters after the time"},
	{B("2022-12-19T10:00 Z"), "unexpected characters after the time"},
	{B("2022-12-19T10:00:00 +01:00"), "unexpected characters after the time"},
	{B("2022-12-19T10:00 UTC"), "unexpected characters after the time"},
	{B("2022-12-19T10:00CET"), "unexpected characters after the time"},
	{B("2022-12-19T10:00:00.5\xc2\xa0"), "unexpected characters after the time"},
	{B("2022-12-19T10:00:00\0"), "unexpected characters after the time"},
	{B("2022-12-19T10:00ZZ"), "unexpected characters after the datetime"},
	{B("2022-12-19T10:00Z+01:00"), "unexpected characters after the datetime"},
	{B("2022-12-19T10:00+01:00:00"), "unexpected characters after the datetime"},
	{B("2022-12-19T10:00+01:00Z"), "unexpected characters after the datetime"},
	{B("2022-12-19T10:00+010000"), "unexpected characters after the datetime"},
	{B("2022-12-19T10:00Z\0"), "unexpected characters after the datetime"},
	{B("2022-12-19T10:00:00+01:00[Europe/Paris]"), "unexpected characters after the datetime"},
	{B("2022-12-19T10:00+"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00+1"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00+1:00"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00+01:"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00+01:0"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00+010"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00-"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00+ab:cd"), "expected an offset such as +01:00"},
	{B("2022-12-19T10:00+14:01"), "offset out of range (at most 14:00)"},
	{B("2022-12-19T10:00-14:30"), "offset out of range (at most 14:00)"},
	{B("2022-12-19T10:00+15"), "offset out of range (at most 14:00)"},
	{B("2022-12-19T10:00+99:00"), "offset out of range (at most 14:00)"},
	{B("2022-12-19T10:00+01:60"), "offset minutes out of range"},
	{B("2022-12-19T10:00+0099"), "offset minutes out of range"},
};

static void
test_datetime_ok(void)
{
	size_t		k;

	for (k = 0; k < sizeof(dt_ok_cases) / sizeof(dt_ok_cases[0]); k++)
	{
		const dt_ok_case *c = &dt_ok_cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		rdv_datetime dt;
		const char *err;
		char		got[160],
					exp[160];

		memset(&dt, 0xAB, sizeof(dt));
		err = rdv_parse_datetime(in, c->in.len, &dt);
		if (err != NULL)
			snprintf(got, sizeof(got), "error \"%s\"", err);
		else
			snprintf(got, sizeof(got), "%04d-%02d-%02d %02d:%02d:%02d.%06d kind=%d off=%d",
					 dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
					 dt.microsecond, (int) dt.kind, dt.offset_seconds);
		snprintf(exp, sizeof(exp), "%04d-%02d-%02d %02d:%02d:%02d.%06d kind=%d off=%d",
				 c->y, c->mo, c->d, c->h, c->mi, c->s, c->us, (int) c->kind, c->off);
		tap(strcmp(got, exp) == 0, got, exp, "datetime %s parses", esc(c->in.s, c->in.len));
		free(in);
	}
}

static void
test_datetime_bad(void)
{
	size_t		k;

	for (k = 0; k < sizeof(dt_bad_cases) / sizeof(dt_bad_cases[0]); k++)
	{
		const dt_bad_case *c = &dt_bad_cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		rdv_datetime dt,
					before;
		const char *err;

		memset(&dt, 0x5A, sizeof(dt));
		before = dt;
		err = rdv_parse_datetime(in, c->in.len, &dt);
		tap(err != NULL && strcmp(err, c->err) == 0 &&
			memcmp(&dt, &before, sizeof(dt)) == 0,
			err ? err : "NULL (accepted)", c->err,
			"datetime %s rejected: %s, output untouched", esc(c->in.s, c->in.len), c->err);
		free(in);
	}
}

static void
test_datetime_misc(void)
{
	const char *err;
	char	   *buf;
	size_t		n = 1 << 20;

	err = rdv_parse_datetime(NULL, 0, NULL);
	tap(err != NULL, err ? err : "NULL", "an error", "datetime NULL input, length 0, is an error");
	err = rdv_parse_datetime("2022-12-19T10:00", 16, NULL);
	tap(err == NULL, err ? err : "NULL", "NULL", "datetime with out == NULL validates only");

	/* a prefix of a valid datetime must never be read past its length */
	{
		const char *full = "2022-12-19T10:00:00.123456+01:00";
		size_t		k,
					bad = 0;

		for (k = 0; k < strlen(full); k++)
		{
			char	   *in = dup_exact(full, k);
			rdv_datetime dt;
			const char *e = rdv_parse_datetime(in, k, &dt);
			/* prefixes that are complete datetimes themselves */
			int			complete = (k == 16 || k == 19 || (k >= 21 && k <= 26) || k == 29);

			if ((e == NULL) != complete)
				bad++;
			free(in);
		}
		tap(bad == 0, bad ? "wrong verdicts" : "0", "0",
			"datetime: every prefix of a full datetime is judged correctly");
	}

	buf = malloc(n);
	memset(buf, ' ', n);
	err = rdv_parse_datetime(buf, n, NULL);
	tap(err != NULL && strcmp(err, "empty datetime") == 0, err ? err : "NULL",
		"empty datetime", "datetime: 1 MiB of spaces is empty");
	memcpy(buf + n / 2, "2022-12-19T10:00", 16);
	err = rdv_parse_datetime(buf, n, NULL);
	tap(err == NULL, err ? err : "NULL", "NULL",
		"datetime: valid datetime inside 1 MiB of spaces");
	memset(buf, '9', n);
	err = rdv_parse_datetime(buf, n, NULL);
	tap(err != NULL, err ? err : "NULL", "an error", "datetime: 1 MiB of digits rejected");
	memcpy(buf, "2022-12-19T10:00:00.", 20);
	err = rdv_parse_datetime(buf, n, NULL);
	tap(err != NULL && strcmp(err, "too many fractional digits (at most 9)") == 0,
		err ? err : "NULL", "too many fractional digits",
		"datetime: a fraction of a million digits rejected");
	free(buf);
}

/* Days from 0000-03-01, an algorithm unrelated to the one under test. */
static long
days_from_civil(long y, long m, long d)
{
	long		era,
				yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe;
}

static void
civil_from_days(long z, long *y, long *m, long *d)
{
	long		era = (z >= 0 ? z : z - 146096) / 146097;
	long		doe = z - era * 146097;
	long		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long		mp = (5 * doy + 2) / 153;

	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static void
test_datetime_calendar(void)
{
	long		y,
				m,
				d,
				wrong = 0,
				first_y = 0,
				first_m = 0,
				first_d = 0;
	char		got[64];

	HEAVY();
	for (y = 1; y <= 9999; y++)
		for (m = 1; m <= 12; m++)
			for (d = 0; d <= 32; d++)
			{
				char		s[32];
				long		ry,
							rm,
							rd;
				int			real,
							n;
				char	   *in;
				const char *err;

				civil_from_days(days_from_civil(y, m, d), &ry, &rm, &rd);
				real = (ry == y && rm == m && rd == d);
				n = snprintf(s, sizeof(s), "%04ld-%02ld-%02ld 12:34", y, m, d);
				in = dup_exact(s, (size_t) n);
				err = rdv_parse_datetime(in, (size_t) n, NULL);
				free(in);
				if ((err == NULL) != real && wrong++ == 0)
				{
					first_y = y;
					first_m = m;
					first_d = d;
				}
			}
	snprintf(got, sizeof(got), "%ld wrong, first %04ld-%02ld-%02ld",
			 wrong, first_y, first_m, first_d);
	tap(wrong == 0, got, "0 wrong",
		"datetime: every day 0001..9999 (and day 0, 29..32) judged as the proleptic Gregorian calendar says");
}

/* Random valid datetimes written in every accepted style parse back. */
static void
test_datetime_roundtrip(void)
{
	uint64_t	st = 0x9E3779B97F4A7C15u;
	long		i,
				wrong = 0;
	char		first[96] = "";

	HEAVY();
	for (i = 0; i < 200000; i++)
	{
		rdv_datetime w,
					r;
		char		s[96];
		int			n,
					style = (int) rng_below(&st, 6),
					dim,
					fdigits = 0,
					ohh = 0,
					omm = 0;
		int			want_us = 0;
		char	   *in;
		const char *err;
		static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

		memset(&w, 0, sizeof(w));
		w.year = 1 + (int) rng_below(&st, 9999);
		w.month = 1 + (int) rng_below(&st, 12);
		dim = mdays[w.month - 1] + (w.month == 2 &&
									((w.year % 4 == 0 && w.year % 100 != 0) || w.year % 400 == 0));
		w.day = 1 + (int) rng_below(&st, (size_t) dim);
		w.hour = (int) rng_below(&st, 24);
		w.minute = (int) rng_below(&st, 60);
		w.second = (int) rng_below(&st, 60);
		w.microsecond = (int) rng_below(&st, 1000000);
		n = snprintf(s, sizeof(s), "%04d-%02d-%02d%c%02d:%02d:%02d", w.year, w.month,
					 w.day, "Tt "[rng_below(&st, 3)], w.hour, w.minute, w.second);
		if (rng_below(&st, 2))
		{
			fdigits = 1 + (int) rng_below(&st, 9);
			/* print 9 digits and keep the first fdigits */
			n += snprintf(s + n, sizeof(s) - (size_t) n, ".%06d%03d", w.microsecond,
						  (int) rng_below(&st, 1000));
			n -= 9 - fdigits;
			s[n] = '\0';
			want_us = w.microsecond;
			if (fdigits < 6)
			{
				int			p = 1;

				for (int k = fdigits; k < 6; k++)
					p *= 10;
				want_us = w.microsecond / p * p;
			}
		}
		w.microsecond = want_us;
		switch (style)
		{
			case 0:
				w.kind = RDV_DT_NAIVE;
				break;
			case 1:
				w.kind = RDV_DT_ZULU;
				n += snprintf(s + n, sizeof(s) - (size_t) n, "%c", "Zz"[rng_below(&st, 2)]);
				break;
			default:
				{
					char		sign = rng_below(&st, 2) ? '-' : '+';

					w.kind = RDV_DT_OFFSET;
					ohh = (int) rng_below(&st, 15);
					omm = (ohh == 14 || style >= 4) ? 0 : (int) rng_below(&st, 60);
					w.offset_seconds = (sign == '-' ? -1 : 1) * (ohh * 3600 + omm * 60);
					if (style == 2)
						n += snprintf(s + n, sizeof(s) - (size_t) n, "%c%02d:%02d", sign, ohh, omm);
					else if (style == 3)
						n += snprintf(s + n, sizeof(s) - (size_t) n, "%c%02d%02d", sign, ohh, omm);
					else
						n += snprintf(s + n, sizeof(s) - (size_t) n, "%c%02d", sign, ohh);
				}
				break;
		}
		in = dup_exact(s, (size_t) n);
		memset(&r, 0, sizeof(r));
		err = rdv_parse_datetime(in, (size_t) n, &r);
		free(in);
		if (err != NULL || memcmp(&r, &w, sizeof(r)) != 0)
		{
			if (wrong++ == 0)
				snprintf(first, sizeof(first), "%s", s);
		}
	}
	tap(wrong == 0, first, "all parsed back",
		"datetime: 200000 random valid datetimes in every style parse back to their fields");
}

/* ------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------ */

typedef struct
{
	bytes		in;
	double		want;
} dbl_case;

static const dbl_case dbl_ok_cases[] = {
	{B("48.85"), 48.85},
	{B(" 48.85 "), 48.85},
	{B("48,85"), 48.85},
	{B("\t48,8566\n"), 48.8566},
	{B("-1.5e1"), -15.0},
	{B("-1,5e1"), -15.0},
	{B("1e3"), 1000.0},
	{B("1E-3"), 0.001},
	{B("1e+3"), 1000.0},
	{B("+2.5"), 2.5},
	{B("0"), 0.0},
	{B("5."), 5.0},
	{B("5,"), 5.0},
	{B(".5"), 0.5},
	{B(",5"), 0.5},
	{B("-,5"), -0.5},
	{B("007"), 7.0},
	{B("2.3522219"), 2.3522219},
	{B("-61.5331"), -61.5331},
	{B("-21.1151"), -21.1151},
	{B("55.5364"), 55.5364},
	{B("45.2279"), 45.2279},
	{B("-12.7806"), -12.7806},
	{B("1e-400"), 0.0},
	{B("4.9406564584124654e-324"), 4.9406564584124654e-324},
	{B("1.7976931348623157e308"), DBL_MAX},
	{B("123456789012345678901234567890"), 123456789012345678901234567890.0},
	{B("0.1"), 0.1},
	{B("0,30000000000000004"), 0.30000000000000004},
	{B("9007199254740993"), 9007199254740992.0},
	{B("1.5e0001"), 15.0},
	{B("3e-0"), 3.0},
};

static const bytes dbl_bad_cases[] = {
	B(""), B("   "), B("abc"), B("1.2.3"), B("1,2,3"), B("1,234.5"), B("1.234,5"),
	B("NaN"), B("nan"), B("-nan"), B("Infinity"), B("-Infinity"), B("inf"), B("INF"),
	B("0x10"), B("0x1p3"), B("1e"), B("1e+"), B("1e-"), B("e5"), B("."), B(","),
	B("-"), B("+"), B("+-1"), B("--1"), B("- 1"), B("1 2"), B("1.5abc"), B("1.5 m"),
	B("1e400"), B("-1e400"), B("1.5\0"), B("\0"), B("\0001"), B("1_000"), B("1'000"),
	B("\xd9\xa1"), B("\xc2\xbd"), B("1.5e1.2"), B("1d5"), B("1.5f"), B("\xc2\xa0" "1"),
	B("1\xc2\xa0"), B("1e5e5"), B(".e5"), B("\"1\""), B("[1]"), B("true"), B("null"),
	B("1..5"), B("1,,5"), B(".,5"), B("1.,5"),
};

static void
test_double(void)
{
	size_t		k;

	for (k = 0; k < sizeof(dbl_ok_cases) / sizeof(dbl_ok_cases[0]); k++)
	{
		const dbl_case *c = &dbl_ok_cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		double		v = -999.0;
		bool		ok = rdv_parse_double(in, c->in.len, &v);
		char		got[64],
					exp[64];

		snprintf(got, sizeof(got), ok ? "%.17g" : "rejected", v);
		snprintf(exp, sizeof(exp), "%.17g", c->want);
		tap(ok && v == c->want, got, exp, "double %s = %.15g", esc(c->in.s, c->in.len), c->want);
		free(in);
	}
	for (k = 0; k < sizeof(dbl_bad_cases) / sizeof(dbl_bad_cases[0]); k++)
	{
		const bytes *c = &dbl_bad_cases[k];
		char	   *in = dup_exact(c->s, c->len);
		double		v = -999.0;
		bool		ok = rdv_parse_double(in, c->len, &v);
		char		got[64];

		snprintf(got, sizeof(got), "%.17g", v);
		tap(!ok && v == -999.0, ok ? got : "rejected, output changed", "rejected",
			"double %s rejected, output untouched", esc(c->s, c->len));
		free(in);
	}
}

static void
test_double_misc(void)
{
	double		v = 1.0;
	bool		ok;
	char	   *buf;
	size_t		n;

	ok = rdv_parse_double("-0", 2, &v);
	tap(ok && v == 0.0 && signbit(v), ok ? "no sign" : "rejected", "-0.0", "double \"-0\" is negative zero");
	ok = rdv_parse_double(NULL, 0, &v);
	tap(!ok, "accepted", "rejected", "double NULL input rejected");
	ok = rdv_parse_double("12", 2, NULL);
	tap(ok, "rejected", "accepted", "double with out == NULL validates only");

	n = RDV_NUMBER_MAX_LEN;
	buf = malloc(n + 1);
	memset(buf, '0', n);
	buf[1] = '.';
	buf[n - 1] = '1';
	ok = rdv_parse_double(buf, n, &v);
	tap(ok && v == 0.0, ok ? "other value" : "rejected", "0 (underflow)",
		"double: %d-byte 0.000...1 accepted (underflows to 0)", RDV_NUMBER_MAX_LEN);
	buf[0] = '1';
	buf[1] = '0';
	memset(buf + 2, '0', n - 2);
	ok = rdv_parse_double(buf, n, &v);
	tap(!ok, "accepted", "rejected", "double: a %d-digit integer overflows and is rejected",
		RDV_NUMBER_MAX_LEN);
	free(buf);

	n = RDV_NUMBER_MAX_LEN + 1;
	buf = malloc(n);
	memset(buf, '1', n);
	buf[1] = '.';
	ok = rdv_parse_double(buf, n, &v);
	tap(!ok, "accepted", "rejected", "double: longer than RDV_NUMBER_MAX_LEN rejected");
	free(buf);

	n = 1 << 20;
	buf = malloc(n);
	memset(buf, ' ', n);
	buf[n / 2] = '7';
	ok = rdv_parse_double(buf, n, &v);
	tap(ok && v == 7.0, ok ? "other value" : "rejected", "7", "double: 7 inside 1 MiB of spaces");
	free(buf);
}

/* The decimal comma must not depend on LC_NUMERIC. */
static void
test_double_locale(void)
{
	static const char *const locales[] = {"fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8", "de_DE.utf8"};
	const char *used = NULL;
	size_t		k;
	double		a = 0,
				b = 0;
	bool		oka,
				okb;

	if (t_counting)
	{
		t_n++;
		return;
	}
	for (k = 0; k < sizeof(locales) / sizeof(locales[0]) && used == NULL; k++)
		if (setlocale(LC_NUMERIC, locales[k]) != NULL)
			used = locales[k];
	if (used == NULL)
	{
		tap_skip("no locale with a decimal comma is installed",
				 "double: parsing does not depend on LC_NUMERIC");
		return;
	}
	oka = rdv_parse_double("48.85", 5, &a);
	okb = rdv_parse_double("48,85", 5, &b);
	setlocale(LC_NUMERIC, "C");
	tap(oka && okb && a == 48.85 && b == 48.85, "different values", "48.85 twice",
		"double: \"48.85\" and \"48,85\" both parse under LC_NUMERIC=%s", used);
}

/* ------------------------------------------------------------------------
 * Coordinates
 * ------------------------------------------------------------------------ */

typedef struct
{
	const char *what;
	double		lon,
				lat;
	const char *dept;
	rdv_coord_status want;
} coord_case;

static const coord_case coord_cases[] = {
	/* real places, department known and right */
	{"Paris", 2.3522, 48.8566, "75", RDV_COORD_OK},
	{"Lille", 3.0573, 50.6292, "59", RDV_COORD_OK},
	{"Bray-Dunes", 2.5180, 51.0830, "59", RDV_COORD_OK},
	{"Brest", -4.4861, 48.3904, "29", RDV_COORD_OK},
	{"Ouessant", -5.0890, 48.4580, "29", RDV_COORD_OK},
	{"Strasbourg", 7.7521, 48.5734, "67", RDV_COORD_OK},
	{"Lauterbourg", 8.1780, 48.9750, "67", RDV_COORD_OK},
	{"Menton", 7.4975, 43.7747, "06", RDV_COORD_OK},
	{"Perpignan", 2.8948, 42.6887, "66", RDV_COORD_OK},
	{"Hendaye", -1.7740, 43.3580, "64", RDV_COORD_OK},
	{"Bourg-en-Bresse", 5.2258, 46.2052, "01", RDV_COORD_OK},
	{"Ajaccio", 8.7386, 41.9192, "2A", RDV_COORD_OK},
	{"Bonifacio", 9.1590, 41.3870, "2A", RDV_COORD_OK},
	{"Bastia", 9.4509, 42.6976, "2B", RDV_COORD_OK},
	{"Cergy", 2.0760, 49.0364, "95", RDV_COORD_OK},
	{"Gironde at longitude 0", 0.0, 44.8, "33", RDV_COORD_OK},
	{"Pointe-a-Pitre", -61.5331, 16.2411, "971", RDV_COORD_OK},
	{"Basse-Terre", -61.7261, 15.9985, "971", RDV_COORD_OK},
	{"La Desirade", -61.0300, 16.3000, "971", RDV_COORD_OK},
	{"Grand-Bourg (Marie-Galante)", -61.3140, 15.8840, "971", RDV_COORD_OK},
	{"Marigot (Saint-Martin) as 971", -63.0822, 18.0731, "971", RDV_COORD_OK},
	{"Marigot (Saint-Martin) as 978", -63.0822, 18.0731, "978", RDV_COORD_OK},
	{"Gustavia (Saint-Barthelemy) as 977", -62.8498, 17.8962, "977", RDV_COORD_OK},
	{"Pointe-a-Pitre as 977", -61.5331, 16.2411, "977", RDV_COORD_OK},
	{"Fort-de-France", -61.0588, 14.6161, "972", RDV_COORD_OK},
	{"Sainte-Anne (Martinique)", -60.8690, 14.4380, "972", RDV_COORD_OK},
	{"Cayenne", -52.3265, 4.9224, "973", RDV_COORD_OK},
	{"Saint-Laurent-du-Maroni", -54.0316, 5.4988, "973", RDV_COORD_OK},
	{"Maripasoula", -54.0300, 3.6400, "973", RDV_COORD_OK},
	{"Saint-Denis (Reunion)", 55.4504, -20.8823, "974", RDV_COORD_OK},
	{"Saint-Pierre (Reunion)", 55.4781, -21.3393, "974", RDV_COORD_OK},
	{"Saint-Pierre (SPM)", -56.1773, 46.7811, "975", RDV_COORD_OK},
	{"Miquelon", -56.3800, 47.0970, "975", RDV_COORD_OK},
	{"Mamoudzou", 45.2279, -12.7806, "976", RDV_COORD_OK},
	{"Dzaoudzi", 45.2820, -12.7880, "976", RDV_COORD_OK},
	/* department unknown: any territory will do */
	{"Paris, department NULL", 2.3522, 48.8566, NULL, RDV_COORD_OK},
	{"Paris, department empty", 2.3522, 48.8566, "", RDV_COORD_OK},
	{"Cayenne, department NULL", -52.3265, 4.9224, NULL, RDV_COORD_OK},
	{"Mamoudzou, department NULL", 45.2279, -12.7806, NULL, RDV_COORD_OK},
	/* box edges are inclusive */
	{"mainland south-west corner", -5.8, 41.0, NULL, RDV_COORD_OK},
	{"mainland north-east corner", 10.0, 51.5, NULL, RDV_COORD_OK},
	{"Reunion corner", 56.0, -21.6, "974", RDV_COORD_OK},
	{"just west of the mainland box", -5.8000001, 45.0, NULL, RDV_COORD_OUTSIDE},
	{"just north of the mainland box", 2.0, 51.5000001, NULL, RDV_COORD_OUTSIDE},
	/* swapped */
	{"Paris swapped", 48.8566, 2.3522, "75", RDV_COORD_SWAPPED},
	{"Paris swapped, department NULL", 48.8566, 2.3522, NULL, RDV_COORD_SWAPPED},
	{"Ajaccio swapped", 41.9192, 8.7386, "2A", RDV_COORD_SWAPPED},
	{"Brest swapped", 48.3904, -4.4861, "29", RDV_COORD_SWAPPED},
	{"Pointe-a-Pitre swapped", 16.2411, -61.5331, "971", RDV_COORD_SWAPPED},
	{"Fort-de-France swapped", 14.6161, -61.0588, "972", RDV_COORD_SWAPPED},
	{"Cayenne swapped", 4.9224, -52.3265, "973", RDV_COORD_SWAPPED},
	{"Saint-Denis (Reunion) swapped", -20.8823, 55.4504, "974", RDV_COORD_SWAPPED},
	{"Saint-Pierre (SPM) swapped", 46.7811, -56.1773, "975", RDV_COORD_SWAPPED},
	{"Mamoudzou swapped", -12.7806, 45.2279, "976", RDV_COORD_SWAPPED},
	{"Mamoudzou swapped, department NULL", -12.7806, 45.2279, NULL, RDV_COORD_SWAPPED},
	/* swapped, but the swap lands in another territory than the department's */
	{"Paris swapped, department 974", 48.8566, 2.3522, "974", RDV_COORD_OUTSIDE},
	{"Cayenne swapped, department 75", 4.9224, -52.3265, "75", RDV_COORD_OUTSIDE},
	/* zero */
	{"0,0", 0.0, 0.0, "75", RDV_COORD_ZERO},
	{"0,0 without department", 0.0, 0.0, NULL, RDV_COORD_ZERO},
	{"-0,-0", -0.0, -0.0, NULL, RDV_COORD_ZERO},
	{"almost 0,0", 9e-7, -9e-7, NULL, RDV_COORD_ZERO},
	{"near 0,0 but not zero", 1e-6, 0.0, NULL, RDV_COORD_OUTSIDE},
	/* outside */
	{"New York", -74.0060, 40.7128, NULL, RDV_COORD_OUTSIDE},
	{"Madrid", -3.7038, 40.4168, NULL, RDV_COORD_OUTSIDE},
	{"Tahiti (987, not served)", -149.5585, -17.5516, "987", RDV_COORD_OUTSIDE},
	{"Noumea (988, not served)", 166.4572, -22.2758, "988", RDV_COORD_OUTSIDE},
	{"Paris in the southern hemisphere", 2.3522, -48.8566, "75", RDV_COORD_OUTSIDE},
	{"Paris in the western hemisphere", -2.3522 - 60.0, 48.8566, "75", RDV_COORD_OUTSIDE},
	{"south pole", 0.0, -90.0, NULL, RDV_COORD_OUTSIDE},
	{"antimeridian", 180.0, 0.0, NULL, RDV_COORD_OUTSIDE},
	/* mismatch */
	{"Paris with department 971", 2.3522, 48.8566, "971", RDV_COORD_MISMATCH},
	{"Saint-Denis (Reunion) with department 93", 55.4504, -20.8823, "93", RDV_COORD_MISMATCH},
	{"Mamoudzou with department 974", 45.2279, -12.7806, "974", RDV_COORD_MISMATCH},
	{"Fort-de-France with department 971", -61.0588, 14.6161, "971", RDV_COORD_MISMATCH},
	{"Pointe-a-Pitre with department 972", -61.5331, 16.2411, "972", RDV_COORD_MISMATCH},
	{"Marigot with department 972", -63.0822, 18.0731, "972", RDV_COORD_MISMATCH},
	{"Saint-Pierre (SPM) with department 22", -56.1773, 46.7811, "22", RDV_COORD_MISMATCH},
	{"Paris with department 984 (not served)", 2.3522, 48.8566, "984", RDV_COORD_MISMATCH},
	{"Paris with an unrecognised department", 2.3522, 48.8566, "XYZ", RDV_COORD_MISMATCH},
	{"Paris with a too long department", 2.3522, 48.8566, "75000", RDV_COORD_MISMATCH},
	/* invalid */
	{"longitude NaN", NAN, 48.8566, NULL, RDV_COORD_INVALID},
	{"latitude NaN", 2.3522, NAN, NULL, RDV_COORD_INVALID},
	{"longitude +inf", INFINITY, 48.8566, NULL, RDV_COORD_INVALID},
	{"latitude -inf", 2.3522, -INFINITY, NULL, RDV_COORD_INVALID},
	{"longitude 180.0001", 180.0001, 48.0, NULL, RDV_COORD_INVALID},
	{"longitude -181", -181.0, 48.0, NULL, RDV_COORD_INVALID},
	{"latitude 90.5", 2.0, 90.5, NULL, RDV_COORD_INVALID},
	{"latitude -91", 2.0, -91.0, NULL, RDV_COORD_INVALID},
	{"Paris in micro-degrees", 2352200.0, 48856600.0, "75", RDV_COORD_INVALID},
	{"latitude 91 with longitude 0", 0.0, 91.0, NULL, RDV_COORD_INVALID},
};

static const char *
coord_name(rdv_coord_status st)
{
	switch (st)
	{
		case RDV_COORD_OK:
			return "OK";
		case RDV_COORD_SWAPPED:
			return "SWAPPED";
		case RDV_COORD_ZERO:
			return "ZERO";
		case RDV_COORD_OUTSIDE:
			return "OUTSIDE";
		case RDV_COORD_MISMATCH:
			return "MISMATCH";
		case RDV_COORD_INVALID:
			return "INVALID";
	}
	return "?";
}

static int
same_double(double a, double b)
{
	return memcmp(&a, &b, sizeof(a)) == 0;
}

static void
test_coordinates(void)
{
	size_t		k;

	for (k = 0; k < sizeof(coord_cases) / sizeof(coord_cases[0]); k++)
	{
		const coord_case *c = &coord_cases[k];
		double		lon = c->lon,
					lat = c->lat;
		rdv_coord_status st = rdv_check_coordinates(&lon, &lat, c->dept);
		int			values_ok;
		char		got[96],
					exp[96];

		if (c->want == RDV_COORD_SWAPPED)
			values_ok = same_double(lon, c->lat) && same_double(lat, c->lon);
		else
			values_ok = same_double(lon, c->lon) && same_double(lat, c->lat);
		snprintf(got, sizeof(got), "%s (%.7g, %.7g)", coord_name(st), lon, lat);
		snprintf(exp, sizeof(exp), "%s", coord_name(c->want));
		tap(st == c->want && values_ok, got, exp, "coordinates %s (dept %s): %s",
			c->what, escz(c->dept), coord_name(c->want));
	}
}

static void
test_coordinates_misc(void)
{
	double		lon = 2.0,
				lat = 48.0;
	rdv_coord_status st;
	int			distinct = 1;

	st = rdv_check_coordinates(NULL, &lat, NULL);
	tap(st == RDV_COORD_INVALID, coord_name(st), "INVALID", "coordinates: NULL longitude pointer");
	st = rdv_check_coordinates(&lon, NULL, NULL);
	tap(st == RDV_COORD_INVALID, coord_name(st), "INVALID", "coordinates: NULL latitude pointer");

	for (int a = RDV_COORD_OK; a <= RDV_COORD_INVALID; a++)
	{
		const char *ma = rdv_coord_status_message((rdv_coord_status) a);

		if (ma == NULL || ma[0] == '\0')
			distinct = 0;
		for (int b = a + 1; ma != NULL && b <= RDV_COORD_INVALID; b++)
			if (strcmp(ma, rdv_coord_status_message((rdv_coord_status) b)) == 0)
				distinct = 0;
	}
	tap(distinct, "missing or repeated", "six distinct messages",
		"coordinates: every status has its own message");
	tap(rdv_coord_status_message((rdv_coord_status) 99) != NULL, "NULL", "a message",
		"coordinates: an unknown status still has a message");
}

/* Random points in each territory box stay OK; swapped they come back. */
static void
test_coordinates_random(void)
{
	static const struct
	{
		double		lon0,
					lon1,
					lat0,
					lat1;
		const char *dept;
	}			boxes[] = {
		{-5.8, 10.0, 41.0, 51.5, "75"},
		{-62.0, -60.8, 15.7, 16.7, "971"},
		{-63.3, -62.6, 17.7, 18.3, "978"},
		{-61.4, -60.6, 14.2, 15.0, "972"},
		{-54.8, -51.3, 2.0, 6.0, "973"},
		{55.0, 56.0, -21.6, -20.6, "974"},
		{-56.6, -55.9, 46.6, 47.3, "975"},
		{44.8, 45.5, -13.2, -12.4, "976"},
	};
	uint64_t	st = 12345;
	long		wrong = 0;
	char		first[128] = "";

	HEAVY();
	for (int i = 0; i < 400000; i++)
	{
		size_t		b = rng_below(&st, sizeof(boxes) / sizeof(boxes[0]));
		double		u = (double) (rng_next(&st) >> 11) / 9007199254740992.0;
		double		v = (double) (rng_next(&st) >> 11) / 9007199254740992.0;
		double		lon = boxes[b].lon0 + u * (boxes[b].lon1 - boxes[b].lon0);
		double		lat = boxes[b].lat0 + v * (boxes[b].lat1 - boxes[b].lat0);
		double		x = lon,
					y = lat;
		const char *dept = rng_below(&st, 2) ? boxes[b].dept : NULL;
		rdv_coord_status s1 = rdv_check_coordinates(&x, &y, dept),
					s2;

		x = lat;
		y = lon;
		s2 = rdv_check_coordinates(&x, &y, dept);
		if (s1 != RDV_COORD_OK || s2 != RDV_COORD_SWAPPED || x != lon || y != lat)
		{
			if (wrong++ == 0)
				snprintf(first, sizeof(first), "(%.9g, %.9g) dept %s: %s then %s",
						 lon, lat, escz(dept), coord_name(s1), coord_name(s2));
		}
	}
	tap(wrong == 0, first, "OK then SWAPPED",
		"coordinates: 400000 random points in the boxes are OK, and SWAPPED when swapped");
}

/* Random doubles, including NaN and infinities: only SWAPPED moves values. */
static void
test_coordinates_fuzz(void)
{
	static const char *const depts[] = {NULL, "", "75", "2A", "971", "974", "976", "987", "zz"};
	uint64_t	st = 777;
	long		wrong = 0;

	HEAVY();
	for (int i = 0; i < 300000; i++)
	{
		double		lon,
					lat,
					x,
					y;
		uint64_t	bits = rng_next(&st);
		rdv_coord_status s;

		if (rng_below(&st, 2))
			memcpy(&lon, &bits, sizeof(lon));
		else
			lon = ((double) (bits >> 11) / 9007199254740992.0) * 400.0 - 200.0;
		bits = rng_next(&st);
		if (rng_below(&st, 2))
			memcpy(&lat, &bits, sizeof(lat));
		else
			lat = ((double) (bits >> 11) / 9007199254740992.0) * 200.0 - 100.0;
		x = lon;
		y = lat;
		s = rdv_check_coordinates(&x, &y, depts[rng_below(&st, 9)]);
		if (s > RDV_COORD_INVALID ||
			(s == RDV_COORD_SWAPPED ? !(same_double(x, lat) && same_double(y, lon))
			 : !(same_double(x, lon) && same_double(y, lat))) ||
			(s != RDV_COORD_INVALID && (isnan(lon) || isnan(lat) || fabs(lon) > 180 || fabs(lat) > 90)))
			wrong++;
	}
	tap(wrong == 0, "inconsistent results", "none",
		"coordinates: 300000 random doubles give consistent statuses");
}

/* ------------------------------------------------------------------------
 * Zip codes, departments, time zones
 * ------------------------------------------------------------------------ */

typedef struct
{
	bytes		in;
	const char *want;			/* NULL: rejected */
} text_case;

static const text_case zip_cases[] = {
	{B("75001"), "75001"},
	{B("01000"), "01000"},
	{B("1000"), "01000"},
	{B(" 1000 "), "01000"},
	{B("\t9000\n"), "09000"},
	{B("9999"), "09999"},
	{B("97150"), "97150"},
	{B("97133"), "97133"},
	{B("20000"), "20000"},
	{B("20200"), "20200"},
	{B("98000"), "98000"},
	{B("00100"), "00100"},
	{B("99999"), "99999"},
	{B("00000"), NULL},
	{B("0000"), NULL},
	{B("0123"), NULL},
	{B("123"), NULL},
	{B("12"), NULL},
	{B("1"), NULL},
	{B("123456"), NULL},
	{B("7500A"), NULL},
	{B("2A000"), NULL},
	{B("75 001"), NULL},
	{B("75-001"), NULL},
	{B("+1000"), NULL},
	{B("-1000"), NULL},
	{B("1000.0"), NULL},
	{B("1e3"), NULL},
	{B(""), NULL},
	{B("     "), NULL},
	{B("7500\0"), NULL},
	{B("\0007500"), NULL},
	{B("75001\0"), NULL},
	{B("\xd9\xa7\xd9\xa5\xd9\xa0\xd9\xa0\xd9\xa1"), NULL},
	{B("F-75001"), NULL},
	{B("75001 PARIS"), NULL},
};

static void
test_zip(void)
{
	size_t		k;

	for (k = 0; k < sizeof(zip_cases) / sizeof(zip_cases[0]); k++)
	{
		const text_case *c = &zip_cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		char		out[6] = "XXXXX";
		bool		ok = rdv_normalize_zip(in, c->in.len, out);
		int			pass = c->want ? (ok && strcmp(out, c->want) == 0) : (!ok && out[0] == '\0');

		tap(pass, ok ? out : "rejected", c->want ? c->want : "rejected",
			"zip %s -> %s", esc(c->in.s, c->in.len), c->want ? c->want : "rejected");
		free(in);
	}
	tap(!rdv_normalize_zip(NULL, 0, (char[6]) {0}), "accepted", "rejected", "zip NULL input rejected");
	tap(!rdv_normalize_zip("75001", 5, NULL), "accepted", "rejected", "zip NULL output rejected");
}

static const struct
{
	const char *zip;
	const char *want;
}			dept_cases[] = {
	{"01000", "01"}, {"01500", "01"}, {"09000", "09"}, {"13001", "13"}, {"19000", "19"},
	{"21000", "21"}, {"29200", "29"}, {"59000", "59"}, {"75001", "75"}, {"75116", "75"},
	{"93200", "93"}, {"95000", "95"}, {"95999", "95"},
	{"20000", "2A"}, {"20090", "2A"}, {"20100", "2A"}, {"20167", "2A"}, {"20199", "2A"},
	{"20200", "2B"}, {"20290", "2B"}, {"20600", "2B"}, {"20620", "2B"}, {"20699", "2B"},
	{"20700", NULL}, {"20800", NULL}, {"20999", NULL},
	{"97100", "971"}, {"97110", "971"}, {"97133", "971"}, {"97150", "971"},
	{"97200", "972"}, {"97300", "973"}, {"97400", "974"}, {"97500", "975"},
	{"97600", "976"}, {"97700", "977"}, {"97800", "978"},
	{"97000", NULL}, {"97900", NULL},
	{"98000", NULL}, {"98100", NULL}, {"98300", NULL}, {"98400", "984"}, {"98500", NULL},
	{"98600", "986"}, {"98700", "987"}, {"98714", "987"}, {"98800", "988"}, {"98900", NULL},
	{"96000", NULL}, {"96999", NULL}, {"99000", NULL}, {"99999", NULL},
	{"00000", NULL}, {"00100", NULL}, {"00999", NULL},
	{"", NULL}, {"7500", NULL}, {"750", NULL}, {"7500a", NULL}, {"A5001", NULL},
	{" 7500", NULL}, {"2A000", NULL},
};

static void
test_department(void)
{
	size_t		k;
	char		six[7] = "750011";
	char		out[4];

	for (k = 0; k < sizeof(dept_cases) / sizeof(dept_cases[0]); k++)
	{
		char		zip[6] = {0};
		bool		ok;
		int			pass;

		memcpy(out, "ZZZ", 4);
		memcpy(zip, dept_cases[k].zip, strlen(dept_cases[k].zip) + 1);
		ok = rdv_department_from_zip(zip, out);
		pass = dept_cases[k].want ? (ok && strcmp(out, dept_cases[k].want) == 0)
			: (!ok && out[0] == '\0');
		tap(pass, ok ? out : "false", dept_cases[k].want ? dept_cases[k].want : "false",
			"department of zip %s -> %s", escz(dept_cases[k].zip),
			dept_cases[k].want ? dept_cases[k].want : "false");
	}
	memcpy(out, "ZZZ", 4);
	tap(!rdv_department_from_zip(six, out) && out[0] == '\0', out, "false",
		"department of a 6-digit string is false");
	tap(!rdv_department_from_zip(NULL, out), "true", "false", "department of NULL zip is false");
	tap(!rdv_department_from_zip("75001", NULL), "true", "false", "department with NULL output is false");
}

/* Reference written from the brief's wording, compared on all 100000 zips. */
static const char *
reference_department(const char *zip, char *buf)
{
	int			v = atoi(zip);
	int			two = v / 1000,
				three = v / 100;

	if (two == 20)
		return v < 20200 ? "2A" : v < 20700 ? "2B" : NULL;
	if ((two >= 1 && two <= 19) || (two >= 21 && two <= 95))
	{
		sprintf(buf, "%02d", two);
		return buf;
	}
	if ((three >= 971 && three <= 978) || three == 984 || three == 986 ||
		three == 987 || three == 988)
	{
		sprintf(buf, "%d", three);
		return buf;
	}
	return NULL;
}

static void
test_department_exhaustive(void)
{
	int			wrong = 0,
				tz_wrong = 0;
	char		first[64] = "";

	HEAVY();
	for (int v = 0; v <= 99999; v++)
	{
		char		zip[6],
					out[4],
					ref_buf[8],
					norm[6];
		const char *ref,
				   *tz;
		bool		ok;

		snprintf(zip, sizeof(zip), "%05d", v);
		ref = reference_department(zip, ref_buf);
		ok = rdv_department_from_zip(zip, out);
		if (ok != (ref != NULL) || (ok && strcmp(out, ref) != 0))
		{
			if (wrong++ == 0)
				snprintf(first, sizeof(first), "%s -> %s", zip, ok ? out : "false");
		}
		/* every served department has a zone, 98x has none */
		tz = ok ? rdv_timezone_for_department(out) : NULL;
		if (ok && ((tz == NULL) != (out[0] == '9' && out[1] == '8')))
			tz_wrong++;
		/* zips round-trip through rdv_normalize_zip (except 00000) */
		if (rdv_normalize_zip(zip, 5, norm) != (v != 0) || (v != 0 && strcmp(norm, zip) != 0))
			wrong++;
	}
	tap(wrong == 0 && tz_wrong == 0, first, "no difference",
		"department: all 100000 zips agree with a reference; served ones have a zone");
}

static const struct
{
	const char *dept;
	const char *want;
}			tz_cases[] = {
	{"75", "Europe/Paris"}, {"01", "Europe/Paris"}, {"19", "Europe/Paris"},
	{"21", "Europe/Paris"}, {"95", "Europe/Paris"}, {"2A", "Europe/Paris"},
	{"2B", "Europe/Paris"}, {"971", "America/Guadeloupe"}, {"977", "America/Guadeloupe"},
	{"978", "America/Guadeloupe"}, {"972", "America/Martinique"}, {"973", "America/Cayenne"},
	{"974", "Indian/Reunion"}, {"975", "America/Miquelon"}, {"976", "Indian/Mayotte"},
	{NULL, NULL}, {"", NULL}, {"20", NULL}, {"00", NULL}, {"96", NULL}, {"99", NULL},
	{"984", NULL}, {"986", NULL}, {"987", NULL}, {"988", NULL}, {"2a", NULL}, {"2C", NULL},
	{"1", NULL}, {"750", NULL}, {"9711", NULL}, {"970", NULL}, {"979", NULL}, {"97", NULL},
	{"98", NULL}, {"7 5", NULL}, {" 75", NULL}, {"75 ", NULL}, {"Paris", NULL},
};

static void
test_timezone(void)
{
	for (size_t k = 0; k < sizeof(tz_cases) / sizeof(tz_cases[0]); k++)
	{
		const char *tz = rdv_timezone_for_department(tz_cases[k].dept);
		int			pass = tz_cases[k].want ? (tz && strcmp(tz, tz_cases[k].want) == 0) : tz == NULL;

		tap(pass, tz ? tz : "NULL", tz_cases[k].want ? tz_cases[k].want : "NULL",
			"time zone of department %s", escz(tz_cases[k].dept));
	}
}

/* ------------------------------------------------------------------------
 * Text and city names
 * ------------------------------------------------------------------------ */

static const text_case tidy_cases[] = {
	{B("hello"), "hello"},
	{B("  hello   world  "), "hello world"},
	{B("a\t\n\r\v\fb"), "a b"},
	{B("SAINT-DENIS"), "SAINT-DENIS"},	/* no case change here */
	{B("\xc2\xa0" "a\xe2\x80\xaf" "b\xe2\x80\x87"), "a b"},
	{B("a \xc2\xa0 b"), "a b"},
	{B("\xc3\xa9t\xc3\xa9"), "\xc3\xa9t\xc3\xa9"},
	{B("\xc2\xa1" "Ol\xc3\xa1!"), "\xc2\xa1" "Ol\xc3\xa1!"},
	{B("\xf0\x9f\x98\x80"), "\xf0\x9f\x98\x80"},
	{B("\xef\xbf\xbf"), "\xef\xbf\xbf"},
	{B("\xf4\x8f\xbf\xbf"), "\xf4\x8f\xbf\xbf"},
	{B("\xe2\x80\x8b"), "\xe2\x80\x8b"},	/* zero-width space is not folded */
	{B(""), NULL},
	{B("   "), NULL},
	{B("\v\f\r\n\t"), NULL},
	{B("\xc2\xa0\xc2\xa0"), NULL},
	{B("a\0b"), NULL},
	{B("\0"), NULL},
	{B("a\x01"), NULL},
	{B("a\x1f" "b"), NULL},
	{B("a\x7f" "b"), NULL},
	{B("a\x1b[31m"), NULL},
	{B("\xc2\x80"), NULL},
	{B("\xc2\x85"), NULL},
	{B("\xc2\x9f"), NULL},
	{B("\xc3"), NULL},
	{B("a\xc3"), NULL},
	{B("\xc3\x28"), NULL},
	{B("\x80"), NULL},
	{B("\xbf"), NULL},
	{B("\xc0\xaf"), NULL},
	{B("\xc1\xbf"), NULL},
	{B("\xe0\x80\xaf"), NULL},
	{B("\xe0\x9f\xbf"), NULL},
	{B("\xe2\x82"), NULL},
	{B("\xed\xa0\x80"), NULL},
	{B("\xed\xbf\xbf"), NULL},
	{B("\xf0\x80\x80\x80"), NULL},
	{B("\xf0\x8f\xbf\xbf"), NULL},
	{B("\xf4\x90\x80\x80"), NULL},
	{B("\xf5\x80\x80\x80"), NULL},
	{B("\xf8\x88\x80\x80\x80"), NULL},
	{B("\xfe"), NULL},
	{B("\xff"), NULL},
	{B("Lyon \xff"), NULL},
};

static const text_case city_cases[] = {
	{B("SAINT-DENIS"), "Saint-Denis"},
	{B("LE  MANS"), "Le Mans"},
	{B("\xc3\x89VRY-COURCOURONNES"), "\xc3\x89vry-Courcouronnes"},
	{B("PARIS"), "Paris"},
	{B("  PARIS  "), "Paris"},
	{B("Paris"), "Paris"},
	{B("  paris  "), "paris"},
	{B("saint-denis"), "saint-denis"},
	{B("Saint-denis"), "Saint-denis"},
	{B("SAINT-DENIs"), "SAINT-DENIs"},
	{B("SAINT  -  DENIS"), "Saint - Denis"},
	{B("VILLENEUVE-D'ASCQ"), "Villeneuve-d'Ascq"},
	{B("VILLENEUVE-D\xe2\x80\x99" "ASCQ"), "Villeneuve-d\xe2\x80\x99" "Ascq"},
	{B("L'ISLE-SUR-LA-SORGUE"), "L'Isle-sur-la-Sorgue"},
	{B("L'ISLE-ADAM"), "L'Isle-Adam"},
	{B("D'HUISON-LONGUEVILLE"), "D'Huison-Longueville"},
	{B("PONT-L'ABB\xc3\x89"), "Pont-l'Abb\xc3\xa9"},
	{B("L'\xc3\x8eLE-D'YEU"), "L'\xc3\x8ele-d'Yeu"},
	{B("L'\xc3\x89TANG-SAL\xc3\x89"), "L'\xc3\x89tang-Sal\xc3\xa9"},
	{B("SAINT-GEORGES-DE-L'OYAPOCK"), "Saint-Georges-de-l'Oyapock"},
	{B("AIX-EN-PROVENCE"), "Aix-en-Provence"},
	{B("SAINT-GERMAIN-EN-LAYE"), "Saint-Germain-en-Laye"},
	{B("BOULOGNE-SUR-MER"), "Boulogne-sur-Mer"},
	{B("ROSNY-SOUS-BOIS"), "Rosny-sous-Bois"},
	{B("LES SABLES-D'OLONNE"), "Les Sables-d'Olonne"},
	{B("LA ROCHE-SUR-YON"), "La Roche-sur-Yon"},
	{B("LA ROCHELLE"), "La Rochelle"},
	{B("LE PLESSIS-ROBINSON"), "Le Plessis-Robinson"},
	{B("LES ABYMES"), "Les Abymes"},
	{B("LE PORT"), "Le Port"},
	{B("SAINT-MAUR-DES-FOSS\xc3\x89S"), "Saint-Maur-des-Foss\xc3\xa9s"},
	{B("SAINT-GERMAIN-DES-PR\xc3\x89S"), "Saint-Germain-des-Pr\xc3\xa9s"},
	{B("CH\xc3\x82LONS-EN-CHAMPAGNE"), "Ch\xc3\xa2lons-en-Champagne"},
	{B("VILLERS-L\xc3\x88S-NANCY"), "Villers-l\xc3\xa8s-Nancy"},
	{B("PLESSIS-L\xc3\x88S-TOURS"), "Plessis-l\xc3\xa8s-Tours"},
	{B("FORT-DE-FRANCE"), "Fort-de-France"},
	{B("BAR-LE-DUC"), "Bar-le-Duc"},
	{B("FONTENAY-LE-COMTE"), "Fontenay-le-Comte"},
	{B("BRIVE-LA-GAILLARDE"), "Brive-la-Gaillarde"},
	{B("SAINT-LAURENT-DU-MARONI"), "Saint-Laurent-du-Maroni"},
	{B("SAINT-LAURENT-DU-VAR"), "Saint-Laurent-du-Var"},
	{B("SAINT-PIERRE-ET-MIQUELON"), "Saint-Pierre-et-Miquelon"},
	{B("SAINT-MARTIN-AU-LAERT"), "Saint-Martin-au-Laert"},
	{B("SAINT-JEAN-AUX-BOIS"), "Saint-Jean-aux-Bois"},
	{B("ENGHIEN-LES-BAINS"), "Enghien-les-Bains"},
	{B("SAINT-\xc3\x89TIENNE-DU-ROUVRAY"), "Saint-\xc3\x89tienne-du-Rouvray"},
	{B("\xc3\x89PINAY-SOUS-S\xc3\x89NART"), "\xc3\x89pinay-sous-S\xc3\xa9nart"},
	{B("MARSEILLE 1ER ARRONDISSEMENT"), "Marseille 1er Arrondissement"},
	{B("LYON 3E"), "Lyon 3e"},
	{B("PARIS 15E ARRONDISSEMENT"), "Paris 15e Arrondissement"},
	{B("SAINT-DENIS (LA R\xc3\x89UNION)"), "Saint-Denis (La R\xc3\xa9union)"},
	{B("LENS"), "Lens"},
	{B("DESVRES"), "Desvres"},
	{B("LAON"), "Laon"},
	{B("SURESNES"), "Suresnes"},
	{B("AUXERRE"), "Auxerre"},
	{B("EN"), "En"},
	{B("LA DE LE"), "La de le"},
	{B("LE DE"), "Le de"},
	{B("BAIE-MAHAULT"), "Baie-Mahault"},
	{B("MAMOUDZOU"), "Mamoudzou"},
	{B("SAINT\xc2\xa0" "DENIS"), "Saint Denis"},
	{B("SAINT\tDENIS\n"), "Saint Denis"},
	{B("\xc3\x80\xc3\x89\xc3\x8e\xc3\x94\xc3\x9b"), "\xc3\x80\xc3\xa9\xc3\xae\xc3\xb4\xc3\xbb"},
	{B("\xc3\x9e\xc3\x93RSH\xc3\x96" "FN"), "\xc3\x9e\xc3\xb3rsh\xc3\xb6" "fn"},
	{B("AB\xc3\x97" "CD"), "Ab\xc3\x97" "Cd"},			/* x is not a letter */
	{B("AB\xc3\xb7" "CD"), "Ab\xc3\xb7" "Cd"},			/* nor is the division sign */
	{B("STRA\xc3\x9f" "E"), "STRA\xc3\x9f" "E"},		/* sharp s is lower-case */
	{B("HA\xc3\xbf"), "HA\xc3\xbf"},					/* y diaeresis is lower-case */
	{B("L'HA\xc5\xb8-LES-ROSES"), "L'Ha\xc5\xb8-les-Roses"},	/* Y diaeresis is outside Latin-1 */
	{B("\xc5\x92UILLY"), "\xc5\x92uilly"},
	{B("C\xc5\x92UVRES-ET-VALSERY"), "C\xc5\x92uvres-et-Valsery"},
	{B("SAINT\xe2\x80\x93" "DENIS"), "Saint\xe2\x80\x93" "Denis"},	/* en dash separates */
	{B("\xce\x91\xce\x98\xce\x97\xce\x9d\xce\x91"), "\xce\x91\xce\x98\xce\x97\xce\x9d\xce\x91"},
	{B("75001"), "75001"},
	{B("'"), "'"},
	{B("-LE-"), "-Le-"},
	{B("A"), "A"},
	{B("a"), "a"},
	{B(""), NULL},
	{B("    "), NULL},
	{B("PARIS\x01"), NULL},
	{B("PARIS\0"), NULL},
	{B("PAR\xc3"), NULL},
	{B("PAR\xc2\x85IS"), NULL},
};

typedef size_t (*tidy_fn) (const char *, size_t, char *, size_t);

static void
run_text_cases(const char *name, tidy_fn fn, const text_case *cases, size_t ncases)
{
	for (size_t k = 0; k < ncases; k++)
	{
		const text_case *c = &cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		size_t		outsz = c->in.len + 1;
		char	   *out = malloc(outsz);
		size_t		n;
		int			pass;

		memset(out, 'X', outsz);
		n = fn(in, c->in.len, out, outsz);
		if (c->want)
			pass = n == strlen(c->want) && strcmp(out, c->want) == 0;
		else
			pass = n == 0 && out[0] == '\0';
		tap(pass, n ? esc(out, n) : "rejected", c->want ? escz(c->want) : "rejected",
			"%s %s -> %s", name, esc(c->in.s, c->in.len), c->want ? escz(c->want) : "rejected");
		free(out);
		free(in);
	}
}

static void
test_text_sizes(void)
{
	char		out[16];
	size_t		n;

	memset(out, 'X', sizeof(out));
	n = rdv_tidy_city("PARIS", 5, out, 5);
	tap(n == 0 && out[0] == '\0', out, "0 and \"\"", "city: no room for the NUL -> 0, empty output");
	n = rdv_tidy_city("PARIS", 5, out, 6);
	tap(n == 5 && strcmp(out, "Paris") == 0, out, "Paris", "city: exact fit");
	n = rdv_tidy_text(" a  b ", 6, out, 4);
	tap(n == 3 && strcmp(out, "a b") == 0, out, "a b", "text: fits once tidied");
	n = rdv_tidy_text(" a  b ", 6, out, 3);
	tap(n == 0 && out[0] == '\0', out, "\"\"", "text: one byte short");
	n = rdv_tidy_text("\xc3\xa9", 2, out, 2);
	tap(n == 0 && out[0] == '\0', out, "\"\"", "text: never cuts a UTF-8 sequence");
	n = rdv_tidy_text("abc", 3, out, 1);
	tap(n == 0 && out[0] == '\0', out, "\"\"", "text: outsz 1 gets an empty string");
	memset(out, 'X', sizeof(out));
	n = rdv_tidy_text("abc", 3, out, 0);
	tap(n == 0 && out[0] == 'X', "written", "untouched", "text: outsz 0 writes nothing");
	n = rdv_tidy_text("abc", 3, NULL, 10);
	tap(n == 0, "non-zero", "0", "text: NULL output");
	n = rdv_tidy_text(NULL, 0, out, sizeof(out));
	tap(n == 0 && out[0] == '\0', out, "\"\"", "text: NULL input of length 0");
	n = rdv_tidy_city(NULL, 5, out, sizeof(out));
	tap(n == 0 && out[0] == '\0', out, "\"\"", "city: NULL input with a length is rejected");
}

static void
test_text_big(void)
{
	size_t		n = 3 * 349525,	/* 1 MiB - 1, a multiple of 3 */
				r;
	char	   *in = malloc((1 << 20) + 1),
			   *out = malloc((1 << 20) + 1);
	size_t		k;
	int			ok = 1;

	for (k = 0; k < n; k += 3)
		memcpy(in + k, "LE ", 3);
	r = rdv_tidy_city(in, n, out, n + 1);
	ok = r == n - 1 && memcmp(out, "Le le ", 6) == 0;
	for (k = 3; ok && k < r; k += 3)
		ok &= memcmp(out + k, "le", 2) == 0 && (k + 2 == r || out[k + 2] == ' ');
	tap(ok, "wrong", "\"Le le le ...\"",
		"city: 1 MiB of \"LE \" becomes \"Le le le ...\" (a particle after the first word)");
	n = 1 << 20;
	memset(in, ' ', n);
	r = rdv_tidy_text(in, n, out, n + 1);
	tap(r == 0 && out[0] == '\0', "non-empty", "empty", "text: 1 MiB of spaces is empty");
	for (k = 0; k + 1 < n; k += 2)
	{
		in[k] = (char) 0xC3;
		in[k + 1] = (char) 0x89;
	}
	r = rdv_tidy_city(in, n, out, n + 1);
	tap(r == n && (unsigned char) out[1] == 0x89 && (unsigned char) out[3] == 0xA9 &&
		(unsigned char) out[n - 1] == 0xA9, "wrong", "\xc3\x89\xc3\xa9...",
		"city: 1 MiB of capital E-acute is one word, title-cased");
	in[n - 1] = 'A';				/* cut the last sequence */
	r = rdv_tidy_city(in, n, out, n + 1);
	tap(r == 0, "accepted", "rejected", "city: a broken sequence at the end of 1 MiB is found");
	free(in);
	free(out);
}

/* Invariants of tidy/city on random bytes biased toward the tricky ones. */
static void
test_text_fuzz(void)
{
	static const unsigned char alphabet[] = {
		'A', 'E', 'L', 'D', 'S', 'a', 'e', 'l', 'd', '\'', '-', ' ', ' ', '\t', '\n', '(',
		'0', 0x00, 0x01, 0x7F, 0xC2, 0xA0, 0x85, 0xC3, 0x89, 0xA9, 0x97, 0xB7, 0x9F, 0xBF,
		0xC5, 0xB8, 0xE2, 0x80, 0x99, 0xAF, 0xED, 0xF0, 0x9F, 0xF4, 0x90, 0xFF, 0xC0
	};
	uint64_t	st = 4242;
	long		wrong = 0,
				accepted = 0;
	char		first[160] = "";

	HEAVY();
	for (int i = 0; i < 300000; i++)
	{
		size_t		len = rng_below(&st, 24),
					n,
					n2,
					nc,
					nc2;
		char		raw[24],
					out[32],
					out2[32],
					city[32],
					city2[32];
		char	   *in;
		int			bad = 0;

		for (size_t k = 0; k < len; k++)
			raw[k] = (char) alphabet[rng_below(&st, sizeof(alphabet))];
		in = dup_exact(raw, len);
		n = rdv_tidy_text(in, len, out, sizeof(out));
		nc = rdv_tidy_city(in, len, city, sizeof(city));
		free(in);
		if (n > 0)
		{
			accepted++;
			bad |= n > len || out[n] != '\0' || strlen(out) != n;
			bad |= out[0] == ' ' || out[n - 1] == ' ' || strstr(out, "  ") != NULL;
			bad |= !valid_utf8((const unsigned char *) out, n);
			for (size_t k = 0; k < n; k++)
				bad |= (unsigned char) out[k] < 0x20 || out[k] == 0x7F;
			n2 = rdv_tidy_text(out, n, out2, sizeof(out2));
			bad |= n2 != n || memcmp(out, out2, n) != 0;
			bad |= nc != n || !valid_utf8((const unsigned char *) city, nc);
			nc2 = rdv_tidy_city(city, nc, city2, sizeof(city2));
			bad |= nc2 != nc || memcmp(city, city2, nc) != 0;
		}
		else
			bad |= nc != 0 || out[0] != '\0' || city[0] != '\0';
		if (bad && wrong++ == 0)
			snprintf(first, sizeof(first), "%s", esc(raw, len));
	}
	tap(wrong == 0 && accepted > 1000, first, "invariants hold",
		"text: 300000 random inputs: valid UTF-8 out, trimmed, single spaces, idempotent, same length in city");
}

/* ------------------------------------------------------------------------
 * URLs
 * ------------------------------------------------------------------------ */

typedef struct
{
	bytes		in;
	bool		want;
} url_case;

static const url_case url_cases[] = {
	{B("http://example.com"), true},
	{B("https://example.com/"), true},
	{B("HTTPS://EXAMPLE.COM/Path?q=1#frag"), true},
	{B("HtTp://a"), true},
	{B("http://localhost:8080/rdv"), true},
	{B("https://rdv.ville-paris.fr/booking?slot=2024-01-01T10:00&mp=42"), true},
	{B("https://rdv.example.fr/cancel?id=ABCDE12345&t=a%20b"), true},
	{B("  https://x.fr/  "), true},
	{B("https://x.fr\r\n"), true},
	{B("http://127.0.0.1:65535/"), true},
	{B("http://10.0.0.1"), true},
	{B("http://[::1]/"), true},
	{B("http://[::]"), true},
	{B("http://[2001:db8::1]:8443/x"), true},
	{B("http://[::ffff:192.168.0.1]/"), true},
	{B("http://[1:2:3:4:5:6:7:8]"), true},
	{B("http://[1:2:3:4:5:6:7::]"), true},
	{B("http://[::2:3:4:5:6:7:8]"), true},
	{B("http://[1:2:3:4:5:6:1.2.3.4]"), true},
	{B("http://[FE80::ABCD]"), true},
	{B("https://x.fr/caf%C3%A9"), true},
	{B("https://x.fr/caf\xc3\xa9"), true},
	{B("https://x.fr?x=1"), true},
	{B("https://x.fr#a"), true},
	{B("https://x.fr/a@b"), true},
	{B("https://x.fr/?next=http://y.fr/"), true},
	{B("https://a-b.c-d.fr"), true},
	{B("https://x.fr:1"), true},
	{B("https://x.fr:00080/"), true},
	{B("https://xn--caf-dma.fr"), true},
	{B("https://3com.com"), true},
	{B("https://x.fr/a|b{c}^`"), true},
	{B(""), false},
	{B("   "), false},
	{B("ftp://x.fr"), false},
	{B("mailto:a@b.fr"), false},
	{B("javascript:alert(1)"), false},
	{B("data:text/html,hi"), false},
	{B("file:///etc/passwd"), false},
	{B("http:/x.fr"), false},
	{B("http:x.fr"), false},
	{B("https//x.fr"), false},
	{B("//x.fr"), false},
	{B("x.fr"), false},
	{B("www.x.fr/rdv"), false},
	{B("http://"), false},
	{B("https://"), false},
	{B("http:///path"), false},
	{B("http://?q"), false},
	{B("http://#f"), false},
	{B("http://:80/"), false},
	{B("httpx://x.fr"), false},
	{B("http ://x.fr"), false},
	{B("http://user@x.fr"), false},
	{B("http://user:pass@x.fr/"), false},
	{B("http://x.fr@evil.com"), false},
	{B("http://@x.fr"), false},
	{B("http://x.fr:0"), false},
	{B("http://x.fr:65536"), false},
	{B("http://x.fr:99999"), false},
	{B("http://x.fr:"), false},
	{B("http://x.fr:/"), false},
	{B("http://x.fr:abc"), false},
	{B("http://x.fr:123456"), false},
	{B("http://x.fr:80:80"), false},
	{B("http://x.fr:-1"), false},
	{B("http://x .fr"), false},
	{B("http://x.fr/a b"), false},
	{B("http://x.fr/a\tb"), false},
	{B("http://x.fr/a\nb"), false},
	{B("http://x.fr/\0"), false},
	{B("http://x.fr\0/"), false},
	{B("http://x.fr/\x7f"), false},
	{B("http://x.fr/\x01"), false},
	{B("http://x.fr\\path"), false},
	{B("http://x.fr/a\\b"), false},
	{B("http://x.fr/a\"b"), false},
	{B("http://x.fr/<script>"), false},
	{B("http://x.fr/>"), false},
	{B("http://exa_mple.com"), false},
	{B("http://-x.fr"), false},
	{B("http://x-.fr"), false},
	{B("http://x.-fr"), false},
	{B("http://.x.fr"), false},
	{B("http://x..fr"), false},
	{B("http://x.fr."), false},
	{B("http://."), false},
	{B("http://caf\xc3\xa9.fr"), false},
	{B("http://x.fr/\xc2\xa0"), false},
	{B("http://x.fr/\xc2\x85"), false},
	{B("http://x.fr/\xe2\x80\x8b"), false},
	{B("http://x.fr/\xe2\x80\xae" "gpj.exe"), false},
	{B("http://x.fr/\xe2\x80\xa8"), false},
	{B("http://x.fr/\xe3\x80\x80"), false},
	{B("http://x.fr/\xef\xbb\xbf"), false},
	{B("http://x.fr/\xc2\xad"), false},
	{B("http://x.fr/\xff"), false},
	{B("http://x.fr/\xc3"), false},
	{B("http://x.fr/\xed\xa0\x80"), false},
	{B("http://[::1"), false},
	{B("http://[]"), false},
	{B("http://[::1]x"), false},
	{B("http://[::1]:"), false},
	{B("http://[::1]:0"), false},
	{B("http://[1:2:3:4:5:6:7:8:9]"), false},
	{B("http://[1:2:3:4:5:6:7]"), false},
	{B("http://[1::2::3]"), false},
	{B("http://[12345::1]"), false},
	{B("http://[::1%25eth0]"), false},
	{B("http://[g::1]"), false},
	{B("http://[:1]"), false},
	{B("http://[1:]"), false},
	{B("http://[:::]"), false},
	{B("http://[::256.1.1.1]"), false},
	{B("http://[::1.2.3]"), false},
	{B("http://[::01.2.3.4]"), false},
	{B("http://[1:2:3:4:5:6:7::1.2.3.4]"), false},
	{B("http://[1.2.3.4]"), false},
	{B("http://[::1.2.3.4:5]"), false},
	{B("http://[[::1]]"), false},
	{B("http://::1/"), false},
};

static void
test_url(void)
{
	for (size_t k = 0; k < sizeof(url_cases) / sizeof(url_cases[0]); k++)
	{
		const url_case *c = &url_cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		bool		got = rdv_is_http_url(in, c->in.len);

		tap(got == c->want, got ? "true" : "false", c->want ? "true" : "false",
			"url %s is %s", esc(c->in.s, c->in.len), c->want ? "accepted" : "rejected");
		free(in);
	}
}

static void
test_url_lengths(void)
{
	char		buf[4200];
	char		host[300];
	size_t		n;

	/* exactly RDV_URL_MAX_LEN bytes, then one more */
	memcpy(buf, "https://x.fr/", 13);
	memset(buf + 13, 'a', sizeof(buf) - 13);
	tap(rdv_is_http_url(buf, RDV_URL_MAX_LEN), "false", "true", "url of exactly %d bytes accepted",
		RDV_URL_MAX_LEN);
	tap(!rdv_is_http_url(buf, RDV_URL_MAX_LEN + 1), "true", "false", "url of %d bytes rejected",
		RDV_URL_MAX_LEN + 1);
	/* the limit applies after trimming */
	memset(buf, ' ', 100);
	memcpy(buf + 100, "https://x.fr/", 13);
	memset(buf + 113, 'a', RDV_URL_MAX_LEN - 13);
	memset(buf + 100 + RDV_URL_MAX_LEN, ' ', 100);
	tap(rdv_is_http_url(buf, RDV_URL_MAX_LEN + 200), "false", "true",
		"url: the length limit is measured after trimming");

	/* labels of 63 and 64 bytes */
	n = (size_t) snprintf(host, sizeof(host), "http://%.63s.fr/", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	tap(rdv_is_http_url(host, n), "false", "true", "url: 63-byte label accepted");
	n = (size_t) snprintf(host, sizeof(host), "http://%.64s.fr/", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	tap(!rdv_is_http_url(host, n), "true", "false", "url: 64-byte label rejected");

	/* host names of 253 and 254 bytes (labels of 49 + dot) */
	{
		char		h[300];
		size_t		o = 0;

		memcpy(h, "http://", 7);
		o = 7;
		while (o - 7 < 250)
		{
			memset(h + o, 'b', 49);
			o += 49;
			h[o++] = '.';
		}
		/* 5 labels of 49 + dots = 250 bytes; finish with "abc" -> 253 */
		memcpy(h + o, "abc", 3);
		o += 3;
		tap(rdv_is_http_url(h, o), "false", "true", "url: 253-byte host accepted");
		h[o++] = 'd';
		tap(!rdv_is_http_url(h, o), "true", "false", "url: 254-byte host rejected");
	}
	tap(!rdv_is_http_url(NULL, 0), "true", "false", "url: NULL input rejected");
}

/* Mutations of a valid URL: no crash, and anything accepted looks right. */
static void
test_url_fuzz(void)
{
	static const char base[] = "https://rdv.x-y.fr:8443/a/b?c=d&e=%20#f";
	static const char base6[] = "http://[2001:db8::ffff:1.2.3.4]:80/p";
	static const unsigned char subst[] = {
		'@', ':', '/', '[', ']', '.', '-', ' ', '\\', '"', 0x00, 0x7F, 0xC3, 0xA9, 0xFF,
		'0', '9', 'a', 'Z', '%', '?', '#', 0xE2, 0x80, 0x8B
	};
	uint64_t	st = 99;
	long		wrong = 0;
	char		first[160] = "";

	HEAVY();
	for (int i = 0; i < 200000; i++)
	{
		const char *src = (i & 1) ? base : base6;
		size_t		len = strlen(src);
		char		buf[64];
		char	   *in;
		int			edits = 1 + (int) rng_below(&st, 3);
		bool		ok;

		memcpy(buf, src, len);
		for (int e = 0; e < edits; e++)
		{
			size_t		pos = rng_below(&st, len);
			int			op = (int) rng_below(&st, 3);

			if (op == 0)
				buf[pos] = (char) subst[rng_below(&st, sizeof(subst))];
			else if (op == 1 && len > 1)
			{
				memmove(buf + pos, buf + pos + 1, len - pos - 1);
				len--;
			}
			else if (len < sizeof(buf) - 1)
			{
				memmove(buf + pos + 1, buf + pos, len - pos);
				buf[pos] = (char) subst[rng_below(&st, sizeof(subst))];
				len++;
			}
		}
		in = dup_exact(buf, len);
		ok = rdv_is_http_url(in, len);
		free(in);
		if (ok)
		{
			int			bad = 0;
			size_t		k,
						hstart;
			char	   *p = buf;

			/* outer whitespace is trimmed by design */
			while (len > 0 && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
				p++, len--;
			while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t' ||
							   p[len - 1] == '\n' || p[len - 1] == '\r'))
				len--;
			memmove(buf, p, len);
			hstart = (buf[4] == 's' || buf[4] == 'S') ? 8 : 7;

			bad |= !(len >= 8 && (memcmp(buf, "http://", 7) == 0 || memcmp(buf, "https://", 8) == 0));
			for (k = 0; k < len; k++)
			{
				unsigned char c = (unsigned char) buf[k];

				bad |= c <= 0x20 || c == 0x7F || c == '\\' || c == '"';
			}
			for (k = hstart; k < len && buf[k] != '/' && buf[k] != '?' && buf[k] != '#'; k++)
				bad |= buf[k] == '@';
			bad |= !valid_utf8((const unsigned char *) buf, len);
			if (bad && wrong++ == 0)
				snprintf(first, sizeof(first), "%s", esc(buf, len));
		}
	}
	tap(wrong == 0, first, "none", "url: 200000 mutated URLs, nothing bad accepted");
}

/* ------------------------------------------------------------------------
 * Vendor ids
 * ------------------------------------------------------------------------ */

typedef struct
{
	bytes		in;
	bool		is_number;
	const char *want;			/* NULL: rejected */
} id_case;

#define A64 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define Z63 "000000000000000000000000000000000000000000000000000000000000000"

static const id_case id_cases[] = {
	{B("42"), true, "42"},
	{B("42.0"), true, "42"},
	{B("42.000"), true, "42"},
	{B("4.2e1"), true, "42"},
	{B("4.2E+1"), true, "42"},
	{B("420e-1"), true, "42"},
	{B("4200E-2"), true, "42"},
	{B("0.42e2"), true, "42"},
	{B(" 42 "), true, "42"},
	{B("+42"), true, "42"},
	{B("007"), true, "7"},
	{B("-42"), true, "-42"},
	{B("-4.2e1"), true, "-42"},
	{B("0"), true, "0"},
	{B("-0"), true, "0"},
	{B("-0.0"), true, "0"},
	{B("0.000e5"), true, "0"},
	{B("0e999999999999"), true, "0"},
	{B("1e2"), true, "100"},
	{B("100"), true, "100"},
	{B("1.5e3"), true, "1500"},
	{B("12345678901234567890"), true, "12345678901234567890"},
	{B("9007199254740993"), true, "9007199254740993"},
	{B("9007199254740993.0"), true, "9007199254740993"},
	{B("1e63"), true, "1" Z63},
	{B("1e64"), true, NULL},
	{B("-1e63"), true, NULL},
	{B("1e999999999999"), true, NULL},
	{B("42.5"), true, "42.5"},
	{B("4.25e1"), true, "4.25e1"},
	{B("1e-3"), true, "1e-3"},
	{B("0.1"), true, "0.1"},
	{B("abc"), true, NULL},
	{B(""), true, NULL},
	{B("  "), true, NULL},
	{B("1."), true, NULL},
	{B(".5"), true, NULL},
	{B("1e"), true, NULL},
	{B("1e+"), true, NULL},
	{B("--1"), true, NULL},
	{B("1,5"), true, NULL},
	{B("0x1F"), true, NULL},
	{B("NaN"), true, NULL},
	{B("42\0"), true, NULL},
	{B("042"), false, "042"},
	{B("42"), false, "42"},
	{B("42.0"), false, "42.0"},
	{B("4.2e1"), false, "4.2e1"},
	{B(" abc "), false, "abc"},
	{B("mp-42/A"), false, "mp-42/A"},
	{B("a b"), false, "a b"},
	{B("Mairie de Lyon 3e"), false, "Mairie de Lyon 3e"},
	{B("\xc3\xa9t\xc3\xa9"), false, "\xc3\xa9t\xc3\xa9"},
	{B("{\"x\":1}"), false, "{\"x\":1}"},
	{B(A64), false, A64},
	{B(" " A64 " "), false, A64},
	{B(A64 "a"), false, NULL},
	{B("a\tb"), false, NULL},
	{B("a\nb"), false, NULL},
	{B("a\0b"), false, NULL},
	{B("\x7f"), false, NULL},
	{B("\xc2\x85"), false, NULL},
	{B("\xff"), false, NULL},
	{B("\xc3"), false, NULL},
	{B(""), false, NULL},
	{B("   "), false, NULL},
};

static void
test_external_id(void)
{
	for (size_t k = 0; k < sizeof(id_cases) / sizeof(id_cases[0]); k++)
	{
		const id_case *c = &id_cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		char		out[RDV_EXTERNAL_ID_MAX_LEN + 1];
		size_t		n;
		int			pass;

		memset(out, 'X', sizeof(out));
		n = rdv_normalize_external_id(in, c->in.len, c->is_number, out, sizeof(out));
		if (c->want)
			pass = n == strlen(c->want) && strcmp(out, c->want) == 0;
		else
			pass = n == 0 && out[0] == '\0';
		tap(pass, n ? esc(out, n) : "rejected", c->want ? escz(c->want) : "rejected",
			"external id %s (%s) -> %s", esc(c->in.s, c->in.len),
			c->is_number ? "number" : "string", c->want ? escz(c->want) : "rejected");
		free(in);
	}
}

static void
test_external_id_misc(void)
{
	char		out[8];
	size_t		n;
	char	   *big;

	n = rdv_normalize_external_id("42", 2, true, out, 2);
	tap(n == 0 && out[0] == '\0', out, "0", "external id: no room for the NUL");
	n = rdv_normalize_external_id("42.0", 4, true, out, 3);
	tap(n == 2 && strcmp(out, "42") == 0, out, "42", "external id: canonical form fits exactly");
	n = rdv_normalize_external_id("abc", 3, false, out, 3);
	tap(n == 0 && out[0] == '\0', out, "0", "external id: string one byte too long for outsz");
	n = rdv_normalize_external_id("0", 1, true, out, 1);
	tap(n == 0 && out[0] == '\0', out, "0", "external id: zero needs two bytes");
	n = rdv_normalize_external_id("abc", 3, false, NULL, 8);
	tap(n == 0, "non-zero", "0", "external id: NULL output");
	n = rdv_normalize_external_id("abc", 3, false, out, 0);
	tap(n == 0, "non-zero", "0", "external id: outsz 0");
	n = rdv_normalize_external_id(NULL, 0, false, out, sizeof(out));
	tap(n == 0 && out[0] == '\0', out, "0", "external id: NULL input");

	/* "42", many zeros, then an exponent that cancels them */
	big = malloc(1200);
	{
		char		o[80];

		memcpy(big, "42", 2);
		memset(big + 2, '0', 1100);
		memcpy(big + 1102, "e-1100", 6);
		n = rdv_normalize_external_id(big, 1108, true, o, sizeof(o));
		tap(n == 0, n ? o : "rejected", "rejected",
			"external id: number text longer than RDV_NUMBER_MAX_LEN rejected");
		memcpy(big + 902, "e-900", 5);
		n = rdv_normalize_external_id(big, 907, true, o, sizeof(o));
		tap(n == 2 && strcmp(o, "42") == 0, n ? o : "rejected", "42",
			"external id: 42 followed by 900 zeros and e-900 is 42");
	}
	free(big);
}

/* Random digit strings: canonical form agrees with a naive reference. */
static void
test_external_id_fuzz(void)
{
	uint64_t	st = 31337;
	long		wrong = 0;
	char		first[400] = "";

	HEAVY();
	for (int i = 0; i < 200000; i++)
	{
		char		txt[64],
					out[80],
					digits[200],
					ref[200];
		size_t		il = 1 + rng_below(&st, 8),
					fl = rng_below(&st, 4),
					n,
					t = 0,
					d = 0;
		int			e = (int) rng_below(&st, 13) - 6,
					neg = (int) rng_below(&st, 4) == 0,
					pos,
					integral = 1;
		const char *want;

		if (neg)
			txt[t++] = '-';
		for (size_t k = 0; k < il; k++)
			txt[t++] = digits[d++] = (char) ('0' + (rng_below(&st, 3) ? rng_below(&st, 10) : 0));
		if (fl > 0)
		{
			txt[t++] = '.';
			for (size_t k = 0; k < fl; k++)
				txt[t++] = digits[d++] = (char) ('0' + (rng_below(&st, 2) ? rng_below(&st, 10) : 0));
		}
		if (e != 0 || rng_below(&st, 2))
			t += (size_t) sprintf(txt + t, "e%d", e);
		/* reference: place the decimal point, then read off the integer */
		pos = (int) il + e;		/* digits before the point */
		{
			size_t		r = 0;
			int			k;

			for (k = 0; k < pos || k < (int) d; k++)
			{
				char		c = k < (int) d && k >= 0 ? digits[k] : '0';

				if (k >= pos)
				{
					if (c != '0')
						integral = 0;
				}
				else if (k >= 0)
					ref[r++] = c;
			}
			ref[r] = '\0';
		}
		{
			char	   *p = ref;

			while (*p == '0')
				p++;
			if (*p == '\0')
				want = "0";
			else
			{
				static char sref[210];

				snprintf(sref, sizeof(sref), "%s%s", neg ? "-" : "", p);
				want = sref;
			}
		}
		if (!integral)
		{
			txt[t] = '\0';
			want = txt;
		}
		{
			char	   *in = dup_exact(txt, t);

			n = rdv_normalize_external_id(in, t, true, out, sizeof(out));
			free(in);
		}
		txt[t] = '\0';
		if (n != strlen(want) || strcmp(out, want) != 0)
		{
			if (wrong++ == 0)
				snprintf(first, sizeof(first), "%s -> %s (want %s)", txt, out, want);
		}
	}
	tap(wrong == 0, first, "all equal",
		"external id: 200000 random numbers agree with a reference canonical form");
}

/* ------------------------------------------------------------------------
 * Pre-application numbers
 * ------------------------------------------------------------------------ */

static const text_case appid_cases[] = {
	{B("ABCDE12345"), "ABCDE12345"},
	{B("abcde12345"), "ABCDE12345"},
	{B("AbCdE12345"), "ABCDE12345"},
	{B("ABCDE-12345"), "ABCDE12345"},
	{B("AB CD E1 23 45"), "ABCDE12345"},
	{B(" abcde_12345 "), "ABCDE12345"},
	{B("AB.CD/E1-23_45"), "ABCDE12345"},
	{B("\tABCDE12345\n"), "ABCDE12345"},
	{B("ABCDE\xc2\xa0" "12345"), "ABCDE12345"},
	{B("ABCDE\xe2\x80\xaf" "12345"), "ABCDE12345"},
	{B("--AB--CD--E1--23--45--"), "ABCDE12345"},
	{B("0123456789"), "0123456789"},
	{B("O0O0O0O0O0"), "O0O0O0O0O0"},	/* no look-alike folding */
	{B("zzzzzzzzzz"), "ZZZZZZZZZZ"},
	{B("ABCDE1234"), NULL},
	{B("ABCDE123456"), NULL},
	{B("ABCD\xc3\x89" "12345"), NULL},
	{B("ABCDE+12345"), NULL},
	{B("ABCDE,12345"), NULL},
	{B("ABCDE:12345"), NULL},
	{B(""), NULL},
	{B("----------"), NULL},
	{B("          "), NULL},
	{B("ABCDE\0" "12345"), NULL},
	{B("ABCDE12345\0"), NULL},
	{B("ABCDE12345\xc2"), NULL},
	{B("ABCDE12345\xe2\x80"), NULL},
	{B("ABCDE\xc2\xa1" "12345"), NULL},
	{B("ABCDE\xe2\x80\x8b" "12345"), NULL},
	{B("\xef\xbc\xa1" "BCDE12345"), NULL},
};

static void
test_application_id(void)
{
	for (size_t k = 0; k < sizeof(appid_cases) / sizeof(appid_cases[0]); k++)
	{
		const text_case *c = &appid_cases[k];
		char	   *in = dup_exact(c->in.s, c->in.len);
		char		out[11];
		bool		ok;
		int			pass;

		memset(out, 'X', sizeof(out));
		ok = rdv_canonical_application_id(in, c->in.len, out);
		pass = c->want ? (ok && strcmp(out, c->want) == 0) : (!ok && out[0] == '\0');
		tap(pass, ok ? out : "rejected", c->want ? c->want : "rejected",
			"application id %s -> %s", esc(c->in.s, c->in.len), c->want ? c->want : "rejected");
		free(in);
	}
	{
		char		out[11];
		size_t		n = 1 << 20;
		char	   *big = malloc(n);

		memset(big, '-', n);
		memcpy(big + n / 2, "ABCDE12345", 10);
		tap(rdv_canonical_application_id(big, n, out) && strcmp(out, "ABCDE12345") == 0,
			"rejected", "ABCDE12345", "application id inside 1 MiB of dashes");
		memset(big, 'A', n);
		tap(!rdv_canonical_application_id(big, n, out), "accepted", "rejected",
			"application id: 1 MiB of letters rejected");
		free(big);
		tap(!rdv_canonical_application_id(NULL, 0, out) && out[0] == '\0', "accepted", "rejected",
			"application id: NULL input");
		tap(!rdv_canonical_application_id("ABCDE12345", 10, NULL), "accepted", "rejected",
			"application id: NULL output");
	}
}

/* ------------------------------------------------------------------------
 * Every function on random bytes: no crash, outputs well-formed.
 * ------------------------------------------------------------------------ */

static void
test_all_fuzz(void)
{
	static const unsigned char alphabet[] = {
		'0', '1', '2', '9', '-', ':', 'T', ' ', '+', 'Z', '.', ',', 'e', 'E', 'h', 't', 'p',
		's', '/', '[', ']', '@', 'A', 'a', '\t', 0x00, 0x80, 0xC3, 0xA9, 0xFF, 0xE2
	};
	uint64_t	st = 2024;
	long		wrong = 0;
	char		first[160] = "";

	HEAVY();
	for (int i = 0; i < 300000; i++)
	{
		size_t		len = rng_below(&st, 40);
		char		raw[40],
					out[80],
					zip[6],
					dept[4],
					app[11];
		char	   *in;
		rdv_datetime dt;
		double		v;
		int			bad = 0;
		size_t		n;

		for (size_t k = 0; k < len; k++)
			raw[k] = (char) alphabet[rng_below(&st, sizeof(alphabet))];
		/* half of the time start from something nearly valid */
		if (len >= 20 && rng_below(&st, 2))
			memcpy(raw, "2022-12-19T10:00:00", 19);
		in = dup_exact(raw, len);

		if (rdv_parse_datetime(in, len, &dt) == NULL)
			bad |= dt.year < 1 || dt.year > 9999 || dt.month < 1 || dt.month > 12 ||
				dt.day < 1 || dt.day > 31 || dt.hour > 23 || dt.minute > 59 ||
				dt.second > 59 || dt.microsecond < 0 || dt.microsecond > 999999 ||
				dt.offset_seconds < -50400 || dt.offset_seconds > 50400;
		if (rdv_parse_double(in, len, &v))
			bad |= !isfinite(v);
		if (rdv_normalize_zip(in, len, zip))
		{
			bad |= strlen(zip) != 5 || strspn(zip, "0123456789") != 5;
			if (rdv_department_from_zip(zip, dept))
				bad |= strlen(dept) < 2 || strlen(dept) > 3;
		}
		(void) rdv_is_http_url(in, len);
		n = rdv_normalize_external_id(in, len, rng_below(&st, 2), out, sizeof(out));
		bad |= n > RDV_EXTERNAL_ID_MAX_LEN || out[n] != '\0' || strlen(out) != n;
		if (rdv_canonical_application_id(in, len, app))
			bad |= strlen(app) != 10 || strspn(app, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != 10;
		n = rdv_tidy_city(in, len, out, 1 + rng_below(&st, sizeof(out)));
		bad |= out[n] != '\0';
		free(in);
		if (bad && wrong++ == 0)
			snprintf(first, sizeof(first), "%s", esc(raw, len));
	}
	tap(wrong == 0, first, "none", "all functions: 300000 random inputs, outputs well-formed");
}

/* ------------------------------------------------------------------------ */

static void
run_all(void)
{
	test_datetime_ok();
	test_datetime_bad();
	test_datetime_misc();
	test_datetime_calendar();
	test_datetime_roundtrip();
	test_double();
	test_double_misc();
	test_double_locale();
	test_coordinates();
	test_coordinates_misc();
	test_coordinates_random();
	test_coordinates_fuzz();
	test_zip();
	test_department();
	test_department_exhaustive();
	test_timezone();
	run_text_cases("text", rdv_tidy_text, tidy_cases, sizeof(tidy_cases) / sizeof(tidy_cases[0]));
	run_text_cases("city", rdv_tidy_city, city_cases, sizeof(city_cases) / sizeof(city_cases[0]));
	test_text_sizes();
	test_text_big();
	test_text_fuzz();
	test_url();
	test_url_lengths();
	test_url_fuzz();
	test_external_id();
	test_external_id_misc();
	test_external_id_fuzz();
	test_application_id();
	test_all_fuzz();
}

int
main(void)
{
	return tap_main(run_all);
}
