CREATE TABLE `agreement_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`meeting_id` integer,
	`status` text,
	`due_date` text,
	`due_next_meeting` integer,
	`contact_id` integer,
	`at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_events_agreement_idx` ON `agreement_events` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreement_list_mailings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`recipients` integer NOT NULL,
	`sent_by` integer,
	`sent_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sent_by`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `agreements` ADD `agenda_item_id` integer REFERENCES agenda_items(id);--> statement-breakpoint
ALTER TABLE `agreements` ADD `due_next_meeting` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `reported_done_at` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `reported_done_by` integer REFERENCES contacts(id);--> statement-breakpoint
ALTER TABLE `agreements` ADD `reminder_sent_for` text;--> statement-breakpoint
ALTER TABLE `minutes` ADD `agenda_item_id` integer REFERENCES agenda_items(id);--> statement-breakpoint
ALTER TABLE `minutes` ADD `established_at` text;--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_agenda_item_unique` ON `minutes` (`agenda_item_id`);