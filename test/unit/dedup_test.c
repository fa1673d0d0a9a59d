/*
 * Unit tests for src/dedup_match.c, printed as TAP.
 *
 * The harness is tap.h: inputs are copied into heap buffers of
 * exactly their length so that AddressSanitizer (make check-asan) catches a
 * read past len; a silent pass counts the tests so that the plan comes
 * first; HEAVY tests do their work in the printing pass only.
 */
#include "dedup_match.h"
#include "tap.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static const char *
istr(long v)
{
	static char ring[8][32];
	static int	next;
	char	   *b = ring[next++ % 8];

	snprintf(b, sizeof(ring[0]), "%ld", v);
	return b;
}

/* ------------------------------------------------------------------------
 * Helpers over the API, on exact-size copies
 * ------------------------------------------------------------------------ */

static bool
parse(const char *s, rdv_dedup_number *n)
{
	size_t		len = strlen(s);
	char	   *p = dup_exact(s, len);
	bool		ok = rdv_dedup_parse_number(p, len, n);

	free(p);
	return ok;
}

/* canonical text of a parsed number, or "(rejected)" */
static const char *
canon(const char *s)
{
	static char ring[8][16];
	static int	next;
	char	   *b = ring[next++ % 8];
	rdv_dedup_number n;

	if (!parse(s, &n))
		return "(rejected)";
	rdv_dedup_number_text(&n, b);
	return b;
}

static const char *
norm(const char *s)
{
	static char ring[8][RDV_DEDUP_NAME_MAX + 1];
	static int	next;
	char	   *b = ring[next++ % 8];
	size_t		len = strlen(s);
	char	   *p = dup_exact(s, len);

	rdv_dedup_normalize_name(p, len, b, RDV_DEDUP_NAME_MAX + 1);
	free(p);
	return b;
}

static rdv_dedup_agreement
cmp_raw(const char *a, const char *b)
{
	char		na[RDV_DEDUP_NAME_MAX + 1],
				nb[RDV_DEDUP_NAME_MAX + 1];
	size_t		la = strlen(a),
				lb = strlen(b);
	char	   *pa = dup_exact(a, la),
			   *pb = dup_exact(b, lb);
	size_t		ma = rdv_dedup_normalize_name(pa, la, na, sizeof(na));
	size_t		mb = rdv_dedup_normalize_name(pb, lb, nb, sizeof(nb));
	char	   *qa = dup_exact(na, ma),
			   *qb = dup_exact(nb, mb);
	rdv_dedup_agreement r = rdv_dedup_compare_names(qa, ma, qb, mb);

	free(pa);
	free(pb);
	free(qa);
	free(qb);
	return r;
}

static const char *
agr(rdv_dedup_agreement a)
{
	return a == RDV_NAMES_AGREE ? "AGREE" : a == RDV_NAMES_VARIANT ? "VARIANT" : "DISAGREE";
}

static const char *
editname(rdv_dedup_edit e)
{
	static const char *names[] = {"NONE", "SUBSTITUTION", "LAST", "TRANSPOSITION", "INDEL", "FAR"};

	return names[e];
}

/* score of two raw rows: numbers then names */
static float
row_score(const char *num_a, const char *name_a, const char *num_b, const char *name_b)
{
	rdv_dedup_number a,
				b;
	char		na[RDV_DEDUP_NAME_MAX + 1],
				nb[RDV_DEDUP_NAME_MAX + 1];
	rdv_dedup_name_info ia,
				ib;
	size_t		la,
				lb;

	if (!parse(num_a, &a) || !parse(num_b, &b))
		return -1.0f;
	la = rdv_dedup_normalize_name(name_a, strlen(name_a), na, sizeof(na));
	lb = rdv_dedup_normalize_name(name_b, strlen(name_b), nb, sizeof(nb));
	rdv_dedup_name_info_of(na, la, &ia);
	rdv_dedup_name_info_of(nb, lb, &ib);
	return rdv_dedup_near_score(rdv_dedup_number_edit(a.folded, b.folded), na, la, &ia, nb, lb, &ib);
}

/* ------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------ */

