-- Companion indexes beside the ones FerretDB makes, so that its queries can use an index.
-- FerretDB 1.24's btree indexes on `(_jsonb->'f')` serve none of its queries: its equality
-- pushdown reads `_jsonb->'f' @> value`. For every FerretDB index on top-level fields we add:
--
--   tongban_gin_*   a GIN jsonb_path_ops index on `(_jsonb->'f')` per field (and `_id`):
--                   serves stock FerretDB's `@>` equality pushdown;
--   tongban_arr_*   the same, only over documents where f holds an array: lets the patched
--                   FerretDB see at once whether an equality could match an array element;
--   tongban_has_*   a btree over the same documents (on _id's column, any would do): whether f
--                   holds an array at all, which a GIN index cannot answer cheaply (for a range);
--   tongban_s_*     a generated column per field (and `_id`): f's value when it is a string, else
--                   NULL, collated "C" (MongoDB compares strings by their bytes). Columns, not
--                   expressions, because only plain columns give index-only scans (a count);
--   for a nested field a.b.c, a GIN index on `(_jsonb #> '{a,b,c}')` and a has index per prefix
--   (a, a.b) over the documents where it holds an array: serve the patched FerretDB's superset of
--   equality on the path;
--   tongban_str_*   a btree on those columns, in the index's order and directions, then `_id`
--                   ascending, with MongoDB's null placement (as the patch's ORDER BY has it, so
--                   that a sort by {…, _id: 1} reads the index in order): serves the patched
--                   FerretDB's exact equality, sort, limit and count (patches/,
--                   internal/backends/postgresql/exact.go, which names the columns the same way).
--
-- They are created in the same transaction as FerretDB's index (an event trigger) and dropped
-- with the last FerretDB index that needs them. The schema name holds a dot, which no MongoDB
-- database name may hold, so FerretDB can never take it for a database or drop it.

SELECT pg_advisory_xact_lock(hashtext('tongban.ferretdb companion indexes'));

CREATE SCHEMA IF NOT EXISTS "tongban.ferretdb";

-- The key columns of FerretDB's indexes in one schema (one FerretDB database): one row per column,
-- with the top-level field it reads, or NULL for anything else (nested fields: see
-- ferretdb_index_paths). FerretDB's own tables (_ferretdb_*) are looked up with `=` already.
CREATE OR REPLACE FUNCTION "tongban.ferretdb".ferretdb_index_keys(target name)
RETURNS TABLE (table_name name, index_name name, key_number int, field text, descending boolean)
LANGUAGE sql STABLE AS $fn$
  SELECT t.relname, i.relname, k,
    replace(
      (regexp_match(pg_get_indexdef(x.indexrelid, k, true), $re$^\(?_jsonb -> '((?:[^']|'')*)'::text\)?$$re$))[1],
      '''''', ''''
    ),
    (x.indoption[k - 1] & 1) = 1
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_am am ON am.oid = i.relam AND am.amname = 'btree'
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = target
  CROSS JOIN LATERAL generate_series(1, x.indnkeyatts) AS k
  WHERE t.relname NOT LIKE '\_ferretdb\_%' AND i.relname NOT LIKE 'tongban\_%'
$fn$;

-- The paths of FerretDB's index keys on nested fields, `((_jsonb -> 'a') -> 'b')` for a.b: the patched
-- FerretDB pushes down string equality on them as `_jsonb #> '{a,b}' @> value`, or-ed with "a, or
-- a.b, holds an array" (MongoDB looks into arrays on the way).
CREATE OR REPLACE FUNCTION "tongban.ferretdb".ferretdb_index_paths(target name)
RETURNS TABLE (table_name name, path text[])
LANGUAGE sql STABLE AS $fn$
  SELECT DISTINCT t.relname, ARRAY(
    SELECT replace(m[1], '''''', '''')
    FROM regexp_matches(d.def, $re$ -> '((?:[^']|'')*)'::text$re$, 'g') WITH ORDINALITY AS r (m, n)
    ORDER BY r.n
  )
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_am am ON am.oid = i.relam AND am.amname = 'btree'
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = target
  CROSS JOIN LATERAL generate_series(1, x.indnkeyatts) AS k
  CROSS JOIN LATERAL (SELECT pg_get_indexdef(x.indexrelid, k, true) AS def) AS d
  WHERE t.relname NOT LIKE '\_ferretdb\_%' AND i.relname NOT LIKE 'tongban\_%'
    AND d.def ~ $re$^\(*_jsonb( -> '(?:[^']|'')*'::text\)?){2,}$$re$
