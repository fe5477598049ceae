-- Targets (issue 16): a round may ask, beside "today", where the team wants to be in a year — on the same scale, N/A
-- allowed. Whether it asks is fixed when it starts; existing rounds ask no targets, and their answers have none.
alter table assessment_round add column asks_targets boolean default false not null;
alter table response_answer add column target_value integer;
alter table response_answer add column target_not_applicable boolean default false not null;
alter table response_answer add constraint ck_response_answer_target_value
    check (target_value is null or (target_value between 1 and 5));
alter table response_answer add constraint ck_response_answer_target_state
    check (not (target_not_applicable and target_value is not null));
