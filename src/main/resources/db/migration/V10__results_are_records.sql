-- Results are records (issue 14). A finished round's result is computed once and stored whole, with what it was
-- computed under; a response keeps who gave it and every score it got when submitted; a link's draft belongs to the
-- browser that saved it; links reach people mailed by the app or handed out by the manager. Runs unchanged on H2 and
-- PostgreSQL. Earlier finished rounds are turned into records by the next migration (V11, in Java).

-- Who gave a response, fixed when it is submitted: the respondent's role in the team then (MANAGER, MEMBER), or how
-- their link reached them (INVITEE: mailed by the app; MANAGER_HELD_LINK: copied or downloaded by the manager).
alter table response add column respondent_kind varchar(24);
alter table response add constraint ck_response_respondent_kind
    check (respondent_kind in ('MANAGER', 'MEMBER', 'INVITEE', 'MANAGER_HELD_LINK'));
-- The rules version of the scores stored with a submitted response, and its overall score and band (its category
-- and question scores are rows of response_score; its overall score moves here from there, in V11).
alter table response add column rules_version integer;
alter table response add column overall numeric(4, 1);
alter table response add column band varchar(100);
-- A one-way hash of the secret of the browser that first saved a link's draft, and the link.
alter table response add column holder_hash varchar(64);

-- A response's scores now include one per question, and its overall score is a column of the response: V11 rewrites
-- every submitted response's scores, then checks the scopes again.
alter table response_score drop constraint ck_response_score_scope;

-- A mailed link's address (none for a link the manager holds), and when its one reminder was queued.
alter table invitation add column email varchar(254);
alter table invitation add column reminded_at timestamp with time zone;

-- Whether answers through links a team's managers hand out count in its team rounds' results: an admin's choice, which
-- a round takes over when it starts and keeps (so changing it cannot reach into a round that is running).
alter table team add column counts_manager_held_links boolean default false not null;
alter table assessment_round add column counts_manager_held_links boolean default false not null;

-- What a result was computed under, and what it counted.
alter table round_result add column mode varchar(8);
alter table round_result add column label varchar(100);
alter table round_result add column rules_version integer;
alter table round_result add column min_responses integer;
alter table round_result add column manager_held_counted boolean;
alter table round_result add column through_manager_held integer;
alter table round_result add column band_min integer;
-- False only for a result the migration could not complete (someone's role changed after its round closed): it keeps
-- the numbers it showed, without per-question details, and cannot be recomputed.
alter table round_result add column complete boolean default true not null;

-- A category's: how many of its questions had a score. A question's: how many chose each answer, and whether it is
-- hidden (fewer than the minimum answered it).
alter table round_result_score add column items_answered integer;
alter table round_result_score add column items_total integer;
alter table round_result_score add column chose_na bigint;
alter table round_result_score add column chose_1 bigint;
alter table round_result_score add column chose_2 bigint;
alter table round_result_score add column chose_3 bigint;
alter table round_result_score add column chose_4 bigint;
alter table round_result_score add column chose_5 bigint;
alter table round_result_score add column hidden boolean;

-- A result's strengths and gaps, and its comments in the shuffled order they are shown in.
create table round_result_highlight (
    round_id     bigint      not null references round_result (round_id),
    position     integer     not null,
    kind         varchar(8)  not null,
    question_key varchar(64) not null,
    constraint pk_round_result_highlight primary key (round_id, position),
    constraint ck_round_result_highlight_kind check (kind in ('STRENGTH', 'GAP'))
);

-- The responses a result counted, exactly: what the export of individual answers and the check of stored results go
-- by, whatever commits later.
create table round_result_response (
    round_id    bigint not null references round_result (round_id),
    response_id bigint not null references response (id),
    constraint pk_round_result_response primary key (round_id, response_id)
);

create table round_result_comment (
    round_id     bigint        not null references round_result (round_id),
    position     integer       not null,
    comment_text varchar(2000) not null,
    constraint pk_round_result_comment primary key (round_id, position)
);
