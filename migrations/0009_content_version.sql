-- The content version: one number that every change to a table a page shows raises (see src/db/data-version.ts).
-- Bookkeeping tables (sessions, login_tokens, outbox, audit_log) have no trigger: a session touch, a sent mail or an
-- audit line does not change what a page shows.
CREATE TABLE `content_version` (`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1), `version` integer NOT NULL);
--> statement-breakpoint
INSERT INTO `content_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `agenda_items_insert_content` AFTER INSERT ON `agenda_items` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_update_content` AFTER UPDATE ON `agenda_items` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_delete_content` AFTER DELETE ON `agenda_items` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_events_insert_content` AFTER INSERT ON `agreement_events` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_events_update_content` AFTER UPDATE ON `agreement_events` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_events_delete_content` AFTER DELETE ON `agreement_events` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_list_mailings_insert_content` AFTER INSERT ON `agreement_list_mailings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_list_mailings_update_content` AFTER UPDATE ON `agreement_list_mailings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_list_mailings_delete_content` AFTER DELETE ON `agreement_list_mailings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_notes_insert_content` AFTER INSERT ON `agreement_notes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_notes_update_content` AFTER UPDATE ON `agreement_notes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_notes_delete_content` AFTER DELETE ON `agreement_notes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_owners_insert_content` AFTER INSERT ON `agreement_owners` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_owners_update_content` AFTER UPDATE ON `agreement_owners` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreement_owners_delete_content` AFTER DELETE ON `agreement_owners` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreements_insert_content` AFTER INSERT ON `agreements` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreements_update_content` AFTER UPDATE ON `agreements` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `agreements_delete_content` AFTER DELETE ON `agreements` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `contacts_insert_content` AFTER INSERT ON `contacts` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `contacts_update_content` AFTER UPDATE ON `contacts` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `contacts_delete_content` AFTER DELETE ON `contacts` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_answers_insert_content` AFTER INSERT ON `date_poll_answers` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_answers_update_content` AFTER UPDATE ON `date_poll_answers` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_answers_delete_content` AFTER DELETE ON `date_poll_answers` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_options_insert_content` AFTER INSERT ON `date_poll_options` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_options_update_content` AFTER UPDATE ON `date_poll_options` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_options_delete_content` AFTER DELETE ON `date_poll_options` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_participants_insert_content` AFTER INSERT ON `date_poll_participants` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_participants_update_content` AFTER UPDATE ON `date_poll_participants` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_poll_participants_delete_content` AFTER DELETE ON `date_poll_participants` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_polls_insert_content` AFTER INSERT ON `date_polls` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_polls_update_content` AFTER UPDATE ON `date_polls` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `date_polls_delete_content` AFTER DELETE ON `date_polls` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `feed_tokens_insert_content` AFTER INSERT ON `feed_tokens` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `feed_tokens_update_content` AFTER UPDATE ON `feed_tokens` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `feed_tokens_delete_content` AFTER DELETE ON `feed_tokens` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `invitation_tokens_insert_content` AFTER INSERT ON `invitation_tokens` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `invitation_tokens_update_content` AFTER UPDATE ON `invitation_tokens` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `invitation_tokens_delete_content` AFTER DELETE ON `invitation_tokens` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `invitations_insert_content` AFTER INSERT ON `invitations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `invitations_update_content` AFTER UPDATE ON `invitations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `invitations_delete_content` AFTER DELETE ON `invitations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meeting_changes_insert_content` AFTER INSERT ON `meeting_changes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meeting_changes_update_content` AFTER UPDATE ON `meeting_changes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meeting_changes_delete_content` AFTER DELETE ON `meeting_changes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meeting_presence_insert_content` AFTER INSERT ON `meeting_presence` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meeting_presence_update_content` AFTER UPDATE ON `meeting_presence` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meeting_presence_delete_content` AFTER DELETE ON `meeting_presence` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meetings_insert_content` AFTER INSERT ON `meetings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meetings_update_content` AFTER UPDATE ON `meetings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `meetings_delete_content` AFTER DELETE ON `meetings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `minutes_insert_content` AFTER INSERT ON `minutes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `minutes_update_content` AFTER UPDATE ON `minutes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `minutes_delete_content` AFTER DELETE ON `minutes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `organisations_insert_content` AFTER INSERT ON `organisations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `organisations_update_content` AFTER UPDATE ON `organisations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `organisations_delete_content` AFTER DELETE ON `organisations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `privacy_confirmations_insert_content` AFTER INSERT ON `privacy_confirmations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `privacy_confirmations_update_content` AFTER UPDATE ON `privacy_confirmations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `privacy_confirmations_delete_content` AFTER DELETE ON `privacy_confirmations` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `school_holidays_insert_content` AFTER INSERT ON `school_holidays` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `school_holidays_update_content` AFTER UPDATE ON `school_holidays` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `school_holidays_delete_content` AFTER DELETE ON `school_holidays` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `settings_insert_content` AFTER INSERT ON `settings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `settings_update_content` AFTER UPDATE ON `settings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `settings_delete_content` AFTER DELETE ON `settings` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `theme_partners_insert_content` AFTER INSERT ON `theme_partners` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `theme_partners_update_content` AFTER UPDATE ON `theme_partners` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `theme_partners_delete_content` AFTER DELETE ON `theme_partners` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `themes_insert_content` AFTER INSERT ON `themes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `themes_update_content` AFTER UPDATE ON `themes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `themes_delete_content` AFTER DELETE ON `themes` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `topics_insert_content` AFTER INSERT ON `topics` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `topics_update_content` AFTER UPDATE ON `topics` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `topics_delete_content` AFTER DELETE ON `topics` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `unmatched_replies_insert_content` AFTER INSERT ON `unmatched_replies` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `unmatched_replies_update_content` AFTER UPDATE ON `unmatched_replies` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `unmatched_replies_delete_content` AFTER DELETE ON `unmatched_replies` BEGIN UPDATE `content_version` SET `version` = `version` + 1; END;
