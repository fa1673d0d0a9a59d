/*
 * normalize.h — pure normalisation of what booking-software vendors send.
 *
 * Vendors are sloppy (see the product brief, "The vendor protocol"): datetimes
 * with and without offsets, numbers as strings with a French decimal comma,
 * swapped or zero coordinates, zip codes that lost their leading zero, city
 * names in capitals, odd URLs and ids that are sometimes numbers.  This module
 * turns each such field into one canonical form or says why it cannot.
 *
 * Contract shared by every function here:
 *   - only the C standard library: no PostgreSQL headers, no allocation, no
 *     global mutable state, so it is safe in any backend, in a fuzzer and in
 *     the standalone unit tests;
 *   - inputs are byte ranges (s, len): NOT NUL-terminated, may contain any
 *     byte including NUL; nothing reads s[len] or beyond; s may be NULL when
 *     len is 0;
 *   - "trim" always means ASCII whitespace (space, \t, \n, \v, \f, \r) at
 *     both ends;
 *   - outputs are NUL-terminated and never exceed the size given; on failure
 *     a text output holds the empty string (when it has room for it).
 */
#ifndef RDVMAIRIE_NORMALIZE_H
#define RDVMAIRIE_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

/* ------------------------------------------------------------------------
 * Datetimes
 *
 * Accepted, after trimming:
 *   YYYY-MM-DD ('T' | 't' | one space) HH:MM [:SS [.F]] [zone]
 *   F     1 to 9 digits; digits beyond the 6th are truncated (not rounded:
 *         rounding could carry into the next day).  .NET sends 7, Java 9.
 *         A fraction needs seconds.
 *   zone  'Z' | 'z' | ('+'|'-') HH [[':'] MM], |offset| <= 14:00, MM < 60.
 *         "-00:00" is read as offset 0.
 * Validated: year 1..9999, month 1..12, day within the month (Gregorian leap
 * years), hour 0..23 (24:00 rejected), minute 0..59, second 0..59 (no leap
 * second).  Anything else is rejected: a date alone, other separators,
 * "10/01/2024 10:00", trailing characters, embedded NUL.
 *
 * The parser only reports what was written.  What a naive time or a 'Z'
 * means is the caller's decision: vendors mostly mean the wall-clock time at
 * the meeting point in both cases, unless the vendor is flagged as sending
 * true UTC.  See rdv_timezone_for_department().  With an explicit offset the
 * instant is exact: UTC = written time MINUS offset_seconds.  Wall-clock
 * times that a zone skips or repeats at a summer-time change are also the
 * caller's to resolve.
 * ------------------------------------------------------------------------ */
typedef enum
{
	RDV_DT_NAIVE,				/* no zone designator */
	RDV_DT_ZULU,				/* trailing Z or z */
	RDV_DT_OFFSET				/* explicit numeric offset */
} rdv_dt_kind;

typedef struct
{
	int			year,
				month,
				day,
				hour,
				minute,
				second,
				microsecond;
	rdv_dt_kind kind;
	int			offset_seconds; /* RDV_DT_OFFSET only (else 0): east of UTC,
								 * "+01:00" -> 3600, "-03:30" -> -12600 */
} rdv_datetime;

/*
 * Returns NULL on success, else a static English message saying what is
 * wrong (e.g. "day out of range for month").  *out is written only on
 * success; out may be NULL to validate only.
 */
const char *rdv_parse_datetime(const char *s, size_t len, rdv_datetime *out);

/* ------------------------------------------------------------------------
 * Numbers given as JSON numbers or as strings.
 *
 * After trimming: [+|-] digits with at most one decimal separator ('.' or
 * the French ',') and at least one digit ("5.", ".5" are fine), then an
 * optional exponent e|E [+|-] digits.  Rejected: empty, letters, NaN,
 * Infinity, hexadecimal, "1.2.3", "1,234.5", a result that overflows to
 * infinity, and inputs longer than RDV_NUMBER_MAX_LEN bytes after trimming.
 * Underflow gives 0 or a subnormal, as strtod does.  Independent of the
 * C library's LC_NUMERIC.
 * ------------------------------------------------------------------------ */
#define RDV_NUMBER_MAX_LEN 1024

bool		rdv_parse_double(const char *s, size_t len, double *out);

