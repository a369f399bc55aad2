-- Adds generated services to a town's published catalogue, for the search benchmark.
--
--   psql -v town=musterstadt -v count=10000 -f bench/catalog-10k.sql
--
-- Writes the rows a publication writes (catalog.entry, entry_version, published_service with its
-- life situation, search_document; the search_term trigger keeps the word list), so search, the
-- A-Z list and the service pages see the services as if editors had published them. Names are
-- combinations of word lists ("Hund ummelden für Vereine"), texts are sentences from those lists
-- with words drawn by a fixed pseudo-random rule, so every run generates the same catalogue.
-- Only for a throw-away benchmark database: the rows bypass the application's validation.
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 10000
\endif

begin;

create temporary table bench_words on commit drop as
select array['Hund', 'Katze', 'Pferd', 'Gewerbe', 'Wohnsitz', 'Nebenwohnung', 'Fahrzeug', 'Anhänger', 'Boot',
             'Baum', 'Garage', 'Carport', 'Zaun', 'Parkausweis', 'Grabstelle', 'Urne', 'Sondernutzung', 'Plakat',
             'Veranstaltung', 'Markt', 'Flohmarkt', 'Spielplatz', 'Sportplatz', 'Turnhalle', 'Bürgerhaus',
             'Gaststätte', 'Imbiss', 'Kiosk', 'Taxi', 'Mietwagen', 'Wasseranschluss', 'Kanalanschluss',
             'Stromanschluss', 'Biotonne', 'Restmülltonne', 'Papiertonne', 'Komposter', 'Brunnen', 'Solaranlage',
             'Wärmepumpe', 'Dachgaube', 'Balkon', 'Werbeanlage', 'Container', 'Gerüst', 'Kran', 'Feuerstätte',
             'Ölheizung', 'Schornstein', 'Hecke'] as objects,
       array['anmelden', 'abmelden', 'ummelden', 'beantragen', 'verlängern', 'ändern', 'genehmigen lassen',
             'melden', 'kündigen', 'prüfen lassen', 'erstatten lassen', 'übertragen'] as actions,
       array['', 'für Vereine', 'für Unternehmen', 'für Privatpersonen', 'im Ortsteil Nord', 'im Ortsteil Süd',
             'in der Altstadt', 'im Gewerbegebiet', 'für Landwirte', 'für Schulen', 'für Kirchengemeinden',
             'zur Zwischennutzung', 'auf Probe', 'für Senioren', 'für Studierende', 'in Eilfällen', 'auf Dauer'] as qualifiers,
       array['Personalausweis', 'Reisepass', 'Vollmacht', 'Lageplan', 'Grundbuchauszug', 'Kaufvertrag',
             'Mietvertrag', 'Handelsregisterauszug', 'Nachweis der Haftpflichtversicherung', 'Foto',
             'Meldebescheinigung', 'Bauzeichnung', 'Kontoverbindung', 'Gutachten'] as documents,
       array['Bürgerbüro', 'Ordnungsamt', 'Bauamt', 'Kämmerei', 'Umweltamt', 'Stadtwerke', 'Friedhofsverwaltung',
             'Standesamt', 'Sozialamt', 'Amt für Kinder und Familie'] as offices,
       array['Frist', 'Gebühr', 'Bescheid', 'Widerspruch', 'Termin', 'Unterschrift', 'Nachweis', 'Auskunft',
             'Zuständigkeit', 'Bearbeitung', 'Antrag', 'Formular', 'Online-Dienst', 'Ausnahme', 'Ermäßigung',
             'Befreiung', 'Anhörung', 'Prüfung', 'Genehmigung', 'Verlängerung', 'Zahlung', 'Lastschrift',
             'Sprechzeiten', 'Barrierefreiheit', 'Datenschutz', 'Satzung', 'Verordnung', 'Haushalt',
             'Nachbarschaft', 'Lärmschutz', 'Brandschutz', 'Denkmalschutz', 'Naturschutz', 'Wasserschutzgebiet',
             'Straßenreinigung', 'Winterdienst', 'Gehweg', 'Radweg', 'Bushaltestelle', 'Parkhaus'] as topics;

