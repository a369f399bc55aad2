-- Full-text lookups use a GIN index on the document alone. With tenant_id as a btree_gin key, every
-- lookup intersected the word's short posting list with the town's posting list of all its rows
-- (1.8 ms for a word with 5 hits among 10,000 services, so the planner scanned the table instead);
-- the tenant is filtered on the few rows found. See docs/adr/0004-full-text-index-without-tenant-key.md.
drop index catalog.search_document_text;
create index search_document_text on catalog.search_document using gin (document);
