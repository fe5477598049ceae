-- Leaders (issue 18): people an admin names to see the organisation's numbers — pooled over teams, never one team's
-- hidden data nor anyone's answers. A designation beside the roles, not a role: single sign-on, which may decide the
-- roles, leaves it alone. Runs unchanged on H2 and PostgreSQL.
alter table user_account add column leader boolean default false not null;
