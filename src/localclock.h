/*
 * localclock.h — fast local times of one zone for sorted instants.
 *
 * Ingestion counts slots per local day and search prints slots in local time,
 * millions of times over instants that mostly share one UTC offset.  A
 * LocalClock remembers the offset until the zone's next transition, so the
 * zone's rules are consulted only when one is crossed.
 */
#ifndef RDVMAIRIE_LOCALCLOCK_H
#define RDVMAIRIE_LOCALCLOCK_H

#include "postgres.h"

#include "datatype/timestamp.h"
#include "pgtime.h"
#include "utils/date.h"

typedef struct LocalClock
{
	const pg_tz *tz;
	pg_time_t	from;
	pg_time_t	until;
	long		offset;			/* seconds east of UTC */
	int64		day;			/* last local day formatted, and its date */
	int			year,
				month,
				mday;
} LocalClock;

/*
 * The zone called name, or NULL when the server does not know it.  Loading a
 * zone the first time mallocs; running out of memory there raises out of
 * memory (53200) instead of passing for an unknown zone.
 */
extern pg_tz *local_zone(const char *name);

extern void local_clock_init(LocalClock *clock, const pg_tz *tz);
/* seconds east of UTC in force at ts */
extern long local_clock_offset(LocalClock *clock, TimestampTz ts);
/* local calendar date of ts */
extern DateADT local_clock_date(LocalClock *clock, TimestampTz ts);
/* writes "2031-07-15T10:00:00+02:00" and a NUL into buf (26 bytes); returns 25 */
extern int	local_clock_format(LocalClock *clock, TimestampTz ts, char *buf);

#endif							/* RDVMAIRIE_LOCALCLOCK_H */
