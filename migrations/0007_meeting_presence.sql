CREATE TABLE `meeting_presence` (
	`meeting_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`present` integer NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `organisation_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
