-- The admin page's grade outbox (AdminLtiResource): counts by state and the newest pending and parked scores.
-- Delivered rows pile up; with this index the counts and the newest-first lists read the index, not the table.
create index lti_score_outbox_state on lti_score_outbox (state, id);