/* ------------------------------------------------------------------------
 * Coordinates (WGS 84, degrees)
 *
 * Territory boxes, generous on purpose (they include some foreign land and
 * sea; they only catch gross errors — swapped, zero, wrong hemisphere):
 *
 *   territory                                   longitude         latitude
 *   mainland + Corsica (01..95, 2A, 2B)      -5.8 ..  10.0     41.0 ..  51.5
 *   Guadeloupe (971)                        -62.0 .. -60.8     15.7 ..  16.7
 *   Saint-Martin, Saint-Barthélemy (971,    -63.3 .. -62.6     17.7 ..  18.3
 *     977, 978)
 *   Martinique (972)                        -61.4 .. -60.6     14.2 ..  15.0
 *   French Guiana (973)                     -54.8 .. -51.3      2.0 ..   6.0
 *   Réunion (974)                            55.0 ..  56.0    -21.6 .. -20.6
 *   Saint-Pierre-et-Miquelon (975)          -56.6 .. -55.9     46.6 ..  47.3
 *   Mayotte (976)                            44.8 ..  45.5    -13.2 .. -12.4
 *
 * Bounds are inclusive.  No box overlaps another, nor another's swapped
 * image, so the order of the rules below never matters.
 *
 * department: NULL or "" when unknown; otherwise a code as produced by
 * rdv_department_from_zip().  Departments 971, 977 and 978 share the two
 * Antilles boxes above.  A known department outside these territories
 * (98x, or anything unrecognised) matches no box.
 *
 * Rules, in order:
 *   NaN, infinity, |lon| > 180 or |lat| > 90           -> INVALID
 *   |lon| < 1e-6 and |lat| < 1e-6                      -> ZERO
 *   inside a box of the department's territory,
 *     or inside any box when department is unknown     -> OK
 *   swapping lon and lat lands in such a box           -> SWAPPED, and
 *                                                        *lon, *lat swapped
 *   inside a box of another territory                  -> MISMATCH
 *   otherwise                                          -> OUTSIDE
 * lon or lat NULL -> INVALID.  Only SWAPPED modifies *lon and *lat.
 * ------------------------------------------------------------------------ */
typedef enum
{
	RDV_COORD_OK,
	RDV_COORD_SWAPPED,
	RDV_COORD_ZERO,
	RDV_COORD_OUTSIDE,
	RDV_COORD_MISMATCH,
	RDV_COORD_INVALID
} rdv_coord_status;

rdv_coord_status rdv_check_coordinates(double *lon, double *lat,
									   const char *department);

/* A static English sentence fragment for a status; never NULL. */
const char *rdv_coord_status_message(rdv_coord_status st);

/* ------------------------------------------------------------------------
 * Zip codes and departments
 * ------------------------------------------------------------------------ */

/*
 * Trims, then accepts exactly 5 ASCII digits, or exactly 4 digits not
 * starting with '0' (a zip that travelled as a JSON number and lost its
 * leading zero: "1000" -> "01000").  Rejects everything else: letters,
 * signs, decimals, 3 or 6 digits, "0123", "00000".  out gets 5 digits and
 * a NUL (the empty string on failure).
 */
bool		rdv_normalize_zip(const char *s, size_t len, char out[6]);

/*
 * Department of a normalised zip (5 digits then NUL):
 *   01xxx..19xxx, 21xxx..95xxx -> the first two digits
 *   200xx, 201xx               -> "2A"        202xx..206xx -> "2B"
 *   971xx..978xx, 984xx, 986xx, 987xx, 988xx -> the first three digits
 * Anything else (00xxx, 207xx..209xx, 96xxx, 970xx, 979xx, 98[0-35-9]xx
 * such as Monaco's 980xx, 99xxx, not 5 digits) -> false.  Reading stops at
 * the first non-digit, so a shorter C string is safe.  out gets the code
 * and a NUL (the empty string on failure).
 */
bool		rdv_department_from_zip(const char zip[6], char out[4]);

/*
 * IANA zone in which a department's wall-clock times are read:
 *   01..19, 21..95, 2A, 2B -> "Europe/Paris"
 *   971, 977, 978 -> "America/Guadeloupe"     972 -> "America/Martinique"
 *   973 -> "America/Cayenne"    974 -> "Indian/Reunion"
 *   975 -> "America/Miquelon"   976 -> "Indian/Mayotte"
 * NULL for anything else (98x, which the platform does not serve; NULL;
 * unknown or non-canonical codes such as "1", "2a" or "20").
 */
const char *rdv_timezone_for_department(const char *department);

/* ------------------------------------------------------------------------
 * Text
 *
 * Both functions trim, turn every run of whitespace into one ASCII space,
 * and reject (return 0) invalid UTF-8 (overlong forms, surrogates, beyond
 * U+10FFFF, truncated sequences) and control characters (C0 except the
 * whitespace above, DEL, C1 U+0080..U+009F).  Whitespace here means ASCII
 * whitespace plus the no-break spaces U+00A0, U+2007 and U+202F, common in
 * French text.  They write a NUL-terminated result and return its length,
 * or 0 when the result is empty or does not fit in outsz (never truncated:
 * that could cut a UTF-8 sequence).  The result is never longer than the
 * input, so outsz = len + 1 always suffices.
 * ------------------------------------------------------------------------ */
size_t		rdv_tidy_text(const char *s, size_t len, char *out, size_t outsz);

