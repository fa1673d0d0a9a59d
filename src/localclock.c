/*
 * localclock.c — fast local times of one zone for sorted instants (see localclock.h).
 */
#include "postgres.h"

#include <errno.h>

#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "localclock.h"

pg_tz *
local_zone(const char *name)
{
	pg_tz	   *tz;

	/* pg_tzset answers NULL both for an unknown name and for a failed malloc */
	errno = 0;
	tz = pg_tzset(name);
	if (tz == NULL && errno == ENOMEM)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("Failed while loading time zone \"%s\".", name)));
	return tz;
}

void
local_clock_init(LocalClock *clock, const pg_tz *tz)
{
	clock->tz = tz;
	clock->from = 0;
	clock->until = 0;
	clock->offset = 0;
	clock->day = PG_INT64_MIN;
}

long
local_clock_offset(LocalClock *clock, TimestampTz ts)
{
	pg_time_t	t = timestamptz_to_time_t(ts);

	if (t < clock->from || t >= clock->until)
	{
		long		before,
					after;
		int			before_dst,
					after_dst;
		pg_time_t	boundary;
		int			r = pg_next_dst_boundary(&t, &before, &before_dst, &boundary,
											 &after, &after_dst, clock->tz);

		if (r < 0)
			elog(ERROR, "could not read the rules of a time zone");
		clock->offset = before;
		clock->from = t;
		clock->until = r == 1 ? boundary : PG_INT64_MAX;
	}
	return clock->offset;
}

/* local microseconds since 2000-01-01 00:00 split into days and seconds */
static void
LocalSplit(LocalClock *clock, TimestampTz ts, long *off, int64 *days, int64 *secs)
{
	int64		local;

	*off = local_clock_offset(clock, ts);
	local = ts + (int64) *off * USECS_PER_SEC;
	*days = local / USECS_PER_DAY;
	if (local < 0 && local % USECS_PER_DAY != 0)
		(*days)--;
	*secs = (local - *days * USECS_PER_DAY) / USECS_PER_SEC;
}

DateADT
local_clock_date(LocalClock *clock, TimestampTz ts)
{
	long		off;
	int64		days,
				secs;

	LocalSplit(clock, ts, &off, &days, &secs);
	return (DateADT) days;
}

int
local_clock_format(LocalClock *clock, TimestampTz ts, char *buf)
{
	long		off;
	int64		days,
				secs;
	int			y,
				m,
				d;

	LocalSplit(clock, ts, &off, &days, &secs);
	if (days != clock->day)
	{
		j2date((int) days + POSTGRES_EPOCH_JDATE, &clock->year, &clock->month, &clock->mday);
		clock->day = days;
	}
	y = clock->year;
	m = clock->month;
	d = clock->mday;
#define TWO(p, v) ((p)[0] = '0' + (v) / 10, (p)[1] = '0' + (v) % 10)
	TWO(buf, y / 100);
	TWO(buf + 2, y % 100);
	buf[4] = '-';
	TWO(buf + 5, m);
	buf[7] = '-';
	TWO(buf + 8, d);
	buf[10] = 'T';
	TWO(buf + 11, (int) (secs / 3600));
	buf[13] = ':';
	TWO(buf + 14, (int) (secs % 3600 / 60));
	buf[16] = ':';
	TWO(buf + 17, (int) (secs % 60));
	buf[19] = off < 0 ? '-' : '+';
	TWO(buf + 20, (int) (labs(off) / 3600));
	buf[22] = ':';
	TWO(buf + 23, (int) (labs(off) % 3600 / 60));
#undef TWO
	buf[25] = '\0';
	return 25;
}