create temporary table bench_service on commit drop as
select i,
       (md5('rathaus-bench-' || i))::uuid as id,
       'bench-' || i as slug,
       trim(w.objects[1 + i % 50] || ' ' || w.actions[1 + (i / 50) % 12] || ' ' || w.qualifiers[1 + (i / 600) % 17])
           || case when i >= 10200 then ' (' || i / 10200 + 1 || ')' else '' end as name,
       w.objects[1 + i % 50] as object,
       w.actions[1 + (i / 50) % 12] as action,
       w.documents[1 + (i * 7) % 14] as document,
       w.documents[1 + (i * 11 + 3) % 14] as document2,
       w.offices[1 + (i * 13) % 10] as office,
       w.topics[1 + (i * 17) % 40] as topic1,
       w.topics[1 + (i * 31 + 5) % 40] as topic2,
       w.topics[1 + (i * 37 + 11) % 40] as topic3,
       10 + (i * 29) % 190 as fee
  from generate_series(0, :count - 1) i, bench_words w;

-- three ways to say each paragraph, so that common words stand in a part of the texts, not in all
create temporary table bench_text on commit drop as
select s.*,
       'So können Sie ' || s.object || ' ' || s.action || '. Das ' || s.office || ' hilft Ihnen dabei.' as teaser,
       concat_ws(E'\n\n',
           (array['Wer ' || s.object || ' ' || s.action || ' möchte, stellt einen Antrag beim ' || s.office || '.',
                  'Sie können ' || s.object || ' beim ' || s.office || ' ' || s.action || '.',
                  'Das ' || s.office || ' ist zuständig, wenn Sie ' || s.object || ' ' || s.action || ' wollen.'])[1 + s.i % 3]
               || ' Wichtig sind dabei ' || s.topic1 || ' und ' || s.topic2 || '.',
           (array['Bringen Sie ' || s.document || ' und ' || s.document2 || ' mit. Die Gebühr beträgt ' || s.fee || ' Euro.',
                  'Legen Sie ' || s.document || ' vor. Es fallen ' || s.fee || ' Euro an.',
                  'Nötig sind ' || s.document || ' sowie ' || s.document2 || '. Kosten: ' || s.fee || ' Euro.'])[1 + (s.i / 3) % 3],
           (array['Zum Thema ' || s.topic3 || ' berät Sie das ' || s.office || ' gern.',
                  'Fragen zu ' || s.topic3 || ' beantworten wir Ihnen auch am Telefon.',
                  'Die Bearbeitung dauert in der Regel zwei bis vier Wochen.'])[1 + (s.i / 9) % 3]) as body
  from bench_service s;

insert into catalog.entry (tenant_id, id, kind, slug, latest_version, published_version)
select t.id, b.id, 'SERVICE', b.slug, 1, 1
  from bench_text b, platform.tenant t where t.slug = :'town';

insert into catalog.entry_version (tenant_id, entry_id, version, content, author_name, published_at)
select t.id, b.id, 1,
       jsonb_build_object('name', b.name, 'teaser', b.teaser, 'description', b.body,
                          'documents', jsonb_build_array(b.document, b.document2),
                          'fees', jsonb_build_array(jsonb_build_object('label', 'Gebühr', 'amount', b.fee || '.00',
                                                                       'currency', 'EUR')),
                          'keywords', jsonb_build_array(b.object, b.topic1)),
       'Benchmark', now()
  from bench_text b, platform.tenant t where t.slug = :'town';

insert into catalog.published_service
       (tenant_id, id, slug, name, teaser, office_id, confidential, in_person, content, published_at)
select v.tenant_id, v.entry_id, b.slug, b.name, b.teaser, null, false, false, v.content, now()
  from bench_text b
  join platform.tenant t on t.slug = :'town'
  join catalog.entry_version v on v.tenant_id = t.id and v.entry_id = b.id;

insert into catalog.published_service_life_situation (tenant_id, service_id, life_situation_id)
select t.id, b.id, l.id
  from bench_text b
  join platform.tenant t on t.slug = :'town'
  join lateral (select id from catalog.life_situation
                 where tenant_id = t.id order by position, slug offset b.i % 10 limit 1) l on true;

insert into catalog.search_document (tenant_id, kind, ref_id, slug, title, teaser, keywords, body)
select t.id, 'SERVICE', b.id, b.slug, b.name, b.teaser, b.object || ' ' || b.topic1, b.body
  from bench_text b, platform.tenant t where t.slug = :'town';

commit;

analyze catalog.search_document;
analyze catalog.search_term;
select count(*) as "published services" from catalog.published_service p
  join platform.tenant t on t.id = p.tenant_id where t.slug = :'town';
