/*
 * normalize.c — pure normalisation of vendor data (see normalize.h).
 *
 * Standard C only, no allocation, no mutable global state.  Declarations
 * stay at the top of blocks because PostgreSQL's own CFLAGS include
 * -Wdeclaration-after-statement and the extension builds with -Werror.
 */
#include "normalize.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Byte helpers
 * ------------------------------------------------------------------------ */

static bool
is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool
is_alnum(unsigned char c)
{
	return is_alpha(c) || is_digit(c);
}

static bool
is_xdigit(unsigned char c)
{
	return is_digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

static unsigned char
to_upper(unsigned char c)
{
	return (c >= 'a' && c <= 'z') ? (unsigned char) (c - 'a' + 'A') : c;
}

/* Trims ASCII whitespace at both ends; a NULL range becomes empty. */
static void
trim(const char **s, size_t *len)
{
	const unsigned char *p = (const unsigned char *) *s;
	size_t		n = *len;

	if (p == NULL)
	{
		*len = 0;
		return;
	}
	while (n > 0 && is_space(p[0]))
	{
		p++;
		n--;
	}
	while (n > 0 && is_space(p[n - 1]))
		n--;
	*s = (const char *) p;
	*len = n;
}

/* Reads exactly count digits at s[*i..]; advances *i on success. */
static bool
read_digits(const char *s, size_t n, size_t *i, size_t count, int *value)
{
	int			v = 0;
	size_t		k;

	if (n - *i < count)
		return false;
	for (k = 0; k < count; k++)
	{
		unsigned char c = (unsigned char) s[*i + k];

		if (!is_digit(c))
			return false;
		v = v * 10 + (c - '0');
	}
	*i += count;
	*value = v;
	return true;
}

/* Length of a C string, looking at max bytes at most. */
static size_t
bounded_strlen(const char *s, size_t max)
{
	size_t		n = 0;

	while (n < max && s[n] != '\0')
		n++;
	return n;
}

/* ------------------------------------------------------------------------
 * UTF-8
 * ------------------------------------------------------------------------ */

/*
 * Decodes the sequence at s[0..n).  Returns its length (1..4) and sets *cp,
 * or returns 0 for anything that is not well-formed UTF-8 (RFC 3629):
 * overlong forms, surrogates, code points above U+10FFFF, truncation.
 */
size_t
rdv_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	unsigned char lo = 0x80,
				hi = 0xBF;
	size_t		len,
				k;
	uint32_t	v;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		len = 2;
		v = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		len = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;			/* overlong */
		else if (c == 0xED)
			hi = 0x9F;			/* surrogates */
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		len = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;			/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;			/* above U+10FFFF */
	}
	else
		return 0;
	if (n < len)
		return 0;
	for (k = 1; k < len; k++)
	{
		unsigned char b = s[k];

		/* Only the first continuation byte has a narrowed range. */
		if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF))
			return 0;
		v = (v << 6) | (b & 0x3F);
	}
	*cp = v;
	return len;
}

