CREATE TABLE "survey_answers" (
	"organisation_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"submitted_hour" timestamp with time zone NOT NULL,
	"question_key" text NOT NULL,
	"option_key" text,
	"number_value" double precision,
	"text_value" text,
	CONSTRAINT "survey_answers_value_check" CHECK (num_nonnulls(option_key, number_value, text_value) >= 1),
	CONSTRAINT "survey_answers_text_length_check" CHECK (char_length(text_value) <= 500)
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"submitted_hour" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"language" text,
	"external_id" text,
	"idempotency_hash" text,
	CONSTRAINT "survey_responses_channel_check" CHECK (channel IN ('web', 'kiosk', 'import')),
	CONSTRAINT "survey_responses_hour_check" CHECK (date_trunc('hour', submitted_hour AT TIME ZONE 'UTC') = submitted_hour AT TIME ZONE 'UTC')
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "survey_versions_version_check" CHECK (version >= 1)
);
--> statement-breakpoint
ALTER TABLE "survey_versions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"public_code" text NOT NULL,
	"template" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "surveys_status_check" CHECK (status IN ('draft', 'published', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "surveys" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "small_cell_threshold" integer DEFAULT 5 NOT NULL;
--> statement-breakpoint
CREATE INDEX "survey_answers_question_idx" ON "survey_answers" USING btree ("organisation_id","survey_id","question_key","option_key");
--> statement-breakpoint
CREATE INDEX "survey_answers_response_idx" ON "survey_answers" USING btree ("response_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_org_id_key" ON "survey_responses" USING btree ("organisation_id","id");
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_external_id_key" ON "survey_responses" USING btree ("organisation_id","survey_id","external_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_idempotency_key" ON "survey_responses" USING btree ("survey_id","idempotency_hash");
--> statement-breakpoint
CREATE INDEX "survey_responses_survey_hour_idx" ON "survey_responses" USING btree ("organisation_id","survey_id","submitted_hour");
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_versions_survey_version_key" ON "survey_versions" USING btree ("survey_id","version");
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_versions_org_id_key" ON "survey_versions" USING btree ("organisation_id","id");
--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_org_slug_key" ON "surveys" USING btree ("organisation_id","slug");
--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_public_code_key" ON "surveys" USING btree ("public_code");
--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_org_id_key" ON "surveys" USING btree ("organisation_id","id");
--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_org_template_key" ON "surveys" USING btree ("organisation_id","template");
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_same_org_fk" FOREIGN KEY ("organisation_id","response_id") REFERENCES "public"."survey_responses"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_same_org_fk" FOREIGN KEY ("organisation_id","survey_id") REFERENCES "public"."surveys"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_version_same_org_fk" FOREIGN KEY ("organisation_id","version_id") REFERENCES "public"."survey_versions"("organisation_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_survey_same_org_fk" FOREIGN KEY ("organisation_id","survey_id") REFERENCES "public"."surveys"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_small_cell_threshold_check" CHECK (small_cell_threshold BETWEEN 3 AND 50);
--> statement-breakpoint
CREATE POLICY "survey_answers_tenant" ON "survey_answers" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());
--> statement-breakpoint
CREATE POLICY "survey_responses_tenant" ON "survey_responses" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());
--> statement-breakpoint
CREATE POLICY "survey_versions_tenant" ON "survey_versions" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());
--> statement-breakpoint
CREATE POLICY "surveys_tenant" ON "surveys" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());
--> statement-breakpoint
-- The public form finds a questionnaire by its short code before it knows the
-- organisation; this function answers only that one question, past row-level security.
CREATE OR REPLACE FUNCTION survey_org_by_code(code text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT organisation_id FROM surveys WHERE public_code = code $$;
