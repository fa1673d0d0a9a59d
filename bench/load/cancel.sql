\set n random(1, :pool)
\set d random(0, 1)
\set k 1 + (:n * 7919 + :d * 104729) % :npoints
SELECT rdvmairie.cancel_appointment(p.editor_id, load.typed_id(:n), p.meeting_point_id, load.appointment_at(:n)) FROM load.point p WHERE p.k = :k;