/* C0 controls, DEL and C1 controls. */
static bool
is_control_cp(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/* Whitespace that text tidying folds into one ASCII space. */
static bool
is_tidy_space_cp(uint32_t cp)
{
	return cp == ' ' || (cp >= '\t' && cp <= '\r') ||
		cp == 0x00A0 || cp == 0x2007 || cp == 0x202F;
}

/* Unicode whitespace and invisible format characters, refused in URLs. */
static bool
is_url_hidden_cp(uint32_t cp)
{
	return cp == 0x00A0 || cp == 0x00AD || cp == 0x1680 || cp == 0x180E ||
		(cp >= 0x2000 && cp <= 0x200F) ||
		(cp >= 0x2028 && cp <= 0x202F) ||
		(cp >= 0x205F && cp <= 0x206F) ||
		cp == 0x3000 || cp == 0xFEFF;
}

/* ------------------------------------------------------------------------
 * Datetimes
 * ------------------------------------------------------------------------ */

static bool
is_leap_year(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const unsigned char days[12] =
	{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && is_leap_year(y))
		return 29;
	return days[m - 1];
}

/* YYYY-MM-DD, then calendar validation. */
static const char *
parse_date(const char *s, size_t n, size_t *i, rdv_datetime *dt)
{
	if (!read_digits(s, n, i, 4, &dt->year) ||
		*i >= n || s[(*i)++] != '-' ||
		!read_digits(s, n, i, 2, &dt->month) ||
		*i >= n || s[(*i)++] != '-' ||
		!read_digits(s, n, i, 2, &dt->day))
		return "expected a YYYY-MM-DD date";
	if (dt->year < 1)
		return "year out of range (1..9999)";
	if (dt->month < 1 || dt->month > 12)
		return "month out of range";
	if (dt->day < 1 || dt->day > days_in_month(dt->year, dt->month))
		return "day out of range for month";
	return NULL;
}

/* .F: 1..9 digits, truncated to microseconds. */
static const char *
parse_fraction(const char *s, size_t n, size_t *i, int *microsecond)
{
	int			us = 0;
	size_t		ndigits = 0;

	while (*i < n && is_digit((unsigned char) s[*i]))
	{
		if (ndigits < 6)
			us = us * 10 + (s[*i] - '0');
		ndigits++;
		(*i)++;
		if (ndigits > 9)
			return "too many fractional digits (at most 9)";
	}
	if (ndigits == 0)
		return "expected digits after the decimal point";
	while (ndigits < 6)
	{
		us *= 10;
		ndigits++;
	}
	*microsecond = us;
	return NULL;
}

/* HH:MM[:SS[.F]] */
static const char *
parse_time(const char *s, size_t n, size_t *i, rdv_datetime *dt)
{
	bool		has_seconds = false;

	if (!read_digits(s, n, i, 2, &dt->hour) ||
		*i >= n || s[(*i)++] != ':' ||
		!read_digits(s, n, i, 2, &dt->minute))
		return "expected an HH:MM time";
	if (*i < n && s[*i] == ':')
	{
		(*i)++;
		if (!read_digits(s, n, i, 2, &dt->second))
			return "expected two digits of seconds";
		has_seconds = true;
	}
	if (dt->hour > 23)
		return "hour out of range";
	if (dt->minute > 59)
		return "minute out of range";
	if (dt->second > 59)
		return "second out of range";
	if (*i < n && s[*i] == '.')
	{
		const char *err;

		if (!has_seconds)
			return "fraction of a second without seconds";
		(*i)++;
		err = parse_fraction(s, n, i, &dt->microsecond);
		if (err != NULL)
			return err;
	}
	return NULL;
}

/* Nothing, Z, or +HH:MM, +HHMM, +HH (and '-'). */
static const char *
parse_zone(const char *s, size_t n, size_t *i, rdv_datetime *dt)
{
	int			sign,
				hh,
				mm = 0;

	if (*i == n)
	{
		dt->kind = RDV_DT_NAIVE;
		return NULL;
	}
	if (s[*i] == 'Z' || s[*i] == 'z')
	{
		(*i)++;
		dt->kind = RDV_DT_ZULU;
		return NULL;
	}
	if (s[*i] != '+' && s[*i] != '-')
		return "unexpected characters after the time";
	sign = s[*i] == '-' ? -1 : 1;
	(*i)++;
	if (!read_digits(s, n, i, 2, &hh))
		return "expected an offset such as +01:00";
	if (*i < n && s[*i] == ':')
	{
		(*i)++;
		if (!read_digits(s, n, i, 2, &mm))
			return "expected an offset such as +01:00";
	}
	else if (*i < n && is_digit((unsigned char) s[*i]) &&
			 !read_digits(s, n, i, 2, &mm))
		return "expected an offset such as +01:00";
	if (mm > 59)
		return "offset minutes out of range";
	if (hh * 60 + mm > 14 * 60)
		return "offset out of range (at most 14:00)";
	dt->kind = RDV_DT_OFFSET;
	dt->offset_seconds = sign * (hh * 3600 + mm * 60);
	return NULL;
}

const char *
rdv_parse_datetime(const char *s, size_t len, rdv_datetime *out)
{
	rdv_datetime dt;
	size_t		i = 0;
	const char *err;

	trim(&s, &len);
	if (len == 0)
		return "empty datetime";
	memset(&dt, 0, sizeof(dt));
	err = parse_date(s, len, &i, &dt);
	if (err != NULL)
		return err;
	if (i == len)
		return "date without a time";
	if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
		return "expected 'T' or a space between date and time";
	i++;
	err = parse_time(s, len, &i, &dt);
	if (err == NULL)
		err = parse_zone(s, len, &i, &dt);
	if (err == NULL && i != len)
		err = "unexpected characters after the datetime";
	if (err != NULL)
		return err;
	if (out != NULL)
		*out = dt;
	return NULL;
}

/* ------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------ */

/*
 * Checks [+-] digits [sep digits] [e [+-] digits] with '.' or ',' as the
 * separator and at least one mantissa digit.  Sets *sep to the separator's
 * index, or len when there is none.
 */
static bool
scan_decimal(const char *s, size_t len, size_t *sep)
{
	size_t		i = 0,
				mantissa = 0;

	*sep = len;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < len; i++)
	{
		if (is_digit((unsigned char) s[i]))
			mantissa++;
		else if ((s[i] == '.' || s[i] == ',') && *sep == len)
			*sep = i;
		else
			break;
	}
	if (mantissa == 0)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		size_t		exponent = 0;

		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		for (; i < len && is_digit((unsigned char) s[i]); i++)
			exponent++;
		if (exponent == 0)
			return false;
	}
	return i == len;
}

