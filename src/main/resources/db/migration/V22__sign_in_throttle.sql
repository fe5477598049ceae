-- Failed sign-ins, counted in the database so that every instance counts together (SignInThrottle). One row per
-- counted thing: an account at an address, an account from anywhere, an address across accounts. Nothing is stored in
-- clear: the key is the SHA-256 of what is counted (the kind, the normalized username as typed, the address), and
-- account_key the SHA-256 of the username alone, so that an admin's unlock finds the account's rows. A row lives only
-- while it counts or locks (expires_at), then a scheduled clean-up deletes it.

create table sign_in_throttle (
    throttle_key    char(64)                 not null,
    account_key     char(64),
    failures        integer                  not null,
    window_start    timestamp with time zone not null,
    locked_until    timestamp with time zone,
    expires_at      timestamp with time zone not null,
    constraint pk_sign_in_throttle primary key (throttle_key),
    constraint ck_sign_in_throttle_failures check (failures >= 0)
);

-- An admin's unlock: every row of one account.
create index ix_sign_in_throttle_account on sign_in_throttle (account_key);
-- The clean-up: rows past their time.
create index ix_sign_in_throttle_expires on sign_in_throttle (expires_at);