/*
 * rdv_tidy_text, then, only when the name has no lower-case letter (ASCII
 * a-z, U+00DF..U+00FF except U+00F7), title-cases it: words are runs of
 * letters, digits and other non-ASCII characters, split by anything else
 * (space, '-', '\'', U+2019, parentheses...).  The first character of each
 * word is upper-cased and the rest lower-cased, except that words after the
 * first that are French particles stay all lower-case: de du des la le les
 * lès sur sous en et aux au, and d l when followed by an apostrophe.  An
 * opening bracket starts a new name ("(LA RÉUNION)" -> "(La Réunion)").
 *   "SAINT-DENIS" -> "Saint-Denis"        "LE  MANS" -> "Le Mans"
 *   "VILLENEUVE-D'ASCQ" -> "Villeneuve-d'Ascq"
 *   "ÉVRY-COURCOURONNES" -> "Évry-Courcouronnes"
 * Case mapping covers ASCII and the Latin-1 letters À..Þ <-> à..þ (not × ÷).
 * Other characters pass unchanged, so Ÿ (U+0178) and Œ (U+0152) keep their
 * case.  Mixed-case input keeps its case.
 */
size_t		rdv_tidy_city(const char *s, size_t len, char *out, size_t outsz);

/* ------------------------------------------------------------------------
 * URLs
 *
 * True only for an absolute http:// or https:// URL (scheme
 * case-insensitive), at most 2048 bytes after trimming, whose host is
 *   - a name: dot-separated labels of 1..63 ASCII letters, digits and '-',
 *     not starting or ending with '-', 253 bytes at most (no empty label,
 *     so no leading, trailing or double dot), or
 *   - an IPv6 literal in brackets (no zone id),
 * followed by an optional :port (1..65535, 1..5 digits) and an optional
 * path, query or fragment starting with '/', '?' or '#'.  Rejected
 * anywhere: ASCII or Unicode whitespace, control characters, invisible
 * format characters (zero-width, bidirectional controls: they disguise a
 * link), backslash, '"', '<', '>' (never valid in a URL, and what turns
 * one into markup), invalid UTF-8; and userinfo ('@' before the end of the
 * host part).  Non-ASCII text is allowed after the host, not in it (use
 * the punycode form).
 * ------------------------------------------------------------------------ */
#define RDV_URL_MAX_LEN 2048

bool		rdv_is_http_url(const char *s, size_t len);

/* ------------------------------------------------------------------------
 * Vendor ids (meeting point ids), which arrive as JSON strings or numbers.
 *
 * Trims.  When is_number is true the text must be a JSON number (a leading
 * '+' and leading zeros are tolerated); if its value is an integer it
 * becomes its canonical decimal form, computed exactly on the digits (no
 * double rounding, so ids above 2^53 survive): "42", "42.0", "4.2e1",
 * "420e-1" -> "42", "-0" -> "0".  A non-integral number is kept as written.
 * Otherwise (strings, non-integral numbers) the trimmed text is kept as-is
 * if it is valid UTF-8 without control characters.  The result must be
 * 1..RDV_EXTERNAL_ID_MAX_LEN bytes and fit in outsz with its NUL.  Returns
 * its length, 0 if invalid.  Strings are never reinterpreted as numbers:
 * "042" stays "042".
 * ------------------------------------------------------------------------ */
#define RDV_EXTERNAL_ID_MAX_LEN 64

size_t		rdv_normalize_external_id(const char *s, size_t len, bool is_number,
									  char *out, size_t outsz);

/* ------------------------------------------------------------------------
 * Pre-application numbers ("application_id")
 *
 * Upper-cases ASCII letters and drops separators people type or paste:
 * ASCII whitespace, '-', '_', '.', '/', U+00A0 and U+202F.  The result must
 * be exactly 10 ASCII letters or digits.  No look-alike folding (O vs 0):
 * that belongs to fuzzy matching, not to canonical form.  out gets 10
 * characters and a NUL (the empty string on failure).
 * ------------------------------------------------------------------------ */
bool		rdv_canonical_application_id(const char *s, size_t len, char out[11]);

/* Bytes of the separator rdv_canonical_application_id drops at s[i] of s[0..n), 0 if none. */
size_t		rdv_application_separator_at(const unsigned char *s, size_t n, size_t i);

/* ------------------------------------------------------------------------
 * UTF-8
 *
 * Decodes the sequence at s[0..n): returns its length (1..4) and sets *cp, or
 * returns 0 for anything that is not well-formed UTF-8 (RFC 3629: overlong
 * forms, surrogates, code points above U+10FFFF, truncation).  Shared with
 * the duplicate finder's name rules.
 * ------------------------------------------------------------------------ */
#include <stdint.h>

size_t		rdv_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

#endif							/* RDVMAIRIE_NORMALIZE_H */