bool
rdv_parse_double(const char *s, size_t len, double *out)
{
	/* room for the number, a multi-byte decimal point and the NUL */
	char		buf[RDV_NUMBER_MAX_LEN + 8];
	const char *point;
	size_t		sep,
				plen,
				n;
	char	   *end;
	double		v;
	int			saved_errno;

	trim(&s, &len);
	if (len == 0 || len > RDV_NUMBER_MAX_LEN || !scan_decimal(s, len, &sep))
		return false;

	/*
	 * strtod() reads the decimal point of LC_NUMERIC; PostgreSQL keeps it at
	 * "C", but a standalone caller may not, so write the locale's own point.
	 */
	point = localeconv()->decimal_point;
	plen = point != NULL ? bounded_strlen(point, 4) : 0;
	if (plen == 0 || plen == 4)
	{
		point = ".";
		plen = 1;
	}
	if (sep == len)
	{
		memcpy(buf, s, len);
		n = len;
	}
	else
	{
		memcpy(buf, s, sep);
		memcpy(buf + sep, point, plen);
		memcpy(buf + sep + plen, s + sep + 1, len - sep - 1);
		n = len - 1 + plen;
	}
	buf[n] = '\0';

	saved_errno = errno;
	v = strtod(buf, &end);
	errno = saved_errno;		/* underflow is fine, overflow is caught below */
	if (end != buf + n || !isfinite(v))
		return false;
	if (out != NULL)
		*out = v;
	return true;
}

/* ------------------------------------------------------------------------
 * Coordinates and territories
 * ------------------------------------------------------------------------ */

typedef enum
{
	TERR_UNKNOWN = 0,			/* department not given */
	TERR_FOREIGN,				/* given, but not a served territory */
	TERR_MAINLAND,
	TERR_GUADELOUPE,			/* 971, 977, 978 */
	TERR_MARTINIQUE,
	TERR_GUYANE,
	TERR_REUNION,
	TERR_SPM,
	TERR_MAYOTTE
} territory;

typedef struct
{
	double		lon_min,
				lon_max,
				lat_min,
				lat_max;
	territory	terr;
} terr_box;

/* Keep in step with the table in normalize.h. */
static const terr_box terr_boxes[] = {
	{-5.8, 10.0, 41.0, 51.5, TERR_MAINLAND},
	{-62.0, -60.8, 15.7, 16.7, TERR_GUADELOUPE},
	{-63.3, -62.6, 17.7, 18.3, TERR_GUADELOUPE},	/* Saint-Martin, St-Barth */
	{-61.4, -60.6, 14.2, 15.0, TERR_MARTINIQUE},
	{-54.8, -51.3, 2.0, 6.0, TERR_GUYANE},
	{55.0, 56.0, -21.6, -20.6, TERR_REUNION},
	{-56.6, -55.9, 46.6, 47.3, TERR_SPM},
	{44.8, 45.5, -13.2, -12.4, TERR_MAYOTTE},
};

static territory
territory_at(double lon, double lat)
{
	size_t		k;

	for (k = 0; k < sizeof(terr_boxes) / sizeof(terr_boxes[0]); k++)
	{
		const terr_box *b = &terr_boxes[k];

		if (lon >= b->lon_min && lon <= b->lon_max &&
			lat >= b->lat_min && lat <= b->lat_max)
			return b->terr;
	}
	return TERR_UNKNOWN;
}

/* Territory of a canonical department code; see rdv_timezone_for_department. */
static territory
territory_of_department(const char *d)
{
	size_t		n;

	if (d == NULL || d[0] == '\0')
		return TERR_UNKNOWN;
	n = bounded_strlen(d, 4);
	if (n == 2 && d[0] == '2' && (d[1] == 'A' || d[1] == 'B'))
		return TERR_MAINLAND;
	if (n == 2 && is_digit((unsigned char) d[0]) && is_digit((unsigned char) d[1]))
	{
		int			v = (d[0] - '0') * 10 + (d[1] - '0');

		return (v >= 1 && v <= 95 && v != 20) ? TERR_MAINLAND : TERR_FOREIGN;
	}
	if (n == 3 && d[0] == '9' && d[1] == '7')
	{
		switch (d[2])
		{
			case '1':
			case '7':
			case '8':
				return TERR_GUADELOUPE;
			case '2':
				return TERR_MARTINIQUE;
			case '3':
				return TERR_GUYANE;
			case '4':
				return TERR_REUNION;
			case '5':
				return TERR_SPM;
			case '6':
				return TERR_MAYOTTE;
			default:
				break;
		}
	}
	return TERR_FOREIGN;
}

