-- Results under scoring rules version 2 (issue 16) keep what the must-haves found: the band the overall score fell in
-- before the cap, whether every must-have was met, and on each must-have question's row its threshold, its points (a
-- group's exact mean, two decimals rounded down; null when not known) and whether it was met — on the rows a result's
-- page reads anyway, so must-haves cost no statement more. Results recorded under version 1 keep nulls here and show
-- exactly what they showed.
alter table round_result add column band_before_cap varchar(100);
alter table round_result add column band_before_cap_min integer;
alter table round_result add column must_haves_met boolean;

alter table round_result_score add column must_have_threshold integer;
alter table round_result_score add column must_have_points numeric(4, 2);
alter table round_result_score add column must_have_met boolean;
alter table round_result_score add constraint ck_round_result_score_must_have
    check ((must_have_threshold is null and must_have_points is null and must_have_met is null)
        or (scope = 'ITEM' and must_have_threshold between 1 and 5 and must_have_met is not null
            and (must_have_points is null or must_have_points between 1 and 5)
            and (must_have_points is not null or must_have_met = false)));

-- A submitted response's own band before the cap and whether it met every must-have (its band column holds the band
-- after the cap), beside the scores stored with it.
alter table response add column band_before_cap varchar(100);
alter table response add column must_haves_met boolean;
