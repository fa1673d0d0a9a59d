/*
 * dedup_match.c — pure matching rules of the duplicate finder (see dedup_match.h).
 *
 * Standard C only, no allocation, no mutable global state.  Declarations
 * stay at the top of blocks because PostgreSQL's own CFLAGS include
 * -Wdeclaration-after-statement and the extension builds with -Werror.
 */
#include "dedup_match.h"
#include "normalize.h"

#include <string.h>

/* ------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------ */

/* The 31 folded symbols; a symbol's code is its index plus one. */
static const char fold_alphabet[] = "0123456789ACDEFGHJKMNPQRTUVWXYZ";

/*
 * Code of each upper-case ASCII letter or digit after look-alike folding
 * (0 for anything else), and which look-alike was typed.
 */
static const uint8_t sym_code[128] = {
	['0'] = 1,['1'] = 2,['2'] = 3,['3'] = 4,['4'] = 5,
	['5'] = 6,['6'] = 7,['7'] = 8,['8'] = 9,['9'] = 10,
	['A'] = 11,['C'] = 12,['D'] = 13,['E'] = 14,['F'] = 15,['G'] = 16,
	['H'] = 17,['J'] = 18,['K'] = 19,['M'] = 20,['N'] = 21,['P'] = 22,
	['Q'] = 23,['R'] = 24,['T'] = 25,['U'] = 26,['V'] = 27,['W'] = 28,
	['X'] = 29,['Y'] = 30,['Z'] = 31,
	/* look-alikes */
	['O'] = 1,['I'] = 2,['L'] = 2,['S'] = 6,['B'] = 9,
};

static const uint8_t sym_variant[128] = {
	['O'] = 1,['I'] = 1,['L'] = 2,['S'] = 1,['B'] = 1,
};

#define PACK_SHIFT(i) (55 - 5 * (i))	/* bit offset of position i */
#define PACK_BITS 60

bool
rdv_dedup_parse_number(const char *s, size_t len, rdv_dedup_number *out)
{
	const unsigned char *u = (const unsigned char *) s;
	uint64_t	folded = 0;
	uint32_t	variant = 0;
	size_t		i = 0;
	int			n = 0;

	if (s == NULL || out == NULL)
		return false;
	while (i < len)
	{
		size_t		sep = rdv_application_separator_at(u, len, i);
		unsigned char c;

		if (sep > 0)
		{
			i += sep;
			continue;
		}
		c = u[i];
		if (c >= 'a' && c <= 'z')
			c = (unsigned char) (c - 'a' + 'A');
		if (c >= 128 || sym_code[c] == 0 || n == RDV_DEDUP_ID_MAX_LEN)
			return false;
		folded |= (uint64_t) sym_code[c] << PACK_SHIFT(n);
		variant |= (uint32_t) sym_variant[c] << (2 * n);
		n++;
		i++;
	}
	if (n < RDV_DEDUP_ID_MIN_LEN)
		return false;
	out->folded = folded;
	out->variant = variant;
	out->len = (uint8_t) n;
	return true;
}

bool
rdv_dedup_same_number(const rdv_dedup_number *a, const rdv_dedup_number *b)
{
	return a->folded == b->folded && a->variant == b->variant && a->len == b->len;
}

int
rdv_dedup_unpack(uint64_t packed, uint8_t codes[12])
{
	int			n = 0;

	while (n < 12)
	{
		uint8_t		c = (uint8_t) ((packed >> PACK_SHIFT(n)) & 31);

		if (c == 0)
			break;
		codes[n++] = c;
	}
	return n;
}

void
rdv_dedup_number_text(const rdv_dedup_number *num, char out[12])
{
	uint8_t		codes[12];
	int			n = rdv_dedup_unpack(num->folded, codes);
	int			i;

	for (i = 0; i < n; i++)
	{
		char		c = fold_alphabet[codes[i] - 1];
		unsigned	v = (num->variant >> (2 * i)) & 3;

		if (v == 1)
			c = c == '0' ? 'O' : c == '1' ? 'I' : c == '5' ? 'S' : c == '8' ? 'B' : c;
		else if (v == 2 && c == '1')
			c = 'L';
		out[i] = c;
	}
	out[n] = '\0';
}

