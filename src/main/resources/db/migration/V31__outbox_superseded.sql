-- Issue 11: a score waiting in the grade outbox is superseded by a newer one of the same student and quiz.
alter table lti_score_outbox drop constraint if exists lti_score_outbox_state_check;
alter table lti_score_outbox add constraint lti_score_outbox_state_check
    check (state in ('PENDING', 'DELIVERED', 'PARKED', 'SUPERSEDED'));