/* A served territory accepts the position when it is the wanted one. */
static bool
territory_fits(territory here, territory want)
{
	return here != TERR_UNKNOWN && (want == TERR_UNKNOWN || here == want);
}

rdv_coord_status
rdv_check_coordinates(double *lon, double *lat, const char *department)
{
	territory	want,
				here;
	double		x,
				y;

	if (lon == NULL || lat == NULL)
		return RDV_COORD_INVALID;
	x = *lon;
	y = *lat;
	/* written so that NaN fails every comparison and lands here */
	if (!(x >= -180.0 && x <= 180.0 && y >= -90.0 && y <= 90.0))
		return RDV_COORD_INVALID;
	if (fabs(x) < 1e-6 && fabs(y) < 1e-6)
		return RDV_COORD_ZERO;
	want = territory_of_department(department);
	here = territory_at(x, y);
	if (territory_fits(here, want))
		return RDV_COORD_OK;
	if (territory_fits(territory_at(y, x), want))
	{
		*lon = y;
		*lat = x;
		return RDV_COORD_SWAPPED;
	}
	return here != TERR_UNKNOWN ? RDV_COORD_MISMATCH : RDV_COORD_OUTSIDE;
}

const char *
rdv_coord_status_message(rdv_coord_status st)
{
	switch (st)
	{
		case RDV_COORD_OK:
			return "position inside a served French territory";
		case RDV_COORD_SWAPPED:
			return "longitude and latitude were swapped";
		case RDV_COORD_ZERO:
			return "position is 0,0 (coordinates missing)";
		case RDV_COORD_OUTSIDE:
			return "position outside every French territory served";
		case RDV_COORD_MISMATCH:
			return "position lies in another territory than its department";
		case RDV_COORD_INVALID:
			return "coordinates not finite or out of range";
	}
	return "unknown coordinate status";
}

/* ------------------------------------------------------------------------
 * Zip codes, departments, time zones
 * ------------------------------------------------------------------------ */

bool
rdv_normalize_zip(const char *s, size_t len, char out[6])
{
	char		zip[6];
	size_t		i;

	if (out == NULL)
		return false;
	out[0] = '\0';
	trim(&s, &len);
	if (len != 4 && len != 5)
		return false;
	for (i = 0; i < len; i++)
		if (!is_digit((unsigned char) s[i]))
			return false;
	if (len == 4)
	{
		/* a JSON number cannot start with 0: "0123" is no lost zero */
		if (s[0] == '0')
			return false;
		zip[0] = '0';
		memcpy(zip + 1, s, 4);
	}
	else
		memcpy(zip, s, 5);
	zip[5] = '\0';
	if (memcmp(zip, "00000", 5) == 0)
		return false;
	memcpy(out, zip, 6);
	return true;
}

bool
rdv_department_from_zip(const char zip[6], char out[4])
{
	int			d[5];
	int			two;
	size_t		i;

	if (out == NULL)
		return false;
	out[0] = '\0';
	if (zip == NULL)
		return false;
	for (i = 0; i < 5; i++)
	{
		if (!is_digit((unsigned char) zip[i]))
			return false;
		d[i] = zip[i] - '0';
	}
	if (zip[5] != '\0')
		return false;
	two = d[0] * 10 + d[1];
	if (two == 20)
	{
		/* Corsica: 200xx-201xx Corse-du-Sud, 202xx-206xx Haute-Corse */
		if (d[2] > 6)
			return false;
		memcpy(out, d[2] <= 1 ? "2A" : "2B", 3);
		return true;
	}
	if (two >= 1 && two <= 95)
	{
		memcpy(out, zip, 2);
		out[2] = '\0';
		return true;
	}
	if ((two == 97 && d[2] >= 1 && d[2] <= 8) ||
		(two == 98 && (d[2] == 4 || (d[2] >= 6 && d[2] <= 8))))
	{
		memcpy(out, zip, 3);
		out[3] = '\0';
		return true;
	}
	return false;
}