int
rdv_dedup_number_keys(uint64_t folded, uint64_t keys[RDV_DEDUP_MAX_KEYS])
{
	uint8_t		codes[12];
	int			n = rdv_dedup_unpack(folded, codes);
	int			k = 0;
	int			i;

	keys[k++] = folded;
	for (i = 0; i < n && k < RDV_DEDUP_MAX_KEYS; i++)
	{
		uint64_t	hi_mask,
					lo;

		if (i > 0 && codes[i] == codes[i - 1])
			continue;			/* same string as deleting i - 1 */
		hi_mask = i == 0 ? 0 : ((~(uint64_t) 0) << (PACK_BITS - 5 * i)) & ((((uint64_t) 1) << PACK_BITS) - 1);
		lo = folded & ((((uint64_t) 1) << PACK_SHIFT(i)) - 1);
		keys[k++] = (folded & hi_mask) | (lo << 5);
	}
	return k;
}

rdv_dedup_edit
rdv_dedup_number_edit(uint64_t a, uint64_t b)
{
	uint8_t		ca[12],
				cb[12];
	int			la,
				lb,
				p;

	if (a == b)
		return RDV_EDIT_NONE;
	la = rdv_dedup_unpack(a, ca);
	lb = rdv_dedup_unpack(b, cb);
	if (la == lb)
	{
		p = 0;
		while (p < la && ca[p] == cb[p])
			p++;
		/* a != b, so p < la */
		if (memcmp(ca + p + 1, cb + p + 1, (size_t) (la - p - 1)) == 0)
			return p == la - 1 ? RDV_EDIT_LAST : RDV_EDIT_SUBSTITUTION;
		if (p + 1 < la && ca[p] == cb[p + 1] && ca[p + 1] == cb[p] &&
			memcmp(ca + p + 2, cb + p + 2, (size_t) (la - p - 2)) == 0)
			return RDV_EDIT_TRANSPOSITION;
		return RDV_EDIT_FAR;
	}
	if (la == lb + 1 || lb == la + 1)
	{
		const uint8_t *s = la < lb ? ca : cb;
		const uint8_t *l = la < lb ? cb : ca;
		int			ls = la < lb ? la : lb;

		p = 0;
		while (p < ls && s[p] == l[p])
			p++;
		if (memcmp(s + p, l + p + 1, (size_t) (ls - p)) == 0)
			return RDV_EDIT_INDEL;
	}
	return RDV_EDIT_FAR;
}