static void
test_numbers(void)
{
	static const struct
	{
		const char *in;
		const char *want;
	}			cases[] = {
		{"AB12CD34EF", "AB12CD34EF"},
		{"ab12cd34ef", "AB12CD34EF"},
		{" AB12-CD34 EF ", "AB12CD34EF"},
		{"AB.12/CD_34\tEF", "AB12CD34EF"},
		{"AB12\xc2\xa0" "CD34\xe2\x80\xaf" "EF", "AB12CD34EF"},
		{"OISLB01234", "OISLB01234"},	/* look-alikes are kept in canonical form */
		{"oislb01234", "OISLB01234"},
		{"AB12CD34E", "AB12CD34E"},	/* 9: one character missing */
		{"AB12CD34EFG", "AB12CD34EFG"},	/* 11: one extra */
		{"AB12CD34", "(rejected)"},
		{"AB12CD34EFGH", "(rejected)"},
		{"AB12CD34É", "(rejected)"},
		{"AB12CD34E!", "(rejected)"},
		{"", "(rejected)"},
		{"----------", "(rejected)"},
		{"AB12CD34E\xc2", "(rejected)"},	/* truncated no-break space */
	};
	size_t		i;
	rdv_dedup_number a,
				b;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const char *got = canon(cases[i].in);

		tap(strcmp(got, cases[i].want) == 0, got, cases[i].want, "number \"%s\"", cases[i].want);
	}
	tap(!rdv_dedup_parse_number(NULL, 0, &a), "true", "false", "number: NULL is rejected");

	parse("AB0CDE1234", &a);
	parse("ABOCDE1234", &b);
	tap(a.folded == b.folded && !rdv_dedup_same_number(&a, &b), "", "",
		"O and 0 fold together but are different canonical numbers");
	parse("AB0CDE1234", &b);
	tap(rdv_dedup_same_number(&a, &b), "", "", "same canonical number");
	parse("AB0CDE5L34", &a);
	parse("AB0CDESI34", &b);
	tap(a.folded == b.folded, "", "", "L, I and 1, S and 5 fold together");
	parse("8B0CDE5L34", &a);
	parse("BB0CDE5L34", &b);
	tap(a.folded == b.folded && a.variant != b.variant, "", "", "B and 8 fold together");
	parse("AB12CD34E", &a);
	parse("AB12CD34EF", &b);
	tap(a.folded != b.folded && a.len == 9 && b.len == 10, "", "", "a missing character changes the folded value");
}

static void
test_edits(void)
{
	static const struct
	{
		const char *a;
		const char *b;
		rdv_dedup_edit want;
	}			cases[] = {
		{"AB12CD34EF", "AB12CD34EF", RDV_EDIT_NONE},
		{"AB12CD34EF", "ab12-cd34-ef", RDV_EDIT_NONE},
		{"AB12CD34EF", "AB12CO34EF", RDV_EDIT_SUBSTITUTION},
		{"AB12CD34EF", "XB12CD34EF", RDV_EDIT_SUBSTITUTION},
		{"AB12CD34EF", "AB12CD34EG", RDV_EDIT_LAST},
		{"AB12CD34E1", "AB12CD34E2", RDV_EDIT_LAST},
		{"AB12CD34EF", "BA12CD34EF", RDV_EDIT_TRANSPOSITION},
		{"AB12CD34EF", "AB12CD34FE", RDV_EDIT_TRANSPOSITION},
		{"AB12CD34EF", "AB21CD34EF", RDV_EDIT_TRANSPOSITION},
		{"AB12CD34EF", "AB12C34EF", RDV_EDIT_INDEL},
		{"AB12CD34EF", "B12CD34EF", RDV_EDIT_INDEL},
		{"AB12CD34EF", "AB12CD34E", RDV_EDIT_INDEL},
		{"AB12CD34EF", "AB12CDD34EF", RDV_EDIT_INDEL},
		{"AB12CD34EF", "XAB12CD34EF", RDV_EDIT_INDEL},
		{"AB12CD34EF", "AB12CD34EFX", RDV_EDIT_INDEL},
		{"AB12CD34EF", "AB12CD34XY", RDV_EDIT_FAR},
		{"AB12CD34EF", "BA12CD34FE", RDV_EDIT_FAR},
		{"AB12CD34EF", "A12CD34EFX", RDV_EDIT_FAR},
		{"AB12CD34EF", "AB12CD34", RDV_EDIT_FAR},	/* rejected anyway */
		{"AB12CD34EF", "B12CD34EFG", RDV_EDIT_FAR},
		{"ABC2CD34EF", "ACB2CD34EF", RDV_EDIT_TRANSPOSITION},
		{"AB12CD34EF", "A21BCD34EF", RDV_EDIT_FAR},	/* a rotation is two edits */
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		rdv_dedup_number a,
					b;
		rdv_dedup_edit got = RDV_EDIT_FAR;

		if (parse(cases[i].a, &a) && parse(cases[i].b, &b))
			got = rdv_dedup_number_edit(a.folded, b.folded);
		tap(got == cases[i].want, editname(got), editname(cases[i].want),
			"edit %s -> %s", cases[i].a, cases[i].b);
	}
}

