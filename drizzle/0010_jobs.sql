CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_status_check" CHECK (status IN ('pending', 'running', 'done', 'failed')),
	CONSTRAINT "jobs_attempts_check" CHECK (attempts >= 0 AND max_attempts >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_name_key_key" ON "jobs" USING btree ("name","key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE status IN ('pending', 'running');--> statement-breakpoint
CREATE INDEX "jobs_finished_idx" ON "jobs" USING btree ("name","finished_at");--> statement-breakpoint
-- Gathers planner statistics for the named tables of the public schema (all of them when
-- NULL), as the owner: the application role may not ANALYZE tables it does not own (before
-- PostgreSQL 17's MAINTAIN privilege). Called after bulk changes (imports, the demo load,
-- migrations) and by the maintenance job. Unknown names are ignored.
CREATE FUNCTION app_analyze(tables text[] DEFAULT NULL) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  t text;
  analysed integer := 0;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND (tables IS NULL OR tablename = ANY (tables))
    ORDER BY tablename
  LOOP
    EXECUTE format('ANALYZE public.%I', t);
    analysed := analysed + 1;
  END LOOP;
  RETURN analysed;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_analyze(text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_analyze(text[]) TO parcours_app;
