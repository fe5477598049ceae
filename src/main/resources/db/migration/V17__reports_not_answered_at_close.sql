-- A team round's response rate, kept when it closes: how many invited people (members with an account without an
-- answer that counts, personal links neither revoked nor answered) had not answered then. Rounds closed earlier keep
-- none, and show no rate.
alter table assessment_round add column not_answered_at_close integer;