int
rdv_dedup_osa(const char *a, size_t alen, const char *b, size_t blen, int max)
{
	int			rows[3][RDV_DEDUP_OSA_MAX_LEN + 1];
	int		   *prev2 = rows[0],
			   *prev = rows[1],
			   *cur = rows[2];
	size_t		i,
				j;
	size_t		diff = alen > blen ? alen - blen : blen - alen;

	if (max < 0)
		max = 0;
	if (diff > (size_t) max)
		return max + 1;
	if (alen > RDV_DEDUP_OSA_MAX_LEN || blen > RDV_DEDUP_OSA_MAX_LEN)
		return max + 1;
	for (j = 0; j <= blen; j++)
		prev[j] = (int) j;
	for (i = 1; i <= alen; i++)
	{
		int		   *t;
		int			rowmin;

		cur[0] = (int) i;
		rowmin = cur[0];
		for (j = 1; j <= blen; j++)
		{
			int			cost = a[i - 1] == b[j - 1] ? 0 : 1;
			int			v = prev[j - 1] + cost;

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
				prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < rowmin)
				rowmin = v;
		}
		/*
		 * A transposition can lower the next row below this row's minimum
		 * by reaching back two rows, so stop only when both are past max.
		 */
		if (rowmin > max)
		{
			int			prevmin = prev[0];

			for (j = 1; j <= blen; j++)
				if (prev[j] < prevmin)
					prevmin = prev[j];
			if (prevmin > max)
				return max + 1;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[blen] > max ? max + 1 : prev[blen];
}

/* ------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------ */

/* Base letters of U+00C0..U+00FF: '-' breaks a word, '*' is a two-letter fold. */
static const char latin1_fold[64] =
"aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y";

/* Base letters of U+0100..U+017F ('*': two letters, handled below). */
static const char latin_ext_a_fold[128] =
"aaaaaaccccccccdddd"			/* 0100..0111 */
"eeeeeeeeee"					/* 0112..011B */
"gggggggg"						/* 011C..0123 */
"hhhh"							/* 0124..0127 */
"iiiiiiiiii"					/* 0128..0131 */
"**"							/* 0132..0133 ij */
"jjkkk"							/* 0134..0138 */
"llllllllll"					/* 0139..0142 */
"nnnnnnnnn"						/* 0143..014B */
"oooooo"						/* 014C..0151 */
"**"							/* 0152..0153 oe */
"rrrrrr"						/* 0154..0159 */
"ssssssss"						/* 015A..0161 */
"tttttt"						/* 0162..0167 */
"uuuuuuuuuuuu"					/* 0168..0173 */
"ww"							/* 0174..0175 */
"yyy"							/* 0176..0178 */
"zzzzzz"						/* 0179..017E */
"s";							/* 017F long s */

typedef enum
{
	CH_BREAK,					/* ends a word */
	CH_DROP,					/* ignored (combining mark) */
	CH_ASCII,					/* one or two ASCII letters in fold[] */
	CH_RAW						/* a letter of another script, kept as typed */
} char_class;

static char_class
classify(uint32_t cp, char fold[3], size_t *foldlen)
{
	char		f;

	if (cp < 0x80)
	{
		if (cp >= 'A' && cp <= 'Z')
		{
			fold[0] = (char) (cp - 'A' + 'a');
			*foldlen = 1;
			return CH_ASCII;
		}
		if (cp >= 'a' && cp <= 'z')
		{
			fold[0] = (char) cp;
			*foldlen = 1;
			return CH_ASCII;
		}
		return CH_BREAK;
	}
	if (cp < 0xC0)
		return CH_BREAK;		/* C1 controls, no-break space, symbols */
	if (cp < 0x100)
	{
		f = latin1_fold[cp - 0xC0];
		if (f == '-')
			return CH_BREAK;	/* multiplication and division signs */
		if (f == '*')
		{
			switch (cp)
			{
				case 0xC6:
				case 0xE6:
					memcpy(fold, "ae", 3);
					break;
				case 0xDE:
				case 0xFE:
					memcpy(fold, "th", 3);
					break;
				default:		/* 0xDF sharp s */
					memcpy(fold, "ss", 3);
					break;
			}
			*foldlen = 2;
			return CH_ASCII;
		}
		fold[0] = f;
		*foldlen = 1;
		return CH_ASCII;
	}
	if (cp < 0x180)
	{
		f = latin_ext_a_fold[cp - 0x100];
		if (f == '*')
		{
			memcpy(fold, (cp == 0x132 || cp == 0x133) ? "ij" : "oe", 3);
			*foldlen = 2;
		}
		else
		{
			fold[0] = f;
			*foldlen = 1;
		}
		return CH_ASCII;
	}
	if (cp >= 0x218 && cp <= 0x21B)
	{
		fold[0] = cp < 0x21A ? 's' : 't';	/* Romanian s and t with comma */
		*foldlen = 1;
		return CH_ASCII;
	}
	if (cp >= 0x2B0 && cp <= 0x2FF)
		return CH_BREAK;		/* modifier letters: apostrophes, accents */
	if (cp >= 0x300 && cp <= 0x36F)
		return CH_DROP;			/* combining diacritical marks */
	if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF)
		return CH_BREAK;		/* spaces, dashes, quotes, invisible marks */
	return CH_RAW;
}