static void
test_osa(void)
{
	static const struct
	{
		const char *a;
		const char *b;
		int			max;
		int			want;
	}			cases[] = {
		{"", "", 3, 0},
		{"abc", "", 5, 3},
		{"", "abc", 2, 3},
		{"dupont", "dupont", 1, 0},
		{"dupont", "dupond", 1, 1},
		{"dupont", "dupnot", 1, 1},
		{"dupont", "dupnt", 1, 1},
		{"dupont", "duppont", 1, 1},
		{"dupont", "dupnto", 1, 2},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 1, 2},
		{"ca", "abc", 5, 3},	/* optimal string alignment, not full Damerau */
		{"abcdef", "badcfe", 5, 3},
		{"louis", "louise", 1, 1},
		{"abcdefgh", "abcdefgh", 0, 0},
		{"ab", "ba", 0, 1},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		size_t		la = strlen(cases[i].a),
					lb = strlen(cases[i].b);
		char	   *pa = dup_exact(cases[i].a, la),
				   *pb = dup_exact(cases[i].b, lb);
		int			got = rdv_dedup_osa(pa, la, pb, lb, cases[i].max);

		tap(got == cases[i].want, istr(got), istr(cases[i].want), "osa(\"%s\", \"%s\", max %d)",
			cases[i].a, cases[i].b, cases[i].max);
		free(pa);
		free(pb);
	}
}

/* Full OSA on symbol codes, for cross-checking. */
static int
osa_codes(const uint8_t *a, int la, const uint8_t *b, int lb)
{
	int			d[13][13];
	int			i,
				j;

	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++)
		{
			int			v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);

			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[la][lb];
}

static uint64_t
pack_codes(const uint8_t *c, int n)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < n; i++)
		v |= (uint64_t) c[i] << (55 - 5 * i);
	return v;
}

static bool
share_key(uint64_t a, uint64_t b)
{
	uint64_t	ka[RDV_DEDUP_MAX_KEYS],
				kb[RDV_DEDUP_MAX_KEYS];
	int			na = rdv_dedup_number_keys(a, ka),
				nb = rdv_dedup_number_keys(b, kb),
				i,
				j;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			if (ka[i] == kb[j])
				return true;
	return false;
}

/*
 * Random numbers over a small alphabet (so that repeats and near misses are
 * common): one random edit, then the classification must agree with a full
 * OSA computation and every pair within one edit must share a blocking key.
 */
