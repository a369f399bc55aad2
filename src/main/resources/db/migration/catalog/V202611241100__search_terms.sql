-- Search: the words of each town's published texts, so a misspelt query word can be corrected to a
-- word that really occurs ("hundesteur" -> "hundesteuer"), and a text search configuration that
-- ignores accents, so snippets mark "Führerschein" for the query "fuhrerschein".

create text search configuration catalog.german_unaccent (copy = pg_catalog.german);
alter text search configuration catalog.german_unaccent
    alter mapping for hword, hword_part, word with public.unaccent, german_stem;

-- term: lower case without accents (what queries are compared with); word: one spelling as written
-- (shown in "Meinten Sie ...?"); documents: how many search documents contain the word.
create table catalog.search_term (
    tenant_id uuid not null references platform.tenant (id) on delete cascade,
    term      text not null,
    word      text not null,
    documents int  not null check (documents >= 0),
    primary key (tenant_id, term)
);
create index search_term_trigram on catalog.search_term using gin (tenant_id, term gin_trgm_ops);

-- The distinct words of a text worth correcting to: letters only, at least three of them.
create function catalog.search_words(text) returns table (term text, word text)
    language sql immutable parallel safe strict
    as $$
        select distinct on (t) t, w
          from unnest(tsvector_to_array(to_tsvector('simple', $1))) w,
               lower(platform.immutable_unaccent(w)) t
         where t ~ '^[a-z]{3,}$'
         order by t, w
    $$;

create function catalog.search_document_words(d catalog.search_document) returns table (term text, word text)
    language sql immutable parallel safe
    as $$ select * from catalog.search_words(concat_ws(' ', d.title, d.keywords, d.teaser, d.body)) $$;

-- Keeps catalog.search_term in step with catalog.search_document. Terms are touched in sorted order,
-- so two publications at the same time lock shared terms in the same order and cannot deadlock.
create function catalog.search_document_terms() returns trigger
    language plpgsql
    as $$
    begin
        if tg_op in ('UPDATE', 'DELETE') then
            update catalog.search_term s
               set documents = s.documents - 1
              from (select term from catalog.search_document_words(old) order by term) o
             where s.tenant_id = old.tenant_id and s.term = o.term;
            delete from catalog.search_term where tenant_id = old.tenant_id and documents = 0;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            insert into catalog.search_term as s (tenant_id, term, word, documents)
            select new.tenant_id, n.term, n.word, 1 from catalog.search_document_words(new) n order by n.term
            on conflict (tenant_id, term) do update set documents = s.documents + 1;
        end if;
        return null;
    end
    $$;

create trigger search_document_terms
    after insert or update or delete on catalog.search_document
    for each row execute function catalog.search_document_terms();

insert into catalog.search_term (tenant_id, term, word, documents)
select d.tenant_id, w.term, min(w.word), count(*)
  from catalog.search_document d, catalog.search_document_words(d) w
 group by d.tenant_id, w.term;
