-- Issue 12: several server nodes on one database. Work taken from a queue is leased per entry to one node (its
-- owner) until a time; a node acts on an entry only while it holds the lease, and an entry whose node died comes
-- back when the lease ends. Rolling upgrade: adds columns and a table only, so nodes of the old version keep working.
alter table lti_score_outbox add column lease_owner text;
alter table lti_score_outbox add column lease_until timestamptz;

alter table generation_job add column lease_owner text;
alter table generation_job add column lease_until timestamptz;
create index generation_job_unfinished on generation_job (id) where state in ('QUEUED', 'RUNNING');

-- The gradebook column of a quiz in a platform's line item container, found or created once for all nodes. A node
-- that is about to create it first claims the row (the primary key makes the claim exclusive); the others wait
-- until the URL is recorded. A claim whose node died ends at creating_until, and the next node looks again.
create table lti_line_item (
    line_items_url    text        not null,
    resource_id       text        not null,
    resource_link_id  text        not null default '',
    line_item_url     text,
    creating_owner    text,
    creating_until    timestamptz,
    primary key (line_items_url, resource_id, resource_link_id)
);
