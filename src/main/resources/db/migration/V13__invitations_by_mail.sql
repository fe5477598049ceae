-- Invitations mailed by the app (issue 14): the organisation's rule for the addresses a manager may invite. One row;
-- an empty list allows any address.

create table invitation_policy (
    id              integer       not null,
    allowed_domains varchar(2000) not null,
    lock_version    bigint        not null,
    constraint pk_invitation_policy primary key (id),
    constraint ck_invitation_policy_one_row check (id = 1)
);

insert into invitation_policy (id, allowed_domains, lock_version) values (1, '', 0);
