/*
 * fuzz_dedup.c — libFuzzer harness for the duplicate finder's pure rules
 * (dedup_match.c): numbers, blocking keys, edits, names and their
 * comparison.  The input is split in two at the first 0xFF byte to feed the
 * functions that compare two values.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dedup_match.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *cut = memchr(data, 0xFF, size);
	size_t		alen = cut ? (size_t) (cut - data) : size;
	size_t		blen = cut ? size - alen - 1 : 0;
	/* copies of exactly their length, so that overreads are caught */
	char	   *a = malloc(alen ? alen : 1);
	char	   *b = malloc(blen ? blen : 1);
	char	   *out = malloc(RDV_DEDUP_NAME_MAX + 1);
	rdv_dedup_number na,
				nb;
	rdv_dedup_name_info ia,
				ib;
	uint64_t	keys[RDV_DEDUP_MAX_KEYS];
	uint8_t		codes[12];
	char		text[12];
	bool		pa,
				pb;

	if (a == NULL || b == NULL || out == NULL)
	{
		free(a);
		free(b);
		free(out);
		return 0;
	}
	memcpy(a, data, alen);
	if (blen)
		memcpy(b, cut + 1, blen);

	pa = rdv_dedup_parse_number(a, alen, &na);
	pb = rdv_dedup_parse_number(b, blen, &nb);
	if (pa)
	{
		(void) rdv_dedup_number_keys(na.folded, keys);
		rdv_dedup_number_text(&na, text);
		(void) rdv_dedup_unpack(na.folded, codes);
	}
	if (pa && pb)
	{
		(void) rdv_dedup_same_number(&na, &nb);
		(void) rdv_dedup_number_edit(na.folded, nb.folded);
	}
	(void) rdv_dedup_normalize_name(a, alen, out, RDV_DEDUP_NAME_MAX + 1);
	rdv_dedup_name_info_of(a, alen, &ia);
	rdv_dedup_name_info_of(b, blen, &ib);
	(void) rdv_dedup_names_may_agree(&ia, &ib);
	(void) rdv_dedup_compare_names(a, alen, b, blen);
	(void) rdv_dedup_osa(a, alen, b, blen, 3);
	(void) rdv_dedup_near_score(RDV_EDIT_SUBSTITUTION, a, alen, &ia, b, blen, &ib);
	free(a);
	free(b);
	free(out);
	return 0;
}
