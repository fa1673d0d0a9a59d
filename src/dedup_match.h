/*
 * dedup_match.h — pure matching rules behind rdvmairie.duplicate_groups().
 *
 * An applicant who books several town halls "just in case" retypes a
 * 10-character pre-application number and a name each time.  This module
 * says when two such (number, name) pairs belong to one applicant, and gives
 * the building blocks the aggregate (dedup.c) needs to find those pairs
 * without comparing every row with every other:
 *
 *   - numbers: canonical form (upper case, separators dropped), look-alike
 *     folding (O->0, I->1, L->1, S->5, B->8), packing into 64 bits, the
 *     one-deletion blocking keys, and the one-edit test (optimal string
 *     alignment distance <= 1, telling which edit it was);
 *   - names: normalisation (UTF-8 accent folding for French, case, any
 *     punctuation as a word break), token count, letter mask and an
 *     order-free signature, and the typo-tolerant comparison;
 *   - the edge rule combining both, with its score;
 *   - a union-find.
 *
 * Same contract as normalize.h: only the C standard library, no PostgreSQL
 * headers, no allocation (callers pass buffers), no mutable global state;
 * inputs are byte ranges (s, len) that are not NUL-terminated and never read
 * past len.  Declarations stay at the top of blocks.
 */
#ifndef RDVMAIRIE_DEDUP_MATCH_H
#define RDVMAIRIE_DEDUP_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------------
 * Pre-application numbers
 *
 * Canonical form: upper-case ASCII letters, separators people type or paste
 * dropped (ASCII whitespace, '-', '_', '.', '/', U+00A0, U+202F, as in
 * rdv_canonical_application_id()), and then 9, 10 or 11 ASCII letters or
 * digits: a real number has 10, and one character missing or extra is the
 * commonest typing error.  Anything else cannot be matched and is rejected.
 *
 * Folded form: the canonical number with the look-alikes O->0, I->1, L->1,
 * S->5 and B->8 replaced, over the 31-symbol alphabet
 * "0123456789ACDEFGHJKMNPQRTUVWXYZ".  Packed form: symbol codes 1..31, five
 * bits each, the first character in bits 59..55, unused positions 0.  Two
 * strings of up to 12 symbols pack to the same value exactly when they are
 * equal, whatever their lengths, so full numbers and their one-deletion keys
 * share one key space.
 * ------------------------------------------------------------------------ */
#define RDV_DEDUP_ID_MIN_LEN 9
#define RDV_DEDUP_ID_MAX_LEN 11

typedef struct rdv_dedup_number
{
	uint64_t	folded;			/* packed folded number */
	uint32_t	variant;		/* 2 bits per position: which look-alike was
								 * typed (0 the digit, 1 O/I/S/B, 2 L) */
	uint8_t		len;			/* RDV_DEDUP_ID_MIN_LEN..RDV_DEDUP_ID_MAX_LEN */
} rdv_dedup_number;

/*
 * Parses a number as typed.  Returns false (and leaves *out untouched) when
 * its canonical form is not 9 to 11 letters or digits.
 */
bool		rdv_dedup_parse_number(const char *s, size_t len, rdv_dedup_number *out);

/* Same canonical number (same folded value, same look-alikes typed). */
bool		rdv_dedup_same_number(const rdv_dedup_number *a, const rdv_dedup_number *b);

/* Writes the canonical number (upper case, no separator) and a NUL; out needs 12 bytes. */
void		rdv_dedup_number_text(const rdv_dedup_number *n, char out[12]);

/* Unpacks a packed value into symbol codes 1..31; returns the length (0..12). */
int			rdv_dedup_unpack(uint64_t packed, uint8_t codes[12]);

/*
 * Blocking keys: the packed folded number itself and each of its
 * one-character deletions, without repeats (deleting either of two equal
 * neighbours gives the same key).  Every pair of numbers within one edit
 * shares at least one key: a substitution or a transposition shares a
 * deletion key, an insertion or deletion shares the shorter number's full
 * key.  Returns the number of keys written (at most RDV_DEDUP_ID_MAX_LEN + 1).
 */
#define RDV_DEDUP_MAX_KEYS (RDV_DEDUP_ID_MAX_LEN + 1)
int			rdv_dedup_number_keys(uint64_t folded, uint64_t keys[RDV_DEDUP_MAX_KEYS]);

/*
 * How two folded numbers differ: the optimal string alignment distance
 * (restricted Damerau-Levenshtein) when it is at most one, with the kind of
 * edit; RDV_EDIT_FAR for two edits or more.
 */
typedef enum rdv_dedup_edit
{
	RDV_EDIT_NONE,				/* same folded number */
	RDV_EDIT_SUBSTITUTION,		/* one character replaced, not the last */
	RDV_EDIT_LAST,				/* the last character replaced: what
								 * consecutive numbers handed to one family
								 * look like */
	RDV_EDIT_TRANSPOSITION,		/* two adjacent characters swapped */
	RDV_EDIT_INDEL,				/* one character missing or extra */
	RDV_EDIT_FAR
} rdv_dedup_edit;

rdv_dedup_edit rdv_dedup_number_edit(uint64_t a, uint64_t b);

/*
 * Optimal string alignment distance between two byte strings, computed up to
 * max: returns min(distance, max + 1).  Byte-wise (names are normalised to
 * ASCII first).  Strings longer than RDV_DEDUP_OSA_MAX_LEN bytes are
 * compared on their length difference only (a lower bound) and count as far
 * when it is not beyond max.
 */
