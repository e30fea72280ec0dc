CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`gemeente_name` text NOT NULL,
	`covenant_name` text NOT NULL,
	`holiday_region` text NOT NULL,
	`privacy_contact` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "settings_single_row" CHECK("settings"."id" = 1)
);
--> statement-breakpoint
DROP INDEX `school_holidays_year_kind`;--> statement-breakpoint
ALTER TABLE `school_holidays` ADD `region` text DEFAULT 'noord' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `school_holidays_region_year_kind` ON `school_holidays` (`region`,`school_year`,`kind`);