size_t
rdv_dedup_normalize_name(const char *s, size_t len, char *out, size_t outsz)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0,
				n = 0,
				word_start = 0;
	int			ntokens = 0;
	bool		in_word = false;

	if (out == NULL || outsz < RDV_DEDUP_NAME_MAX + 1)
		return 0;
	out[0] = '\0';
	if (s == NULL)
		return 0;
	while (i < len)
	{
		uint32_t	cp = 0;
		size_t		step = rdv_utf8_decode(u + i, len - i, &cp);
		char		fold[3];
		size_t		foldlen = 0;
		char_class	cls;
		const char *add;
		size_t		addlen;

		if (step == 0)
		{
			cls = CH_BREAK;
			step = 1;
		}
		else
			cls = classify(cp, fold, &foldlen);
		if (cls == CH_BREAK)
		{
			in_word = false;
			i += step;
			continue;
		}
		if (cls == CH_DROP)
		{
			i += step;
			continue;
		}
		if (cls == CH_ASCII)
		{
			add = fold;
			addlen = foldlen;
		}
		else
		{
			add = (const char *) u + i;
			addlen = step;
		}
		if (!in_word)
		{
			if (ntokens == RDV_DEDUP_NAME_MAX_TOKENS)
				break;
			word_start = n;
			if (n > 0)
			{
				if (n + 1 > RDV_DEDUP_NAME_MAX)
					break;
				out[n++] = ' ';
			}
			ntokens++;
			in_word = true;
		}
		if (n + addlen > RDV_DEDUP_NAME_MAX)
		{
			/* drop the word that does not fit, with its separator */
			n = word_start;
			break;
		}
		memcpy(out + n, add, addlen);
		n += addlen;
		i += step;
	}
	out[n] = '\0';
	return n;
}

typedef struct
{
	const char *p;
	size_t		len;
} token;

/* Splits a normalised name at its spaces. */
static int
tokenize(const char *s, size_t len, token *t)
{
	size_t		i = 0;
	int			n = 0;

	while (i < len && n < RDV_DEDUP_NAME_MAX_TOKENS)
	{
		size_t		j = i;

		while (j < len && s[j] != ' ')
			j++;
		if (j > i)
		{
			t[n].p = s + i;
			t[n].len = j - i;
			n++;
		}
		i = j + 1;
	}
	return n;
}

