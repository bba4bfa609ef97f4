ALTER TABLE "programme_partners" ADD COLUMN "accepted_at" timestamp with time zone;
--> statement-breakpoint
-- The caller's organisation accepts (true) or declines/leaves (false) a programme it is a
-- partner of. Partners never write programme rows themselves: this function is their only way
-- to change their own partnership row, and it touches nothing else. Returns whether a row was
-- found.
CREATE FUNCTION app_answer_programme_partnership(programme uuid, accept boolean) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  changed integer;
BEGIN
  IF app_org_id() IS NULL THEN
    RETURN false;
  END IF;
  IF accept THEN
    UPDATE programme_partners SET accepted_at = coalesce(accepted_at, now())
    WHERE programme_id = programme AND partner_id = app_org_id();
  ELSE
    DELETE FROM programme_partners WHERE programme_id = programme AND partner_id = app_org_id();
  END IF;
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed > 0;
END
$$;