const char *
rdv_timezone_for_department(const char *department)
{
	switch (territory_of_department(department))
	{
		case TERR_MAINLAND:
			return "Europe/Paris";
		case TERR_GUADELOUPE:
			return "America/Guadeloupe";
		case TERR_MARTINIQUE:
			return "America/Martinique";
		case TERR_GUYANE:
			return "America/Cayenne";
		case TERR_REUNION:
			return "Indian/Reunion";
		case TERR_SPM:
			return "America/Miquelon";
		case TERR_MAYOTTE:
			return "Indian/Mayotte";
		case TERR_UNKNOWN:
		case TERR_FOREIGN:
			break;
	}
	return NULL;
}

/* ------------------------------------------------------------------------
 * Text
 * ------------------------------------------------------------------------ */

/* Empties out (when it has room) and returns 0: the failure result. */
static size_t
text_fail(char *out, size_t outsz)
{
	if (out != NULL && outsz > 0)
		out[0] = '\0';
	return 0;
}

size_t
rdv_tidy_text(const char *s, size_t len, char *out, size_t outsz)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0,
				o = 0;
	bool		pending_space = false;

	if (out == NULL || outsz == 0 || (s == NULL && len > 0))
		return text_fail(out, outsz);
	while (i < len)
	{
		uint32_t	cp;
		size_t		k = rdv_utf8_decode(u + i, len - i, &cp);

		if (k == 0)
			return text_fail(out, outsz);
		if (is_tidy_space_cp(cp))
			pending_space = o > 0;	/* leading whitespace vanishes */
		else if (is_control_cp(cp))
			return text_fail(out, outsz);
		else
		{
			size_t		need = k + (pending_space ? 1 : 0);

			if (need > outsz - o - 1)
				return text_fail(out, outsz);
			if (pending_space)
				out[o++] = ' ';
			pending_space = false;
			memcpy(out + o, s + i, k);
			o += k;
		}
		i += k;
	}
	out[o] = '\0';				/* trailing whitespace was never written */
	return o;
}

/*
 * Case mapping on valid UTF-8, in place.  Latin-1 letters are C3 80..9E
 * (À..Þ) and C3 A0..BE (à..þ), 0x20 apart, except × (C3 97) and ÷ (C3 B7);
 * ß (C3 9F) and ÿ (C3 BF) have no Latin-1 counterpart.  Lengths never
 * change, which is what makes in-place title-casing possible.
 */
static void
lower_at(unsigned char *s, size_t n, size_t i)
{
	if (s[i] >= 'A' && s[i] <= 'Z')
		s[i] += 'a' - 'A';
	else if (s[i] == 0xC3 && i + 1 < n &&
			 s[i + 1] >= 0x80 && s[i + 1] <= 0x9E && s[i + 1] != 0x97)
		s[i + 1] += 0x20;
}

static void
upper_at(unsigned char *s, size_t n, size_t i)
{
	if (s[i] >= 'a' && s[i] <= 'z')
		s[i] -= 'a' - 'A';
	else if (s[i] == 0xC3 && i + 1 < n &&
			 s[i + 1] >= 0xA0 && s[i + 1] <= 0xBE && s[i + 1] != 0xB7)
		s[i + 1] -= 0x20;
}

static bool
has_lower(const unsigned char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (s[i] >= 'a' && s[i] <= 'z')
			return true;
		if (s[i] == 0xC3 && i + 1 < n && s[i + 1] >= 0x9F && s[i + 1] != 0xB7)
			return true;
	}
	return false;
}

/* Length of the UTF-8 sequence led by c (input already validated). */
static size_t
seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c < 0xE0)
		return 2;
	if (c < 0xF0)
		return 3;
	return 4;
}

/*
 * Word characters: ASCII letters and digits, Latin-1 letters, and any
 * character from U+0100 on except General Punctuation (U+2000..U+206F:
 * dashes, quotes, the apostrophe U+2019).  ASCII punctuation and the
 * Latin-1 symbols U+0080..U+00BF, ×, ÷ separate words.
 */
static bool
is_word_at(const unsigned char *s, size_t n, size_t i)
{
	unsigned char c = s[i];

	if (c < 0x80)
		return is_alnum(c);
	if (c == 0xC2)
		return false;
	if (c == 0xC3)
		return i + 1 < n && s[i + 1] != 0x97 && s[i + 1] != 0xB7;
	if (c == 0xE2 && i + 1 < n && (s[i + 1] == 0x80 || s[i + 1] == 0x81))
		return false;
	return true;
}

