-- Record keys for the cell key method (decision 0008): every response draws a fixed random
-- number in [0, 65536) (a volatile default: one draw per existing row too), and its answers
-- carry a copy so that a cell's key is a sum over survey_answers alone.
ALTER TABLE "survey_responses" ADD COLUMN "record_key" integer DEFAULT floor(random() * 65536)::integer NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD COLUMN "record_key" integer;--> statement-breakpoint
UPDATE "survey_answers" a SET "record_key" = r."record_key" FROM "survey_responses" r WHERE r."id" = a."response_id";--> statement-breakpoint
ALTER TABLE "survey_answers" ALTER COLUMN "record_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_record_key_check" CHECK (record_key BETWEEN 0 AND 65535);--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_record_key_check" CHECK (record_key BETWEEN 0 AND 65535);
