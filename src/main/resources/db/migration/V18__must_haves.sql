-- Must-haves (issue 16): a question may be a condition, not points to trade — met when its points (1–5 after
-- reversal) reach its threshold; a version may name the band results are capped at while one is not met (null: the
-- second-lowest band). Existing questions are not must-haves, and nothing already published changes.
alter table question add column must_have_threshold integer;
alter table question add constraint question_must_have_threshold
    check (must_have_threshold is null or (must_have_threshold between 1 and 5));
alter table question_set_version add column cap_band varchar(100);
