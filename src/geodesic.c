/*
 * geodesic.c — distances on the WGS 84 ellipsoid (see geodesic.h).
 */
#include <math.h>

#include "geodesic.h"

#define WGS84_A 6378137.0
#define WGS84_F (1.0 / 298.257223563)
#define WGS84_B (WGS84_A * (1.0 - WGS84_F))
#define SPHERE_R 6371008.7714
#define DEG (M_PI / 180.0)

double
rdv_sphere_distance_m(double lon1, double lat1, double lon2, double lat2)
{
	double		p1 = lat1 * DEG,
				p2 = lat2 * DEG;
	double		dp = (lat2 - lat1) * DEG,
				dl = (lon2 - lon1) * DEG;
	double		h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2);

	return 2.0 * SPHERE_R * asin(fmin(1.0, sqrt(h)));
}

double
rdv_geodesic_distance_m(double lon1, double lat1, double lon2, double lat2)
{
	double		L = (lon2 - lon1) * DEG;
	double		U1 = atan((1.0 - WGS84_F) * tan(lat1 * DEG));
	double		U2 = atan((1.0 - WGS84_F) * tan(lat2 * DEG));
	double		sinU1 = sin(U1),
				cosU1 = cos(U1),
				sinU2 = sin(U2),
				cosU2 = cos(U2);
	double		lambda = L,
				prev;
	double		sinSigma = 0,
				cosSigma = 0,
				sigma = 0,
				cos2Alpha = 0,
				cos2SigmaM = 0;
	double		u2,
				A,
				B,
				deltaSigma;
	int			iter;

	for (iter = 0; iter < 200; iter++)
	{
		double		sinLambda = sin(lambda),
					cosLambda = cos(lambda);
		double		sinAlpha,
					C;

		sinSigma = sqrt((cosU2 * sinLambda) * (cosU2 * sinLambda) +
						(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda) *
						(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda));
		if (sinSigma == 0.0)
			return 0.0;			/* same point */
		cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
		sigma = atan2(sinSigma, cosSigma);
		sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
		cos2Alpha = 1.0 - sinAlpha * sinAlpha;
		cos2SigmaM = cos2Alpha != 0.0 ? cosSigma - 2.0 * sinU1 * sinU2 / cos2Alpha : 0.0;
		C = WGS84_F / 16.0 * cos2Alpha * (4.0 + WGS84_F * (4.0 - 3.0 * cos2Alpha));
		prev = lambda;
		lambda = L + (1.0 - C) * WGS84_F * sinAlpha *
			(sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1.0 + 2.0 * cos2SigmaM * cos2SigmaM)));
		if (fabs(lambda - prev) < 1e-12)
			break;
	}
	if (iter == 200)
		return rdv_sphere_distance_m(lon1, lat1, lon2, lat2);

	u2 = cos2Alpha * (WGS84_A * WGS84_A - WGS84_B * WGS84_B) / (WGS84_B * WGS84_B);
	A = 1.0 + u2 / 16384.0 * (4096.0 + u2 * (-768.0 + u2 * (320.0 - 175.0 * u2)));
	B = u2 / 1024.0 * (256.0 + u2 * (-128.0 + u2 * (74.0 - 47.0 * u2)));
	deltaSigma = B * sinSigma * (cos2SigmaM + B / 4.0 *
								 (cosSigma * (-1.0 + 2.0 * cos2SigmaM * cos2SigmaM) -
								  B / 6.0 * cos2SigmaM * (-3.0 + 4.0 * sinSigma * sinSigma) *
								  (-3.0 + 4.0 * cos2SigmaM * cos2SigmaM)));
	return WGS84_B * A * (sigma - deltaSigma);
}
