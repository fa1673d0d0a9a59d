/*
 * registry.c — C glue of the anti-duplicate registry.
 *
 *   rdvmairie.canonical_application_id(text)      canonical number, or 22023
 *   rdvmairie.try_canonical_application_id(text)  canonical number, or NULL
 *   rdvmairie.is_http_url(text)                   the ingestion's URL rule
 *
 * The rules themselves are the pure functions of normalize.c; this file only
 * turns them into SQL functions with helpful errors.  The registry's tables
 * and its set-based logic live in registry.sql.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "normalize.h"

PG_FUNCTION_INFO_V1(canonical_application_id);
PG_FUNCTION_INFO_V1(try_canonical_application_id);
PG_FUNCTION_INFO_V1(is_http_url);

/* Longest part of a rejected input quoted back in an error message (bytes). */
#define QUOTE_MAX_BYTES 64

/* Raises 22023 for a pre-application number that has no canonical form. */
static void
pg_attribute_noreturn()
ReportInvalidApplicationId(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;
	int			alnum = 0;
	int			clen;
	int			quote_len = pg_mbcliplen(s, (int) len, QUOTE_MAX_BYTES);
	char	   *quoted = pnstrdup(s, quote_len);

	while (i < len)
	{
		size_t		sep = rdv_application_separator_at(u, len, i);

		if (sep > 0)
		{
			i += sep;
			continue;
		}
		if ((u[i] >= '0' && u[i] <= '9') || (u[i] >= 'A' && u[i] <= 'Z') ||
			(u[i] >= 'a' && u[i] <= 'z'))
		{
			alnum++;
			i++;
			continue;
		}
		/* a character that is neither a letter, a digit nor a separator */
		clen = Min(pg_mblen(s + i), (int) (len - i));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid pre-application number: \"%s%s\"", quoted,
						(size_t) quote_len < len ? "..." : ""),
				 errdetail("The character \"%s\" is neither an ASCII letter, a digit nor a separator.",
						   pnstrdup(s + i, clen)),
				 errhint("A pre-application number is 10 letters or digits, such as \"ABCDE12345\"; "
						 "case, spaces, dashes, dots, underscores and slashes are ignored.")));
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid pre-application number: \"%s%s\"", quoted,
					(size_t) quote_len < len ? "..." : ""),
			 errdetail("It has %d letters and digits once spaces and separators are removed; "
					   "a pre-application number has exactly 10.", alnum),
			 errhint("A pre-application number is 10 letters or digits, such as \"ABCDE12345\"; "
					 "case, spaces, dashes, dots, underscores and slashes are ignored.")));
}

/*
 * rdvmairie.canonical_application_id(text) -> text
 * Upper case, separators removed, exactly 10 letters or digits; otherwise
 * SQLSTATE 22023 with what is wrong.
 */
Datum
canonical_application_id(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	char		out[11];

	if (!rdv_canonical_application_id(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), out))
		ReportInvalidApplicationId(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, 10));
}

/*
 * rdvmairie.try_canonical_application_id(text) -> text
 * The same rule, NULL instead of an error: for batch lookups where one
 * mistyped number must not fail the others.
 */
Datum
try_canonical_application_id(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	char		out[11];

	if (!rdv_canonical_application_id(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), out))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, 10));
}

/*
 * rdvmairie.is_http_url(text) -> boolean
 * The URL rule the ingestion applies to callback URLs and websites.
 */
Datum
is_http_url(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);

	PG_RETURN_BOOL(rdv_is_http_url(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in)));
}