static void
test_keys_random(void)
{
	uint64_t	st = 0x9e3779b97f4a7c15ULL;
	int			iter,
				bad_keys = 0,
				bad_edit = 0,
				bad_count = 0,
				near = 0;

	HEAVY();
	for (iter = 0; iter < 200000; iter++)
	{
		uint8_t		a[12],
					b[12];
		int			la = RDV_DEDUP_ID_MIN_LEN + (int) rng_below(&st, 3);
		int			lb,
					i,
					p,
					ops,
					d;
		int			alpha = 2 + (int) rng_below(&st, 30);
		uint64_t	pa,
					pb;
		rdv_dedup_edit e;
		uint64_t	keys[RDV_DEDUP_MAX_KEYS];
		int			nk;

		for (i = 0; i < la; i++)
			a[i] = (uint8_t) (1 + rng_below(&st, (size_t) alpha));
		memcpy(b, a, sizeof(a));
		lb = la;
		for (ops = (int) rng_below(&st, 3); ops > 0; ops--)
		{
			switch (rng_below(&st, 4))
			{
				case 0:			/* substitution */
					b[rng_below(&st, (size_t) lb)] = (uint8_t) (1 + rng_below(&st, (size_t) alpha));
					break;
				case 1:			/* transposition */
					if (lb >= 2)
					{
						uint8_t		t;

						p = (int) rng_below(&st, (size_t) lb - 1);
						t = b[p];
						b[p] = b[p + 1];
						b[p + 1] = t;
					}
					break;
				case 2:			/* deletion */
					if (lb > RDV_DEDUP_ID_MIN_LEN)
					{
						p = (int) rng_below(&st, (size_t) lb);
						memmove(b + p, b + p + 1, (size_t) (lb - p - 1));
						lb--;
					}
					break;
				default:		/* insertion */
					if (lb < RDV_DEDUP_ID_MAX_LEN)
					{
						p = (int) rng_below(&st, (size_t) lb + 1);
						memmove(b + p + 1, b + p, (size_t) (lb - p));
						b[p] = (uint8_t) (1 + rng_below(&st, (size_t) alpha));
						lb++;
					}
					break;
			}
		}
		pa = pack_codes(a, la);
		pb = pack_codes(b, lb);
		d = osa_codes(a, la, b, lb);
		e = rdv_dedup_number_edit(pa, pb);
		if ((d == 0) != (e == RDV_EDIT_NONE) || (d == 1) != (e != RDV_EDIT_NONE && e != RDV_EDIT_FAR) ||
			(d >= 2) != (e == RDV_EDIT_FAR) ||
			(e == RDV_EDIT_LAST && !(la == lb && a[la - 1] != b[lb - 1])))
			bad_edit++;
		if (d <= 1)
		{
			near++;
			if (!share_key(pa, pb))
				bad_keys++;
		}
		nk = rdv_dedup_number_keys(pa, keys);
		for (i = 0; i < nk; i++)
		{
			int			j;

			for (j = 0; j < i; j++)
				if (keys[i] == keys[j])
					bad_count++;
		}
		if (nk < 2 || nk > la + 1)
			bad_count++;
	}
	tap(bad_edit == 0 && bad_keys == 0 && bad_count == 0 && near > 50000,
		istr(bad_edit + bad_keys + bad_count), "0",
		"200000 random edits: classification agrees with OSA, near pairs share a key, keys distinct (%d near)", near);
}

static void
test_keys_misc(void)
{
	rdv_dedup_number a;
	uint64_t	keys[RDV_DEDUP_MAX_KEYS];
	int			n;

	parse("AB12CD34EF", &a);
	n = rdv_dedup_number_keys(a.folded, keys);
	tap(n == 11, istr(n), "11", "a 10-character number has 11 keys");
	parse("AA11CD34EF", &a);
	n = rdv_dedup_number_keys(a.folded, keys);
	tap(n == 9, istr(n), "9", "repeated neighbours give one deletion key");
	parse("AB12CD34E", &a);
	n = rdv_dedup_number_keys(a.folded, keys);
	tap(n == 10, istr(n), "10", "a 9-character number has 10 keys");
	{
		rdv_dedup_number b;

		parse("AB12CD34EF", &a);
		parse("AB12CD34E", &b);
		tap(share_key(a.folded, b.folded), "false", "true", "a deletion shares the shorter number's full key");
		parse("ZZ99YY88XX", &b);
		tap(!share_key(a.folded, b.folded), "true", "false", "unrelated numbers share no key");
	}
}

/* ------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------ */