static bool
is_apostrophe_at(const unsigned char *s, size_t n, size_t i)
{
	return i < n && (s[i] == '\'' ||
					 (s[i] == 0xE2 && i + 2 < n &&
					  s[i + 1] == 0x80 && s[i + 2] == 0x99));
}

/* w[0..n) is already lower-case. */
static bool
is_particle(const unsigned char *w, size_t n, bool before_apostrophe)
{
	static const char *const particles[] = {
		"de", "du", "des", "la", "le", "les", "l\xC3\xA8s", "sur", "sous",
		"en", "et", "aux", "au"
	};
	size_t		k;

	if (n == 1 && (w[0] == 'd' || w[0] == 'l'))
		return before_apostrophe;	/* d', l' elide a vowel */
	for (k = 0; k < sizeof(particles) / sizeof(particles[0]); k++)
		if (strlen(particles[k]) == n && memcmp(particles[k], w, n) == 0)
			return true;
	return false;
}

static void
title_case(unsigned char *s, size_t n)
{
	size_t		i = 0;
	bool		first_word = true;

	while (i < n)
	{
		size_t		start = i;

		if (!is_word_at(s, n, i))
		{
			/* "SAINT-DENIS (LA REUNION)": a bracket starts a new name */
			if (s[i] == '(')
				first_word = true;
			i += seq_len(s[i]);
			continue;
		}
		while (i < n && is_word_at(s, n, i))
		{
			lower_at(s, n, i);
			i += seq_len(s[i]);
		}
		if (first_word ||
			!is_particle(s + start, i - start, is_apostrophe_at(s, n, i)))
			upper_at(s, n, start);
		first_word = false;
	}
}

size_t
rdv_tidy_city(const char *s, size_t len, char *out, size_t outsz)
{
	size_t		n = rdv_tidy_text(s, len, out, outsz);

	/* Capitals only mean the vendor shouted; mixed case is deliberate. */
	if (n > 0 && !has_lower((const unsigned char *) out, n))
		title_case((unsigned char *) out, n);
	return n;
}

/* ------------------------------------------------------------------------
 * URLs
 * ------------------------------------------------------------------------ */

/* No whitespace, controls, invisible characters, \ " < >, bad UTF-8. */
static bool
url_chars_ok(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	while (i < n)
	{
		uint32_t	cp;
		size_t		k;

		/* fast path: URLs are almost always plain ASCII */
		if (u[i] < 0x80)
		{
			unsigned char c = u[i];

			if (c <= ' ' || c == 0x7F || c == '\\' || c == '"' || c == '<' || c == '>')
				return false;
			i++;
			continue;
		}
		k = rdv_utf8_decode(u + i, n - i, &cp);
		if (k == 0 || cp <= ' ' || is_control_cp(cp) || is_url_hidden_cp(cp) ||
			cp == '\\' || cp == '"' || cp == '<' || cp == '>')
			return false;
		i += k;
	}
	return true;
}

static bool
starts_with_ci(const char *s, size_t n, const char *prefix)
{
	size_t		k;

	for (k = 0; prefix[k] != '\0'; k++)
		if (k >= n || to_upper((unsigned char) s[k]) != to_upper((unsigned char) prefix[k]))
			return false;
	return true;
}

/* Dot-separated labels of [A-Za-z0-9-], 1..63 each, no edge hyphen. */
static bool
valid_hostname(const char *h, size_t n)
{
	size_t		i,
				label = 0;

	if (n == 0 || n > 253)
		return false;
	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) h[i];

		if (c == '.')
		{
			if (label == 0 || h[i - 1] == '-')
				return false;
			label = 0;
		}
		else if (is_alnum(c) || c == '-')
		{
			if (label == 0 && c == '-')
				return false;
			if (++label > 63)
				return false;
		}
		else
			return false;
	}
	return label > 0 && h[n - 1] != '-';
}

/* Dotted quad, each part 0..255 without leading zeros. */
static bool
valid_ipv4(const char *a, size_t n)
{
	size_t		i = 0;
	int			part;

	for (part = 0; part < 4; part++)
	{
		int			v = 0;
		size_t		start = i;

		if (part > 0)
		{
			if (i >= n || a[i] != '.')
				return false;
			start = ++i;
		}
		while (i < n && is_digit((unsigned char) a[i]) && i - start < 3)
			v = v * 10 + (a[i++] - '0');
		if (i == start || v > 255 || (a[start] == '0' && i - start > 1))
			return false;
	}
	return i == n;
}

/* RFC 4291 text form: groups of 1..4 hex digits, one optional "::", an
 * optional dotted-quad tail; no zone id. */
