CREATE INDEX `topics_merged_into_idx` ON `topics` (`merged_into_id`);--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`);--> statement-breakpoint
CREATE INDEX `date_polls_meeting_idx` ON `date_polls` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `meetings_starts_at_idx` ON `meetings` (`starts_at`);