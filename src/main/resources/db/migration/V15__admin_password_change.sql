-- An admin can reset a person's password to a temporary one, shown to the admin once: the person must then choose a
-- new password before they can sign in.

alter table user_account add column must_change_password boolean default false not null;
