ALTER TABLE `date_poll_participants` ADD `reminded_at` text;--> statement-breakpoint
ALTER TABLE `date_poll_participants` ADD `reminder_token_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `date_poll_participants_reminder_token_hash_unique` ON `date_poll_participants` (`reminder_token_hash`);