#define RDV_DEDUP_OSA_MAX_LEN 255
int			rdv_dedup_osa(const char *a, size_t alen, const char *b, size_t blen, int max);

/* ------------------------------------------------------------------------
 * Applicant names
 *
 * Normalised form: lower-case ASCII words separated by one space, in the
 * order typed.  Latin letters with diacritics (U+00C0..U+017F, U+0218..
 * U+021B) fold to their base letters (é->e, ç->c, œ->oe, æ->ae, ß->ss);
 * combining marks (U+0300..U+036F) are dropped; every other ASCII character,
 * U+00A0..U+00BF, U+00D7, U+00F7, U+02B9..U+02FF (modifier apostrophes) and
 * U+2000..U+206F (spaces, dashes, quotes) break words, so hyphens,
 * apostrophes, commas and spaces are all alike.  Letters of other scripts
 * are kept as they are.  Invalid UTF-8 bytes break words.  At most
 * RDV_DEDUP_NAME_MAX_TOKENS words and RDV_DEDUP_NAME_MAX bytes are kept; the
 * words beyond are dropped.  Returns the length written (0: no word; out
 * then holds the empty string).  outsz must be at least
 * RDV_DEDUP_NAME_MAX + 1.
 * ------------------------------------------------------------------------ */
#define RDV_DEDUP_NAME_MAX 255
#define RDV_DEDUP_NAME_MAX_TOKENS 12

size_t		rdv_dedup_normalize_name(const char *s, size_t len, char *out, size_t outsz);

/* Summary of a normalised name, used to skip most comparisons cheaply. */
typedef struct rdv_dedup_name_info
{
	uint64_t	signature;		/* the same for the same words in any order */
	uint32_t	letters;		/* bit i: letter 'a' + i occurs; bits 26..31
								 * other bytes */
	uint8_t		ntokens;
} rdv_dedup_name_info;

void		rdv_dedup_name_info_of(const char *name, size_t len, rdv_dedup_name_info *info);

typedef enum rdv_dedup_agreement
{
	RDV_NAMES_DISAGREE = 0,
	RDV_NAMES_VARIANT = 1,		/* one word missing, or one typo */
	RDV_NAMES_AGREE = 2			/* the same words, in any order, however
								 * joined */
} rdv_dedup_agreement;

/*
 * Compares two normalised names.  AGREE: the same words in any order, where
 * a word of one side may also be two or more adjacent words of the other
 * glued together ("le gall" = "legall", "jean pierre" = "jeanpierre").
 * VARIANT: after that, either one word is left over on one side only and the
 * other side has at least two words (a missing middle name), or one word is
 * left on each side, both of at least 4 letters and one edit apart (a
 * typo).  Otherwise DISAGREE, and always DISAGREE when a side is empty.
 */
rdv_dedup_agreement rdv_dedup_compare_names(const char *a, size_t alen,
											const char *b, size_t blen);

/* Cheap necessary condition for compare_names() != DISAGREE. */
bool		rdv_dedup_names_may_agree(const rdv_dedup_name_info *a,
									  const rdv_dedup_name_info *b);

/* ------------------------------------------------------------------------
 * The matching rule between two rows with different canonical numbers
 *
 * Two rows whose folded numbers are at most one edit apart are one
 * applicant when both names have at least two words and
 *   - they agree (AGREE), or
 *   - they are a VARIANT and the numbers do not differ in their last
 *     character only: consecutive numbers handed to one family differ
 *     there, and siblings' first names are often one letter apart
 *     (Louis/Louise, Léa/Léo), so that case demands agreeing names.
 * Returns the score of the link (0 when the rows do not match):
 *   0.95 the numbers differ only by look-alikes (O/0, I/1, L/1, S/5, B/8),
 *   0.90 one edit apart,
 * times 0.9 when the names are only a VARIANT.
 * ------------------------------------------------------------------------ */
float		rdv_dedup_near_score(rdv_dedup_edit edit,
								 const char *name_a, size_t alen, const rdv_dedup_name_info *ia,
								 const char *name_b, size_t blen, const rdv_dedup_name_info *ib);

/* Score of one canonical number's rows (see docs/dedup.md). */
#define RDV_DEDUP_SCORE_SAME_AGREE		1.0f	/* every row named, all agree */
#define RDV_DEDUP_SCORE_SAME_MISSING	0.95f	/* some rows without a name */
#define RDV_DEDUP_SCORE_SAME_VARIANT	0.9f	/* names only variants, or none at all */
#define RDV_DEDUP_SCORE_SAME_DISAGREE	0.7f	/* some names disagree */

/* ------------------------------------------------------------------------
 * Union-find over 0..n-1 (path halving, union by size).  The caller owns
 * the arrays: parent and size of n elements each.
 * ------------------------------------------------------------------------ */
void		rdv_uf_init(uint32_t *parent, uint32_t *size, uint32_t n);
uint32_t	rdv_uf_find(uint32_t *parent, uint32_t x);
/* Returns the new root, or UINT32_MAX when x and y were already together. */
uint32_t	rdv_uf_union(uint32_t *parent, uint32_t *size, uint32_t x, uint32_t y);

#endif							/* RDVMAIRIE_DEDUP_MATCH_H */
