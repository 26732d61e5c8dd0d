-- GIN jsonb_path_ops indexes beside FerretDB's own, so that its equality pushdown
-- `_jsonb->'f' @> value` can use an index: the btree indexes FerretDB creates on `(_jsonb->'f')`
-- never serve `@>`. Every top-level field of every FerretDB index (`_id` included) gets one GIN
-- index per collection table, named tongban_gin_<md5(table/field)>, created in the same
-- transaction as FerretDB's index (an event trigger) and dropped with the last index that needs it.
--
-- The schema name holds a dot, which no MongoDB database name may hold, so FerretDB can never
-- take it for a database or drop it.

SELECT pg_advisory_xact_lock(hashtext('tongban.ferretdb gin indexes'));

CREATE SCHEMA IF NOT EXISTS "tongban.ferretdb";

-- The GIN indexes one schema (one FerretDB database) should have, from FerretDB's btree indexes.
-- FerretDB's own tables (_ferretdb_database_metadata) are looked up by FerretDB with `=`.
CREATE OR REPLACE FUNCTION "tongban.ferretdb".wanted_gin_indexes(target name)
RETURNS TABLE (table_name name, index_name text, field text)
LANGUAGE sql STABLE AS $fn$
  SELECT DISTINCT t.relname, 'tongban_gin_' || md5(t.relname || '/' || f.field), f.field
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_am am ON am.oid = i.relam AND am.amname = 'btree'
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = target
  CROSS JOIN LATERAL generate_series(1, x.indnkeyatts) AS k
  CROSS JOIN LATERAL (
    -- A key column FerretDB made for a top-level field reads (_jsonb -> 'field'::text);
    -- nested fields (a.b) are never pushed down by FerretDB 1.24, so they get nothing.
    SELECT replace(
      (regexp_match(pg_get_indexdef(x.indexrelid, k, true), $re$^\(?_jsonb -> '((?:[^']|'')*)'::text\)?$$re$))[1],
      '''''', ''''
    ) AS field
  ) AS f
  WHERE f.field IS NOT NULL AND t.relname NOT LIKE '\_ferretdb\_%'
$fn$;

-- Makes the GIN indexes of one schema match FerretDB's btree indexes. The indexes it creates and
-- drops fire the triggers again; tongban.syncing_gin_indexes makes those nested calls return.
CREATE OR REPLACE FUNCTION "tongban.ferretdb".sync_gin_indexes(target name) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  wanted record;
  stale record;
BEGIN
  IF current_setting('tongban.syncing_gin_indexes', true) = 'on' THEN
    RETURN;
  END IF;
  PERFORM set_config('tongban.syncing_gin_indexes', 'on', true);

  FOR wanted IN
    SELECT * FROM "tongban.ferretdb".wanted_gin_indexes(target) AS w
    WHERE to_regclass(format('%I.%I', target, w.index_name)) IS NULL
  LOOP
    EXECUTE format(
      'CREATE INDEX %I ON %I.%I USING gin ((_jsonb -> %L) jsonb_path_ops)',
      wanted.index_name, target, wanted.table_name, wanted.field
    );
  END LOOP;

  FOR stale IN
    SELECT i.relname
    FROM pg_class i
    JOIN pg_namespace n ON n.oid = i.relnamespace AND n.nspname = target
    WHERE i.relkind = 'i' AND i.relname LIKE 'tongban\_gin\_%'
      AND i.relname NOT IN (SELECT index_name FROM "tongban.ferretdb".wanted_gin_indexes(target))
  LOOP
    EXECUTE format('DROP INDEX %I.%I', target, stale.relname);
  END LOOP;

  PERFORM set_config('tongban.syncing_gin_indexes', 'off', true);
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
    PERFORM "tongban.ferretdb".sync_gin_indexes(target);
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
    PERFORM "tongban.ferretdb".sync_gin_indexes(target);
  END LOOP;
END
$fn$;

DROP EVENT TRIGGER IF EXISTS tongban_ferretdb_create_index;
CREATE EVENT TRIGGER tongban_ferretdb_create_index ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION "tongban.ferretdb".on_create_index();

DROP EVENT TRIGGER IF EXISTS tongban_ferretdb_drop_index;
CREATE EVENT TRIGGER tongban_ferretdb_drop_index ON sql_drop
  WHEN TAG IN ('DROP INDEX') EXECUTE FUNCTION "tongban.ferretdb".on_drop_index();

-- Indexes that FerretDB made before these triggers existed (an older data directory).
SELECT "tongban.ferretdb".sync_gin_indexes(table_schema::name)
FROM information_schema.tables
WHERE table_name = '_ferretdb_database_metadata';