static uint64_t
hash_bytes(const char *p, size_t len)
{
	uint64_t	h = 0xcbf29ce484222325ULL;	/* FNV-1a, then a final mix */
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) p[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

void
rdv_dedup_name_info_of(const char *name, size_t len, rdv_dedup_name_info *info)
{
	token		t[RDV_DEDUP_NAME_MAX_TOKENS];
	int			n = tokenize(name, len, t);
	int			i;
	size_t		k;

	info->signature = 0;
	info->letters = 0;
	info->ntokens = (uint8_t) n;
	for (i = 0; i < n; i++)
	{
		/* a sum is order-free and still counts a word given twice */
		info->signature += hash_bytes(t[i].p, t[i].len);
		for (k = 0; k < t[i].len; k++)
		{
			unsigned char c = (unsigned char) t[i].p[k];

			if (c >= 'a' && c <= 'z')
				info->letters |= (uint32_t) 1 << (c - 'a');
			else
				info->letters |= (uint32_t) 1 << (26 + c % 6);
		}
	}
}

bool
rdv_dedup_names_may_agree(const rdv_dedup_name_info *a, const rdv_dedup_name_info *b)
{
	uint32_t	x = a->letters ^ b->letters;

	if (a->ntokens == 0 || b->ntokens == 0)
		return false;
	/* a missing word leaves a subset; one typo changes at most two letters */
	return (a->letters & ~b->letters) == 0 || (b->letters & ~a->letters) == 0 ||
		__builtin_popcount(x) <= 2;
}

/*
 * Marks as used a word of x that equals two or more adjacent unused words of
 * y glued together; returns true when it found one.
 */
static bool
match_one_join(const token *x, int nx, bool *ux, const token *y, int ny, bool *uy)
{
	int			i,
				s;

	for (i = 0; i < nx; i++)
	{
		if (ux[i])
			continue;
		for (s = 0; s < ny; s++)
		{
			size_t		pos = 0;
			int			e = s;

			while (e < ny && !uy[e] && pos + y[e].len <= x[i].len &&
				   memcmp(x[i].p + pos, y[e].p, y[e].len) == 0)
			{
				pos += y[e].len;
				e++;
			}
			if (pos == x[i].len && e - s >= 2)
			{
				ux[i] = true;
				while (s < e)
					uy[s++] = true;
				return true;
			}
		}
	}
	return false;
}

rdv_dedup_agreement
rdv_dedup_compare_names(const char *a, size_t alen, const char *b, size_t blen)
{
	token		ta[RDV_DEDUP_NAME_MAX_TOKENS],
				tb[RDV_DEDUP_NAME_MAX_TOKENS];
	bool		ua[RDV_DEDUP_NAME_MAX_TOKENS] = {false},
				ub[RDV_DEDUP_NAME_MAX_TOKENS] = {false};
	int			na = tokenize(a, alen, ta);
	int			nb = tokenize(b, blen, tb);
	int			i,
				j,
				ra = 0,
				rb = 0,
				la = -1,
				lb = -1;

	if (na == 0 || nb == 0)
		return RDV_NAMES_DISAGREE;

	/* the same words, in any order */
	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			if (!ub[j] && ta[i].len == tb[j].len && memcmp(ta[i].p, tb[j].p, ta[i].len) == 0)
			{
				ua[i] = ub[j] = true;
				break;
			}

	/* words glued together or split ("le gall" / "legall") */
	while (match_one_join(ta, na, ua, tb, nb, ub) || match_one_join(tb, nb, ub, ta, na, ua))
		;

	for (i = 0; i < na; i++)
		if (!ua[i])
		{
			ra++;
			la = i;
		}
	for (j = 0; j < nb; j++)
		if (!ub[j])
		{
			rb++;
			lb = j;
		}
	if (ra == 0 && rb == 0)
		return RDV_NAMES_AGREE;
	/* a missing word: the shorter name still has two words or more */
	if ((ra == 0 && rb == 1 && na >= 2) || (ra == 1 && rb == 0 && nb >= 2))
		return RDV_NAMES_VARIANT;
	/* one typo in a word long enough for a typo to be told from another word */
	if (ra == 1 && rb == 1 && ta[la].len >= 4 && tb[lb].len >= 4 &&
		rdv_dedup_osa(ta[la].p, ta[la].len, tb[lb].p, tb[lb].len, 1) <= 1)
		return RDV_NAMES_VARIANT;
	return RDV_NAMES_DISAGREE;
}

float
rdv_dedup_near_score(rdv_dedup_edit edit,
					 const char *name_a, size_t alen, const rdv_dedup_name_info *ia,
					 const char *name_b, size_t blen, const rdv_dedup_name_info *ib)
{
	rdv_dedup_agreement ag;
	float		base;

	if (edit == RDV_EDIT_FAR)
		return 0.0f;
	if (ia->ntokens < 2 || ib->ntokens < 2)
		return 0.0f;
	if (!rdv_dedup_names_may_agree(ia, ib))
		return 0.0f;
	ag = rdv_dedup_compare_names(name_a, alen, name_b, blen);
	if (ag == RDV_NAMES_DISAGREE)
		return 0.0f;
	if (edit == RDV_EDIT_LAST && ag != RDV_NAMES_AGREE)
		return 0.0f;
	base = edit == RDV_EDIT_NONE ? 0.95f : 0.9f;
	return ag == RDV_NAMES_AGREE ? base : base * 0.9f;
}

/* ------------------------------------------------------------------------
 * Union-find
 * ------------------------------------------------------------------------ */

void
rdv_uf_init(uint32_t *parent, uint32_t *size, uint32_t n)
{
	uint32_t	i;

	for (i = 0; i < n; i++)
	{
		parent[i] = i;
		size[i] = 1;
	}
}

uint32_t
rdv_uf_find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x)
	{
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

uint32_t
rdv_uf_union(uint32_t *parent, uint32_t *size, uint32_t x, uint32_t y)
{
	uint32_t	rx = rdv_uf_find(parent, x);
	uint32_t	ry = rdv_uf_find(parent, y);

	if (rx == ry)
		return UINT32_MAX;
	if (size[rx] < size[ry])
	{
		uint32_t	t = rx;

		rx = ry;
		ry = t;
	}
	parent[ry] = rx;
	size[rx] += size[ry];
	return rx;
}
