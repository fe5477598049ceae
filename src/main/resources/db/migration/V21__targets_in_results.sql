-- Targets in results (issue 16): a round that asked where the team wants to be in a year keeps, on each score row of
-- its result, the target's score by the same rules — overall, per category and per question — with how many gave a
-- target there (a category: how many of its questions had a target score) and, for a question, whether its target is
-- hidden for having fewer than the anonymity minimum. Rounds that asked none keep nulls and false.
alter table round_result add column with_targets boolean default false not null;
alter table round_result_score add column target numeric(4, 1);
alter table round_result_score add column target_answered integer;
alter table round_result_score add column target_hidden boolean;