$fn$;

-- The generated column holding a field's value when it is a string: its type is in FerretDB's
-- sjson schema, since ObjectIDs and binData are JSON strings too.
CREATE OR REPLACE FUNCTION "tongban.ferretdb".string_column(field text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT 'tongban_s_' || left(md5(field), 16)
$fn$;

CREATE OR REPLACE FUNCTION "tongban.ferretdb".string_column_definition(field text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT format(
    'text COLLATE "C" GENERATED ALWAYS AS '
      '(CASE WHEN (_jsonb #>> ARRAY[''$s'', ''p'', %1$L, ''t'']) = ''string'' THEN _jsonb ->> %1$L END) STORED',
    field
  )
$fn$;

-- The string columns one schema should have: every field of FerretDB's indexes, and _id.
CREATE OR REPLACE FUNCTION "tongban.ferretdb".wanted_columns(target name)
RETURNS TABLE (table_name name, column_name text, field text)
LANGUAGE sql STABLE AS $fn$
  SELECT DISTINCT k.table_name, "tongban.ferretdb".string_column(f.field), f.field
  FROM "tongban.ferretdb".ferretdb_index_keys(target) AS k
  CROSS JOIN LATERAL (VALUES (k.field), ('_id')) AS f (field)
  WHERE f.field IS NOT NULL
$fn$;

-- The companion indexes one schema should have: name, table and definition.
CREATE OR REPLACE FUNCTION "tongban.ferretdb".wanted_indexes(target name)
RETURNS TABLE (index_name text, table_name name, definition text)
LANGUAGE sql STABLE AS $fn$
  WITH keys AS (SELECT * FROM "tongban.ferretdb".ferretdb_index_keys(target)),
  fields AS (SELECT DISTINCT k.table_name, k.field FROM keys k WHERE k.field IS NOT NULL),
  strings AS (
    SELECT k.table_name, string_agg(
      quote_ident("tongban.ferretdb".string_column(k.field)) -- NULL for a nested field: no str index
        || CASE WHEN k.descending THEN ' DESC NULLS LAST' ELSE ' ASC NULLS FIRST' END,
      ', ' ORDER BY k.key_number
    ) || CASE WHEN bool_or(k.field = '_id') THEN '' ELSE format(', %I ASC NULLS FIRST', "tongban.ferretdb".string_column('_id')) END
      AS columns
    FROM keys k
    GROUP BY k.table_name, k.index_name
    HAVING bool_and(k.field IS NOT NULL)
  ),
  paths AS (SELECT * FROM "tongban.ferretdb".ferretdb_index_paths(target)),
  prefixes AS (
    SELECT DISTINCT p.table_name, p.path[1:n] AS prefix
    FROM paths p CROSS JOIN LATERAL generate_series(1, cardinality(p.path) - 1) AS n
  ),
  wanted AS (
    SELECT f.table_name, 'gin' AS kind, format('USING gin ((_jsonb -> %L) jsonb_path_ops)', f.field) AS definition
    FROM fields f
    UNION
    SELECT p.table_name, 'gin', format('USING gin ((_jsonb #> %L::text[]) jsonb_path_ops)', p.path)
    FROM paths p
    UNION
    SELECT x.table_name, 'has', format(
      'USING btree (%I) WHERE jsonb_typeof(_jsonb #> %L::text[]) = ''array''',
      "tongban.ferretdb".string_column('_id'), x.prefix
    )
    FROM prefixes x
    UNION
    SELECT f.table_name, 'arr', format(
      'USING gin ((_jsonb -> %1$L) jsonb_path_ops) WHERE (_jsonb #>> ARRAY[''$s'', ''p'', %1$L, ''t'']) = ''array''',
      f.field
    )
    FROM fields f
    WHERE f.field <> '_id' -- MongoDB refuses arrays as _id
    UNION
    SELECT f.table_name, 'has', format(
      'USING btree (%I) WHERE (_jsonb #>> ARRAY[''$s'', ''p'', %L, ''t'']) = ''array''',
      "tongban.ferretdb".string_column('_id'), f.field
    )
    FROM fields f
    WHERE f.field <> '_id'
    UNION
    SELECT s.table_name, 'str', format('USING btree (%s)', s.columns)
    FROM strings s
  )
  SELECT 'tongban_' || w.kind || '_' || md5(w.table_name || ' ' || w.definition), w.table_name, w.definition
  FROM wanted w
$fn$;

-- Makes the companions of one schema match FerretDB's indexes. The indexes it creates and
-- drops fire the triggers again; tongban.syncing_indexes makes those nested calls return.
CREATE OR REPLACE FUNCTION "tongban.ferretdb".sync_indexes(target name) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  wanted record;
  stale record;
BEGIN
  IF current_setting('tongban.syncing_indexes', true) = 'on' THEN
    RETURN;
  END IF;
  PERFORM set_config('tongban.syncing_indexes', 'on', true);

  -- Columns first: indexes are on them. Adding one to a table holding documents rewrites it.
  FOR wanted IN
    SELECT * FROM "tongban.ferretdb".wanted_columns(target) AS w
    WHERE NOT EXISTS (
      SELECT FROM pg_attribute a
      WHERE a.attrelid = format('%I.%I', target, w.table_name)::regclass
        AND a.attname = w.column_name AND NOT a.attisdropped
    )
  LOOP
    EXECUTE format(
      'ALTER TABLE %I.%I ADD COLUMN %I %s',
      target, wanted.table_name, wanted.column_name, "tongban.ferretdb".string_column_definition(wanted.field)
    );
  END LOOP;

  FOR wanted IN
    SELECT * FROM "tongban.ferretdb".wanted_indexes(target) AS w
    WHERE to_regclass(format('%I.%I', target, w.index_name)) IS NULL
  LOOP
    EXECUTE format('CREATE INDEX %I ON %I.%I %s', wanted.index_name, target, wanted.table_name, wanted.definition);
  END LOOP;

  FOR stale IN
    SELECT i.relname
    FROM pg_class i
    JOIN pg_namespace n ON n.oid = i.relnamespace AND n.nspname = target
    WHERE i.relkind = 'i' AND i.relname LIKE 'tongban\_%'
      AND i.relname NOT IN (SELECT w.index_name FROM "tongban.ferretdb".wanted_indexes(target) AS w)
  LOOP
    EXECUTE format('DROP INDEX %I.%I', target, stale.relname);
  END LOOP;

  -- Dropping a column rewrites nothing.
  FOR stale IN
    SELECT t.relname AS table_name, a.attname AS column_name
    FROM pg_attribute a
    JOIN pg_class t ON t.oid = a.attrelid AND t.relkind = 'r'
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = target
    WHERE a.attname LIKE 'tongban\_s\_%' AND NOT a.attisdropped
      AND (t.relname, a.attname::text) NOT IN (
        SELECT w.table_name, w.column_name FROM "tongban.ferretdb".wanted_columns(target) AS w
      )
  LOOP
    EXECUTE format('ALTER TABLE %I.%I DROP COLUMN %I', target, stale.table_name, stale.column_name);
  END LOOP;

  PERFORM set_config('tongban.syncing_indexes', 'off', true);
END
$fn$;

CREATE OR REPLACE FUNCTION "tongban.ferretdb".on_create_index() RETURNS event_trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  target name;
BEGIN
  FOR target IN
    SELECT DISTINCT schema_name FROM pg_event_trigger_ddl_commands()
    WHERE object_type = 'index' AND schema_name IS NOT NULL
  LOOP
    PERFORM "tongban.ferretdb".sync_indexes(target);
  END LOOP;
END
$fn$;

CREATE OR REPLACE FUNCTION "tongban.ferretdb".on_drop_index() RETURNS event_trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  target name;
BEGIN
  FOR target IN
    SELECT DISTINCT schema_name FROM pg_event_trigger_dropped_objects()
    WHERE object_type = 'index' AND schema_name IS NOT NULL
  LOOP
    PERFORM "tongban.ferretdb".sync_indexes(target);
  END LOOP;
END
$fn$;

DROP EVENT TRIGGER IF EXISTS tongban_ferretdb_create_index;
CREATE EVENT TRIGGER tongban_ferretdb_create_index ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION "tongban.ferretdb".on_create_index();

DROP EVENT TRIGGER IF EXISTS tongban_ferretdb_drop_index;
CREATE EVENT TRIGGER tongban_ferretdb_drop_index ON sql_drop
  WHEN TAG IN ('DROP INDEX') EXECUTE FUNCTION "tongban.ferretdb".on_drop_index();

-- Indexes that FerretDB made before these triggers existed (an older data directory), and
-- companions of an older definition.
SELECT "tongban.ferretdb".sync_indexes(table_schema::name)
FROM information_schema.tables
WHERE table_name = '_ferretdb_database_metadata';
