/*
 * geodesic.h — distances on the WGS 84 ellipsoid (pure C, no PostgreSQL).
 *
 * Search ranks meeting points by the geodesic distance that PostGIS's
 * ST_Distance(geography, geography) returns; computing it here avoids a call
 * into PostGIS per candidate.  Vincenty's inverse formula agrees with
 * GeographicLib to well under a millimetre at the distances searched
 * (<= 100 km); nearly antipodal points, where it may not converge, fall back
 * to the great-circle distance on the mean sphere.
 */
#ifndef RDVMAIRIE_GEODESIC_H
#define RDVMAIRIE_GEODESIC_H

/* metres between two WGS 84 positions given in degrees */
double		rdv_geodesic_distance_m(double lon1, double lat1, double lon2, double lat2);

/* metres on the sphere of radius 6371008.7714 m (PostGIS's geography KNN sphere) */
double		rdv_sphere_distance_m(double lon1, double lat1, double lon2, double lat2);

#endif							/* RDVMAIRIE_GEODESIC_H */
