/*
 * fuzz_normalize.c — libFuzzer harness for the pure normalising code
 * (normalize.c): every parser and normaliser on arbitrary bytes, under
 * AddressSanitizer and UndefinedBehaviorSanitizer.  The input buffer is
 * exactly the bytes given, so any read past `len` is caught.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	rdv_datetime dt;
	double		d,
				lon,
				lat;
	char		zip[6],
				dept[4],
				id[RDV_EXTERNAL_ID_MAX_LEN + 1],
				app[11];
	char	   *out = malloc(size + 1);
	size_t		i;
	uint32_t	cp;

	if (out == NULL)
		return 0;
	(void) rdv_parse_datetime(s, size, &dt);
	if (rdv_parse_double(s, size, &d))
	{
		/* as a coordinate pair: the value and its negation, with and without a department */
		lon = d;
		lat = -d;
		(void) rdv_check_coordinates(&lon, &lat, NULL);
		(void) rdv_check_coordinates(&lon, &lat, "974");
	}
	if (rdv_normalize_zip(s, size, zip) && rdv_department_from_zip(zip, dept))
		(void) rdv_timezone_for_department(dept);
	(void) rdv_tidy_text(s, size, out, size + 1);
	(void) rdv_tidy_city(s, size, out, size + 1);
	(void) rdv_tidy_city(s, size, out, size / 2 + 1);	/* too small: must fail cleanly */
	(void) rdv_is_http_url(s, size);
	(void) rdv_normalize_external_id(s, size, false, id, sizeof(id));
	(void) rdv_normalize_external_id(s, size, true, id, sizeof(id));
	(void) rdv_canonical_application_id(s, size, app);
	for (i = 0; i < size;)
	{
		size_t		n = rdv_utf8_decode(data + i, size - i, &cp);

		i += n ? n : 1;
	}
	free(out);
	return 0;
}