static void
test_normalize(void)
{
	static const struct
	{
		const char *in;
		const char *want;
	}			cases[] = {
		{"DUPONT Jean", "dupont jean"},
		{"  Jean   Dupont  ", "jean dupont"},
		{"Élodie LEFÈVRE", "elodie lefevre"},
		{"Jean-Pierre O'Neil", "jean pierre o neil"},
		{"Jean\xe2\x80\x91Pierre d\xe2\x80\x99" "Artagnan", "jean pierre d artagnan"},
		{"Jean\xc2\xa0" "Dupont", "jean dupont"},
		{"DUPONT, Jean (épouse MARTIN)", "dupont jean epouse martin"},
		{"Ægir Œdipe Straße", "aegir oedipe strasse"},
		{"Ç\xc3\xa7 \xc3\xbf\xc5\xb8", "cc yy"},
		{"Bogdan Ș\xc8\x9b", "bogdan st"},
		{"Łukasz Ďurček", "lukasz durcek"},
		{"Jose\xcc\x81 Garci\xcc\x81" "a", "jose garcia"},	/* decomposed accents */
		{"Jean2 Dupont3", "jean dupont"},
		{"A\xff" "B", "a b"},	/* invalid byte breaks the word */
		{"\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd Petrov", "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd petrov"},
		{"", ""},
		{" - ' , ", ""},
		{"a b c d e f g h i j k l m n", "a b c d e f g h i j k l"},
	};
	size_t		i;
	char		big[1000];
	const char *got;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		got = norm(cases[i].in);
		tap(strcmp(got, cases[i].want) == 0, got, cases[i].want, "name \"%s\"", cases[i].want);
	}
	tap(rdv_dedup_normalize_name(NULL, 0, big, sizeof(big)) == 0, "", "", "name: NULL is empty");
	tap(rdv_dedup_normalize_name("x", 1, big, 10) == 0, "", "", "name: a too small buffer is refused");

	/* a word that does not fit is dropped whole */
	memset(big, 'a', 200);
	big[200] = ' ';
	memset(big + 201, 'b', 100);
	big[301] = '\0';
	got = norm(big);
	tap(strlen(got) == 200, istr((long) strlen(got)), "200", "name: a word beyond 255 bytes is dropped");
	memset(big, 'c', 600);
	big[600] = '\0';
	got = norm(big);
	tap(strlen(got) == 0, istr((long) strlen(got)), "0", "name: a single word beyond 255 bytes is dropped");
}

static void
test_compare(void)
{
	static const struct
	{
		const char *a;
		const char *b;
		rdv_dedup_agreement want;
	}			cases[] = {
		{"Jean Dupont", "Jean Dupont", RDV_NAMES_AGREE},
		{"DUPONT Jean", "Jean Dupont", RDV_NAMES_AGREE},
		{"Élodie Lefèvre", "ELODIE LEFEVRE", RDV_NAMES_AGREE},
		{"Jean-Pierre Martin", "Jean Pierre Martin", RDV_NAMES_AGREE},
		{"Jean-Pierre Martin", "Jeanpierre Martin", RDV_NAMES_AGREE},
		{"Marie Le Gall", "LEGALL Marie", RDV_NAMES_AGREE},
		{"Jean Pierre Le Gall", "Legall Jeanpierre", RDV_NAMES_AGREE},
		{"Anne de la Fontaine", "Anne Delafontaine", RDV_NAMES_AGREE},
		{"Jean Marie Dupont", "Jean Dupont", RDV_NAMES_VARIANT},
		{"Dupont Jean", "Dupont Jean Marie Pierre", RDV_NAMES_DISAGREE},
		{"Jean Dupont", "Jean Dupond", RDV_NAMES_VARIANT},
		{"Jean Dupont", "Jaen Dupont", RDV_NAMES_VARIANT},
		{"Jean Dupont", "Jean Duppont", RDV_NAMES_VARIANT},
		{"Jean Dupont", "Jean Dupnt", RDV_NAMES_VARIANT},
		{"Louis Martin", "Louise Martin", RDV_NAMES_VARIANT},	/* only strict numbers tell them apart */
		{"Léa Martin", "Léo Martin", RDV_NAMES_DISAGREE},	/* too short for a typo */
		{"Jean Dupont", "Marie Dupont", RDV_NAMES_DISAGREE},
		{"Jean Dupont", "Jeanne Dupont", RDV_NAMES_DISAGREE},
		{"Jean Dupont", "Jean Dupond Marie", RDV_NAMES_DISAGREE},	/* a typo and a missing word */
		{"Jean Dupont", "Jean Martin", RDV_NAMES_DISAGREE},
		{"Dupont", "Jean Dupont", RDV_NAMES_DISAGREE},	/* one word is not enough */
		{"Dupont", "Dupont", RDV_NAMES_AGREE},
		{"", "Jean Dupont", RDV_NAMES_DISAGREE},
		{"", "", RDV_NAMES_DISAGREE},
		{"Jean Jean Dupont", "Jean Dupont", RDV_NAMES_VARIANT},
		{"Jean Dupont Dupont", "Jean Jean Dupont", RDV_NAMES_DISAGREE},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		rdv_dedup_agreement got = cmp_raw(cases[i].a, cases[i].b);
		rdv_dedup_agreement rev = cmp_raw(cases[i].b, cases[i].a);

		tap(got == cases[i].want && rev == got, agr(got), agr(cases[i].want),
			"names \"%s\" / \"%s\" (both ways)", cases[i].a, cases[i].b);
	}
}

