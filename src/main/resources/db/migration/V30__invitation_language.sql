-- Issue 18: the language an invitation's mails are written in — the language of the manager who sent them, kept so
-- that the reminder, sent later by a background job, speaks it too. Null: English (invitations sent before this).
-- Runs unchanged on H2 and PostgreSQL.
alter table invitation add column language varchar(8);