static bool
valid_ipv6(const char *a, size_t n)
{
	size_t		i = 0;
	int			groups = 0;
	bool		compressed = false;

	if (n < 2 || n > 45)
		return false;
	if (a[0] == ':')
	{
		if (a[1] != ':')
			return false;
		compressed = true;
		i = 2;
	}
	while (i < n)
	{
		size_t		start = i;

		while (i < n && is_xdigit((unsigned char) a[i]) && i - start < 5)
			i++;
		if (i < n && a[i] == '.')
		{
			if (!valid_ipv4(a + start, n - start))
				return false;
			groups += 2;
			break;
		}
		if (i == start || i - start > 4)
			return false;
		groups++;
		if (i == n)
			break;
		if (a[i++] != ':' || i == n)
			return false;
		if (a[i] == ':')
		{
			if (compressed)
				return false;
			compressed = true;
			i++;
		}
	}
	return compressed ? groups <= 7 : groups == 8;
}

/* 1..5 digits, 1..65535. */
static bool
valid_port(const char *p, size_t n)
{
	size_t		i;
	long		v = 0;

	if (n == 0 || n > 5)
		return false;
	for (i = 0; i < n; i++)
	{
		if (!is_digit((unsigned char) p[i]))
			return false;
		v = v * 10 + (p[i] - '0');
	}
	return v >= 1 && v <= 65535;
}

/* host[:port], or [ipv6][:port]; no userinfo. */
static bool
valid_authority(const char *a, size_t n)
{
	const char *colon;

	if (n == 0 || memchr(a, '@', n) != NULL)
		return false;
	if (a[0] == '[')
	{
		const char *close = memchr(a, ']', n);
		size_t		host_end;

		if (close == NULL || !valid_ipv6(a + 1, (size_t) (close - a) - 1))
			return false;
		host_end = (size_t) (close - a) + 1;
		if (host_end == n)
			return true;
		return a[host_end] == ':' &&
			valid_port(a + host_end + 1, n - host_end - 1);
	}
	colon = memchr(a, ':', n);
	if (colon == NULL)
		return valid_hostname(a, n);
	return valid_hostname(a, (size_t) (colon - a)) &&
		valid_port(colon + 1, n - (size_t) (colon - a) - 1);
}

bool
rdv_is_http_url(const char *s, size_t len)
{
	size_t		i,
				end;

	trim(&s, &len);
	if (len == 0 || len > RDV_URL_MAX_LEN || !url_chars_ok(s, len))
		return false;
	if (starts_with_ci(s, len, "http://"))
		i = 7;
	else if (starts_with_ci(s, len, "https://"))
		i = 8;
	else
		return false;
	for (end = i; end < len; end++)
		if (s[end] == '/' || s[end] == '?' || s[end] == '#')
			break;
	return valid_authority(s + i, end - i);
}

/* ------------------------------------------------------------------------
 * Vendor ids
 * ------------------------------------------------------------------------ */

/* Parts of a JSON number: digits of the integer and fraction parts
 * (contiguous except for the point) and a saturated exponent. */
typedef struct
{
	bool		negative;
	const char *int_digits;
	size_t		int_len;
	const char *frac_digits;
	size_t		frac_len;
	long		exponent;
} json_number;

static size_t
count_digits(const char *s, size_t n, size_t i)
{
	size_t		k = i;

	while (k < n && is_digit((unsigned char) s[k]))
		k++;
	return k - i;
}