static void
test_name_info(void)
{
	char		a[RDV_DEDUP_NAME_MAX + 1],
				b[RDV_DEDUP_NAME_MAX + 1];
	rdv_dedup_name_info ia,
				ib;
	size_t		la = rdv_dedup_normalize_name("Jean Dupont", 11, a, sizeof(a));
	size_t		lb = rdv_dedup_normalize_name("DUPONT JEAN", 11, b, sizeof(b));

	rdv_dedup_name_info_of(a, la, &ia);
	rdv_dedup_name_info_of(b, lb, &ib);
	tap(ia.signature == ib.signature && ia.letters == ib.letters && ia.ntokens == 2, "", "",
		"signature and letters ignore word order");
	lb = rdv_dedup_normalize_name("Jean Jean", 9, b, sizeof(b));
	rdv_dedup_name_info_of(b, lb, &ib);
	la = rdv_dedup_normalize_name("Jean", 4, a, sizeof(a));
	rdv_dedup_name_info_of(a, la, &ia);
	tap(ia.signature != ib.signature, "", "", "signature counts repeated words");
	la = rdv_dedup_normalize_name("Zoe Kim", 7, a, sizeof(a));
	rdv_dedup_name_info_of(a, la, &ia);
	lb = rdv_dedup_normalize_name("Jean Dupont", 11, b, sizeof(b));
	rdv_dedup_name_info_of(b, lb, &ib);
	tap(!rdv_dedup_names_may_agree(&ia, &ib), "true", "false", "letters rule out unrelated names");
	lb = rdv_dedup_normalize_name("", 0, b, sizeof(b));
	rdv_dedup_name_info_of(b, lb, &ib);
	tap(ib.ntokens == 0 && !rdv_dedup_names_may_agree(&ia, &ib), "", "", "an empty name never agrees");
}

/* Randomised: names_may_agree() never rules out a pair compare_names() accepts. */
static void
test_filter_random(void)
{
	static const char *words[] = {"jean", "dupont", "marie", "le", "gall", "legall", "anne",
		"louis", "louise", "dupond", "jeanne", "pierre", "jeanpierre", "lea", "leo", "martin",
	"martine", "de", "la", "fontaine", "delafontaine", "zoe"};
	uint64_t	st = 12345;
	int			iter,
				bad = 0,
				agreeing = 0;

	HEAVY();
	for (iter = 0; iter < 100000; iter++)
	{
		char		a[200],
					b[200];
		size_t		la = 0,
					lb = 0;
		int			k;
		rdv_dedup_name_info ia,
					ib;
		rdv_dedup_agreement ag;

		for (k = (int) rng_below(&st, 4) + 1; k > 0; k--)
			la += (size_t) sprintf(a + la, "%s%s", la ? " " : "", words[rng_below(&st, 22)]);
		if (rng_below(&st, 2) == 0)
		{
			/* b: a's words rotated, sometimes one more */
			size_t		cut = rng_below(&st, la + 1);

			while (cut < la && a[cut] != ' ')
				cut++;
			lb = (size_t) sprintf(b, "%.*s%s%.*s", (int) (la - (cut < la ? cut + 1 : la)),
								  a + (cut < la ? cut + 1 : la), cut < la ? " " : "", (int) cut, a);
			if (rng_below(&st, 3) == 0)
				lb += (size_t) sprintf(b + lb, " %s", words[rng_below(&st, 22)]);
		}
		else
			for (k = (int) rng_below(&st, 4) + 1; k > 0; k--)
				lb += (size_t) sprintf(b + lb, "%s%s", lb ? " " : "", words[rng_below(&st, 22)]);
		rdv_dedup_name_info_of(a, la, &ia);
		rdv_dedup_name_info_of(b, lb, &ib);
		ag = rdv_dedup_compare_names(a, la, b, lb);
		if (ag != RDV_NAMES_DISAGREE)
		{
			agreeing++;
			if (!rdv_dedup_names_may_agree(&ia, &ib))
				bad++;
		}
		if (ag != rdv_dedup_compare_names(b, lb, a, la))
			bad++;
	}
	tap(bad == 0 && agreeing > 1000, istr(bad), "0",
		"100000 random names: the letter filter keeps every agreeing pair, comparison is symmetric (%d agreeing)",
		agreeing);
}

