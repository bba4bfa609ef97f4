-- Adds the dimension `type_language` to contact_day_stats (key `<type>|<language>`, language ''
-- when none): the annual report's participants per language of collective activities, and any
-- indicator filtered by type and broken down by language, read the summary instead of the
-- contacts. The trigger function and the rebuild are the ones of 0003 with that one dimension
-- more; the rebuild fills it for the contacts already there.
-- Keeps contact_day_stats in step with contacts: one statement-level trigger per event adds
-- the new rows and subtracts the old ones per (organisation, day, dimension, key). Counts are
-- only decreased where a row exists (an organisation's cascading delete may have removed its
-- rows first); rows that fall to 0 are deleted. SECURITY INVOKER: the rows are the caller's
-- own organisation's, so the tenant policy admits them.
CREATE OR REPLACE FUNCTION contact_day_stats_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    WITH changed AS (SELECT organisation_id, contact_date, type, theme, language, channel, location_id, municipality, tags, activity_id, count AS n FROM new_rows),
    expanded AS (
      SELECT r.organisation_id, r.contact_date, v.dimension, v.key, r.n
      FROM changed r CROSS JOIN LATERAL (VALUES ('type', r.type), ('type_language', r.type || '|' || coalesce(r.language, '')), ('theme', coalesce(r.theme, '')),
        ('language', coalesce(r.language, '')), ('channel', coalesce(r.channel, '')),
        ('location', coalesce(r.location_id::text, '')),
        ('municipality', coalesce(r.municipality, '')),
        ('activity', coalesce(r.activity_id::text, ''))) AS v(dimension, key)
      UNION ALL
      SELECT r.organisation_id, r.contact_date, 'tag', coalesce(t.slug, ''), r.n
      FROM changed r LEFT JOIN LATERAL unnest(r.tags) AS t(slug) ON true),
    delta AS (
      SELECT organisation_id, contact_date, dimension, key, sum(n)::bigint AS n
      FROM expanded GROUP BY organisation_id, contact_date, dimension, key HAVING sum(n) <> 0),
    decreased AS (
      UPDATE contact_day_stats s SET count = s.count + d.n FROM delta d
      WHERE d.n < 0 AND s.organisation_id = d.organisation_id AND s.contact_date = d.contact_date
        AND s.dimension = d.dimension AND s.key = d.key
      RETURNING 1)
    INSERT INTO contact_day_stats AS s (organisation_id, contact_date, dimension, key, count)
    SELECT organisation_id, contact_date, dimension, key, n FROM delta WHERE n > 0
    ORDER BY organisation_id, contact_date, dimension, key
    ON CONFLICT (organisation_id, contact_date, dimension, key)
      DO UPDATE SET count = s.count + excluded.count;
  ELSIF TG_OP = 'UPDATE' THEN
    WITH changed AS (SELECT organisation_id, contact_date, type, theme, language, channel, location_id, municipality, tags, activity_id, count AS n FROM new_rows UNION ALL SELECT organisation_id, contact_date, type, theme, language, channel, location_id, municipality, tags, activity_id, -count AS n FROM old_rows),
    expanded AS (
      SELECT r.organisation_id, r.contact_date, v.dimension, v.key, r.n
      FROM changed r CROSS JOIN LATERAL (VALUES ('type', r.type), ('type_language', r.type || '|' || coalesce(r.language, '')), ('theme', coalesce(r.theme, '')),
        ('language', coalesce(r.language, '')), ('channel', coalesce(r.channel, '')),
        ('location', coalesce(r.location_id::text, '')),
        ('municipality', coalesce(r.municipality, '')),
        ('activity', coalesce(r.activity_id::text, ''))) AS v(dimension, key)
      UNION ALL
      SELECT r.organisation_id, r.contact_date, 'tag', coalesce(t.slug, ''), r.n
      FROM changed r LEFT JOIN LATERAL unnest(r.tags) AS t(slug) ON true),
    delta AS (
      SELECT organisation_id, contact_date, dimension, key, sum(n)::bigint AS n
      FROM expanded GROUP BY organisation_id, contact_date, dimension, key HAVING sum(n) <> 0),
    decreased AS (
      UPDATE contact_day_stats s SET count = s.count + d.n FROM delta d
      WHERE d.n < 0 AND s.organisation_id = d.organisation_id AND s.contact_date = d.contact_date
        AND s.dimension = d.dimension AND s.key = d.key
      RETURNING 1)
    INSERT INTO contact_day_stats AS s (organisation_id, contact_date, dimension, key, count)
    SELECT organisation_id, contact_date, dimension, key, n FROM delta WHERE n > 0
    ORDER BY organisation_id, contact_date, dimension, key
    ON CONFLICT (organisation_id, contact_date, dimension, key)
      DO UPDATE SET count = s.count + excluded.count;
  ELSE
    WITH changed AS (SELECT organisation_id, contact_date, type, theme, language, channel, location_id, municipality, tags, activity_id, -count AS n FROM old_rows),
    expanded AS (
      SELECT r.organisation_id, r.contact_date, v.dimension, v.key, r.n
      FROM changed r CROSS JOIN LATERAL (VALUES ('type', r.type), ('type_language', r.type || '|' || coalesce(r.language, '')), ('theme', coalesce(r.theme, '')),
        ('language', coalesce(r.language, '')), ('channel', coalesce(r.channel, '')),
        ('location', coalesce(r.location_id::text, '')),
        ('municipality', coalesce(r.municipality, '')),
        ('activity', coalesce(r.activity_id::text, ''))) AS v(dimension, key)
      UNION ALL
      SELECT r.organisation_id, r.contact_date, 'tag', coalesce(t.slug, ''), r.n
      FROM changed r LEFT JOIN LATERAL unnest(r.tags) AS t(slug) ON true),
    delta AS (
      SELECT organisation_id, contact_date, dimension, key, sum(n)::bigint AS n
      FROM expanded GROUP BY organisation_id, contact_date, dimension, key HAVING sum(n) <> 0),
    decreased AS (
      UPDATE contact_day_stats s SET count = s.count + d.n FROM delta d
      WHERE d.n < 0 AND s.organisation_id = d.organisation_id AND s.contact_date = d.contact_date
        AND s.dimension = d.dimension AND s.key = d.key
      RETURNING 1)
    INSERT INTO contact_day_stats AS s (organisation_id, contact_date, dimension, key, count)
    SELECT organisation_id, contact_date, dimension, key, n FROM delta WHERE n > 0
    ORDER BY organisation_id, contact_date, dimension, key
    ON CONFLICT (organisation_id, contact_date, dimension, key)
      DO UPDATE SET count = s.count + excluded.count;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM contact_day_stats s
    WHERE s.count <= 0
      AND (s.organisation_id, s.contact_date) IN (SELECT organisation_id, contact_date FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Recomputes the summary from contacts (all organisations the caller sees): for loads that
-- bypass triggers (session_replication_role = replica, TRUNCATE). Run as the owner.
CREATE OR REPLACE FUNCTION contact_day_stats_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM contact_day_stats;
  INSERT INTO contact_day_stats (organisation_id, contact_date, dimension, key, count)
  WITH changed AS (SELECT organisation_id, contact_date, type, theme, language, channel, location_id, municipality, tags, activity_id, count AS n FROM contacts),
  expanded AS (
      SELECT r.organisation_id, r.contact_date, v.dimension, v.key, r.n
      FROM changed r CROSS JOIN LATERAL (VALUES ('type', r.type), ('type_language', r.type || '|' || coalesce(r.language, '')), ('theme', coalesce(r.theme, '')),
        ('language', coalesce(r.language, '')), ('channel', coalesce(r.channel, '')),
        ('location', coalesce(r.location_id::text, '')),
        ('municipality', coalesce(r.municipality, '')),
        ('activity', coalesce(r.activity_id::text, ''))) AS v(dimension, key)
      UNION ALL
      SELECT r.organisation_id, r.contact_date, 'tag', coalesce(t.slug, ''), r.n
      FROM changed r LEFT JOIN LATERAL unnest(r.tags) AS t(slug) ON true)
  SELECT organisation_id, contact_date, dimension, key, sum(n)::bigint
  FROM expanded GROUP BY organisation_id, contact_date, dimension, key;
$$;
--> statement-breakpoint
SELECT contact_day_stats_rebuild();