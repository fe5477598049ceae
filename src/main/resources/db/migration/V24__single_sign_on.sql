-- Single sign-on (OpenID Connect). An account is linked to at most one person at the provider (issuer + subject), and
-- that person to one account. The email, lower case, is what links a person signing in for the first time to an
-- existing account, and only when the provider says it is verified: one account per address.

alter table user_account add column email varchar(254);
alter table user_account add column sso_issuer varchar(500);
alter table user_account add column sso_subject varchar(255);

alter table user_account add constraint uk_user_account_email unique (email);
alter table user_account add constraint uk_user_account_sso unique (sso_issuer, sso_subject);