/* ------------------------------------------------------------------------
 * The matching rule
 * ------------------------------------------------------------------------ */

static void
test_near_score(void)
{
	static const struct
	{
		const char *na;
		const char *a;
		const char *nb;
		const char *b;
		float		want;
		const char *what;
	}			cases[] = {
		{"AB12CD34EF", "Jean Dupont", "AB12CO34EF", "Jean Dupont", 0.9f, "substitution, same name"},
		{"AB12CD34EF", "Jean Dupont", "AB12CD34FE", "DUPONT Jean", 0.9f, "transposition, word order"},
		{"AB12CD34EF", "Jean Dupont", "AB12CD34E", "jean dupont", 0.9f, "deletion, case"},
		{"AB12CD34EF", "Jean Dupont", "AB12CD34EFF", "Jean Dupont", 0.9f, "insertion"},
		{"AB12CD34E0", "Jean Dupont", "AB12CD34EO", "Jean Dupont", 0.95f, "O for 0 only"},
		{"AB12CD34EF", "Jean Dupont", "AB12CO34EF", "Jean Dupond", 0.81f, "substitution, typo"},
		{"AB12CD34EF", "Jean Marie Dupont", "AB12CO34EF", "Jean Dupont", 0.81f, "substitution, missing middle name"},
		{"AB12CD34EF", "Jean Dupont", "AB12CD34EG", "Jean Dupont", 0.9f, "last character, same name"},
		{"AB12CD34E1", "Louis Martin", "AB12CD34E2", "Louise Martin", 0.0f, "family: consecutive numbers, Louis and Louise"},
		{"AB12CD34E1", "Jean Martin", "AB12CD34E2", "Marie Martin", 0.0f, "family: consecutive numbers, one surname"},
		{"AB12CD34E1", "Jean Marie Martin", "AB12CD34E2", "Jean Martin", 0.0f, "family: father and son with a middle name"},
		{"AB12CD34EF", "Jean Dupont", "AB12CO34EF", "Marie Curie", 0.0f, "near number, other name"},
		{"AB12CD34EF", "Jean Dupont", "AB12CO34EF", "", 0.0f, "near number, no name"},
		{"AB12CD34EF", "Dupont", "AB12CO34EF", "Dupont", 0.0f, "near number, surname only"},
		{"AB12CD34EF", "Jean Dupont", "AB21CD43EF", "Jean Dupont", 0.0f, "two edits"},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		float		got = row_score(cases[i].na, cases[i].a, cases[i].nb, cases[i].b);
		char		g[32],
					w[32];

		snprintf(g, sizeof(g), "%.4f", got);
		snprintf(w, sizeof(w), "%.4f", cases[i].want);
		tap(got > cases[i].want - 1e-4f && got < cases[i].want + 1e-4f, g, w, "rule: %s", cases[i].what);
	}
}

static void
test_union_find(void)
{
	uint32_t	parent[10],
				size[10];
	uint32_t	r;

	rdv_uf_init(parent, size, 10);
	rdv_uf_union(parent, size, 1, 2);
	rdv_uf_union(parent, size, 3, 4);
	rdv_uf_union(parent, size, 2, 4);
	r = rdv_uf_union(parent, size, 1, 3);
	tap(r == UINT32_MAX, istr((long) r), "none", "union of two members of one set does nothing");
	tap(rdv_uf_find(parent, 1) == rdv_uf_find(parent, 4) && rdv_uf_find(parent, 0) == 0 &&
		size[rdv_uf_find(parent, 3)] == 4, "", "", "union-find joins transitively and counts");
}

static void
run_all(void)
{
	test_numbers();
	test_edits();
	test_osa();
	test_keys_misc();
	test_keys_random();
	test_normalize();
	test_compare();
	test_name_info();
	test_filter_random();
	test_near_score();
	test_union_find();
}

int
main(void)
{
	return tap_main(run_all);
}
