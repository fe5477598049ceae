-- Scores kept at the moment they are final, so history, comparisons and heatmaps never re-read raw answers:
-- each submitted response's scores, and each finished round's results with the spread behind them.

create table response_score (
    response_id bigint       not null references response (id),
    scope       varchar(8)   not null,
    score_key   varchar(64)  not null,
    score       numeric(4, 1),
    constraint pk_response_score primary key (response_id, scope, score_key),
    constraint ck_response_score_scope check (scope in ('OVERALL', 'CATEGORY'))
);

create table round_result (
    round_id    bigint                   not null references assessment_round (id),
    team_id     bigint                   not null references team (id),
    set_key     varchar(64)              not null,
    version_id  bigint                   not null references question_set_version (id),
    finished_at timestamp with time zone not null,
    respondents integer                  not null,
    shown       boolean                  not null,
    overall     numeric(4, 1),
    band        varchar(100),
    constraint pk_round_result primary key (round_id)
);

create index ix_round_result_team on round_result (team_id, finished_at);
create index ix_round_result_set on round_result (set_key, team_id, finished_at);

-- One row per category and per question of a finished round: the score by the rules, and the number, mean and
-- variance of the respondents' own scores there (what tells a real change from noise).
create table round_result_score (
    round_id   bigint           not null references round_result (round_id),
    scope      varchar(8)       not null,
    score_key  varchar(64)      not null,
    score      numeric(4, 1),
    answered   integer          not null,
    mean       double precision,
    variance   double precision,
    constraint pk_round_result_score primary key (round_id, scope, score_key),
    constraint ck_round_result_score_scope check (scope in ('OVERALL', 'CATEGORY', 'ITEM'))
);
