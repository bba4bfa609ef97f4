CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"labels" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicators" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "programme_funders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"amounts" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_funders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "programme_partners" (
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_partners_programme_id_partner_id_pk" PRIMARY KEY("programme_id","partner_id"),
	CONSTRAINT "programme_partners_not_owner_check" CHECK (partner_id <> organisation_id)
);
--> statement-breakpoint
ALTER TABLE "programme_partners" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "programme_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"target_value" numeric(14, 2) NOT NULL,
	"period_start" date NOT NULL,
	"deadline" date NOT NULL,
	"partner_id" uuid,
	"year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_targets_value_check" CHECK (target_value >= 0),
	CONSTRAINT "programme_targets_period_check" CHECK (deadline >= period_start),
	CONSTRAINT "programme_targets_year_check" CHECK (year IS NULL OR year BETWEEN 1900 AND 2100)
);
--> statement-breakpoint
ALTER TABLE "programme_targets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"budget" numeric(14, 2),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_period_check" CHECK (period_end >= period_start),
	CONSTRAINT "programmes_budget_check" CHECK (budget IS NULL OR budget >= 0)
);
--> statement-breakpoint
ALTER TABLE "programmes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "report_narratives" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"section" text NOT NULL,
	"language" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_narratives_organisation_id_year_section_language_pk" PRIMARY KEY("organisation_id","year","section","language"),
	CONSTRAINT "report_narratives_language_check" CHECK (language IN ('nl', 'fr', 'en')),
	CONSTRAINT "report_narratives_body_check" CHECK (length(body) <= 20000)
);
--> statement-breakpoint
ALTER TABLE "report_narratives" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_org_code_key" ON "indicators" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE INDEX "programme_funders_programme_idx" ON "programme_funders" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "programme_partners_partner_idx" ON "programme_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "programme_targets_programme_idx" ON "programme_targets" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_org_id_key" ON "programmes" USING btree ("organisation_id","id");--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_funders" ADD CONSTRAINT "programme_funders_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partners" ADD CONSTRAINT "programme_partners_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partners" ADD CONSTRAINT "programme_partners_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_targets" ADD CONSTRAINT "programme_targets_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_targets" ADD CONSTRAINT "programme_targets_partner_fk" FOREIGN KEY ("programme_id","partner_id") REFERENCES "public"."programme_partners"("programme_id","partner_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narratives" ADD CONSTRAINT "report_narratives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narratives" ADD CONSTRAINT "report_narratives_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Whether the caller's organisation is a partner of the programme: lets partner organisations
-- read a programme's rows (never write them). SECURITY DEFINER reads programme_partners past
-- its own row-level security.
CREATE FUNCTION app_is_programme_partner(programme uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM programme_partners WHERE programme_id = programme AND partner_id = app_org_id()) $$;
--> statement-breakpoint
CREATE POLICY "indicators_tenant" ON "indicators" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "programme_funders_tenant" ON "programme_funders" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "programme_funders_partner_read" ON "programme_funders" AS PERMISSIVE FOR SELECT TO "parcours_app" USING (app_is_programme_partner(programme_id));--> statement-breakpoint
CREATE POLICY "programme_partners_tenant" ON "programme_partners" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "programme_partners_partner_read" ON "programme_partners" AS PERMISSIVE FOR SELECT TO "parcours_app" USING (app_is_programme_partner(programme_id));--> statement-breakpoint
CREATE POLICY "programme_targets_tenant" ON "programme_targets" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "programme_targets_partner_read" ON "programme_targets" AS PERMISSIVE FOR SELECT TO "parcours_app" USING (app_is_programme_partner(programme_id));--> statement-breakpoint
CREATE POLICY "programmes_tenant" ON "programmes" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "programmes_partner_read" ON "programmes" AS PERMISSIVE FOR SELECT TO "parcours_app" USING (app_is_programme_partner(id));--> statement-breakpoint
CREATE POLICY "report_narratives_tenant" ON "report_narratives" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());