/* [+-] digits [. digits] [e [+-] digits]; leading zeros tolerated. */
static bool
scan_json_number(const char *s, size_t n, json_number *num)
{
	size_t		i = 0;

	memset(num, 0, sizeof(*num));
	if (i < n && (s[i] == '-' || s[i] == '+'))
		num->negative = s[i++] == '-';
	num->int_digits = s + i;
	num->int_len = count_digits(s, n, i);
	if (num->int_len == 0)
		return false;
	i += num->int_len;
	num->frac_digits = s + i;
	if (i < n && s[i] == '.')
	{
		num->frac_digits = s + ++i;
		num->frac_len = count_digits(s, n, i);
		if (num->frac_len == 0)
			return false;
		i += num->frac_len;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E'))
	{
		bool		neg_exp = false;
		size_t		k;

		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			neg_exp = s[i++] == '-';
		k = count_digits(s, n, i);
		if (k == 0)
			return false;
		/* saturate: beyond 10^6 no result fits 64 bytes either way */
		for (; k > 0; k--, i++)
			if (num->exponent < 1000000)
				num->exponent = num->exponent * 10 + (s[i] - '0');
		if (neg_exp)
			num->exponent = -num->exponent;
	}
	return i == n;
}

/* Digit k of the mantissa (integer digits then fraction digits). */
static char
mantissa_digit(const json_number *num, size_t k)
{
	return k < num->int_len ? num->int_digits[k]
		: num->frac_digits[k - num->int_len];
}

/*
 * Exact integer test on the digit string, no double rounding: the value is
 * mantissa[*first..*last) * 10^*zeros.  False when a fraction remains.
 * A zero value gives an empty digit range.
 */
static bool
integer_form(const json_number *num, size_t *first, size_t *last, long *zeros)
{
	size_t		total = num->int_len + num->frac_len;
	long		shift = num->exponent - (long) num->frac_len;

	*first = 0;
	while (*first < total && mantissa_digit(num, *first) == '0')
		(*first)++;
	*last = total;
	*zeros = 0;
	if (*first == total)
		return true;
	while (mantissa_digit(num, *last - 1) == '0')
	{
		(*last)--;
		shift++;
	}
	*zeros = shift;
	return shift >= 0;
}

/*
 * Canonical decimal of an integral JSON number into out.  Returns its
 * length, 0 when it exceeds RDV_EXTERNAL_ID_MAX_LEN or outsz.
 */
static size_t
write_integer(const json_number *num, size_t first, size_t last, long zeros,
			  char *out, size_t outsz)
{
	bool		negative = num->negative && first < last;	/* no "-0" */
	long		ndigits;
	size_t		o = 0,
				k;

	if (first == last)
		ndigits = 1;
	else
		ndigits = (long) (last - first) + zeros + (negative ? 1 : 0);
	if (ndigits > RDV_EXTERNAL_ID_MAX_LEN || (size_t) ndigits >= outsz)
		return 0;
	if (first == last)
		out[o++] = '0';
	if (negative)
		out[o++] = '-';
	for (k = first; k < last; k++)
		out[o++] = mantissa_digit(num, k);
	for (; zeros > 0; zeros--)
		out[o++] = '0';
	out[o] = '\0';
	return o;
}

/* 1..64 bytes of valid UTF-8 without control characters. */
static bool
printable_id(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	if (n == 0 || n > RDV_EXTERNAL_ID_MAX_LEN)
		return false;
	while (i < n)
	{
		uint32_t	cp;
		size_t		k = rdv_utf8_decode(u + i, n - i, &cp);

		if (k == 0 || is_control_cp(cp))
			return false;
		i += k;
	}
	return true;
}

size_t
rdv_normalize_external_id(const char *s, size_t len, bool is_number,
						  char *out, size_t outsz)
{
	if (out == NULL || outsz == 0)
		return 0;
	out[0] = '\0';
	trim(&s, &len);
	if (is_number)
	{
		json_number num;
		size_t		first,
					last;
		long		zeros;

		if (len > RDV_NUMBER_MAX_LEN || !scan_json_number(s, len, &num))
			return 0;
		/* the same id may come as 42 one day and 42.0 the next */
		if (integer_form(&num, &first, &last, &zeros))
			return write_integer(&num, first, last, zeros, out, outsz);
		/* a non-integral number is odd but harmless: kept as written */
	}
	if (!printable_id(s, len) || len >= outsz)
		return text_fail(out, outsz);
	memcpy(out, s, len);
	out[len] = '\0';
	return len;
}

/* ------------------------------------------------------------------------
 * Pre-application numbers
 * ------------------------------------------------------------------------ */

/* Length of a separator at s[i..n), 0 if none: what people type between
 * groups of characters, or paste from a PDF (no-break spaces). */
size_t
rdv_application_separator_at(const unsigned char *s, size_t n, size_t i)
{
	unsigned char c = s[i];

	if (is_space(c) || c == '-' || c == '_' || c == '.' || c == '/')
		return 1;
	if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)
		return 2;
	if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0xAF)
		return 3;
	return 0;
}

bool
rdv_canonical_application_id(const char *s, size_t len, char out[11])
{
	const unsigned char *u = (const unsigned char *) s;
	char		id[11];
	size_t		i = 0,
				n = 0;

	if (out == NULL)
		return false;
	out[0] = '\0';
	if (s == NULL)
		return false;
	while (i < len)
	{
		size_t		sep = rdv_application_separator_at(u, len, i);

		if (sep > 0)
		{
			i += sep;
			continue;
		}
		if (!is_alnum(u[i]) || n == 10)
			return false;
		id[n++] = (char) to_upper(u[i]);
		i++;
	}
	if (n != 10)
		return false;
	id[10] = '\0';
	memcpy(out, id, 11);
	return true;
}
