CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"external_id" text,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"location_id" uuid,
	"municipality" text,
	"neighbourhood" text,
	"language" text,
	"theme" text,
	"partner" text,
	"capacity" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_category_check" CHECK (category IN ('collective', 'event', 'outreach')),
	CONSTRAINT "activities_status_check" CHECK (status IN ('planned', 'held', 'cancelled')),
	CONSTRAINT "activities_capacity_check" CHECK (capacity IS NULL OR capacity >= 0),
	CONSTRAINT "activities_period_check" CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
--> statement-breakpoint
ALTER TABLE "activities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "activity_kinds" (
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"category" text NOT NULL,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_kinds_organisation_id_slug_pk" PRIMARY KEY("organisation_id","slug"),
	CONSTRAINT "activity_kinds_category_check" CHECK (category IN ('collective', 'event', 'outreach'))
);
--> statement-breakpoint
ALTER TABLE "activity_kinds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contact_tags" (
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_tags_organisation_id_slug_pk" PRIMARY KEY("organisation_id","slug")
);
--> statement-breakpoint
ALTER TABLE "contact_tags" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_date" date NOT NULL,
	"contact_time" time,
	"type" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"theme" text,
	"language" text,
	"channel" text,
	"location_id" uuid,
	"municipality" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"activity_id" uuid,
	"external_id" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_type_check" CHECK (type IN ('individual_advice', 'documentation_centre', 'collective_activity', 'event', 'outreach')),
	CONSTRAINT "contacts_count_check" CHECK (count >= 1),
	CONSTRAINT "contacts_theme_check" CHECK (theme IS NULL OR theme IN ('learn', 'work', 'move', 'start_business', 'choose')),
	CONSTRAINT "contacts_channel_check" CHECK (channel IS NULL OR channel IN ('walk_in', 'phone', 'email', 'online', 'outreach'))
);
--> statement-breakpoint
ALTER TABLE "contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"organisation_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_organisation_id_scope_key_pk" PRIMARY KEY("organisation_id","scope","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "locations_org_id_key" ON "locations" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_org_external_id_key" ON "activities" USING btree ("organisation_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_org_id_key" ON "activities" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE INDEX "activities_org_starts_idx" ON "activities" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_org_external_id_key" ON "contacts" USING btree ("organisation_id","external_id");--> statement-breakpoint
CREATE INDEX "contacts_org_date_idx" ON "contacts" USING btree ("organisation_id","contact_date");--> statement-breakpoint
CREATE INDEX "contacts_org_activity_idx" ON "contacts" USING btree ("organisation_id","activity_id") WHERE activity_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_recorder_idx" ON "contacts" USING btree ("organisation_id","recorded_by","recorded_at");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_location_same_org_fk" FOREIGN KEY ("organisation_id","location_id") REFERENCES "public"."locations"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_kinds" ADD CONSTRAINT "activity_kinds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_tags" ADD CONSTRAINT "contact_tags_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_location_same_org_fk" FOREIGN KEY ("organisation_id","location_id") REFERENCES "public"."locations"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_activity_same_org_fk" FOREIGN KEY ("organisation_id","activity_id") REFERENCES "public"."activities"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "activities_tenant" ON "activities" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "activity_kinds_tenant" ON "activity_kinds" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "contact_tags_tenant" ON "contact_tags" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "contacts_tenant" ON "contacts" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY "idempotency_keys_tenant" ON "idempotency_keys" AS PERMISSIVE FOR ALL TO "parcours_app" USING (organisation_id = app_org_id() OR app_is_admin()) WITH CHECK (organisation_id = app_org_id() OR app_is_admin());