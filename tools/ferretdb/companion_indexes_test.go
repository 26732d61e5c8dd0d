package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// companions lists the wrapper's indexes in the tongban database as "collection kind fields":
// a gin, arr or has index by its field, a str index by its fields in order (desc when descending),
// and its string columns as "collection s field".
func companions(t *testing.T, f *ferretDB) []string {
	t.Helper()
	rows := f.pg(t, `
		SELECT c.relname || ' ' || substr(i.relname, 9, 3) || ' ' || (
			-- A gin or arr index reads _jsonb -> 'field', a str index columns made from _jsonb ->> 'field'.
			SELECT string_agg(
				coalesce(
					-- A has index: the field or path its predicate reads.
					(regexp_match(pg_get_expr(x.indpred, x.indrelid), $$'p'::text, '([^']*)'::text, 't'::text\]$$))[1],
					array_to_string((regexp_match(pg_get_expr(x.indpred, x.indrelid), $$_jsonb #> '([^']*)'::text\[\]$$))[1]::text[], '.'),
					(regexp_match(pg_get_indexdef(x.indexrelid, k, true), $$_jsonb -> '([^']*)'$$))[1],
					array_to_string((regexp_match(pg_get_indexdef(x.indexrelid, k, true), $$_jsonb #> '([^']*)'::text\[\]$$))[1]::text[], '.'),
					(regexp_match(pg_get_expr(d.adbin, d.adrelid), $$_jsonb ->> '([^']*)'$$))[1]
				) || CASE WHEN (x.indoption[k - 1] & 1) = 1 THEN ' desc' ELSE '' END,
				',' ORDER BY k
			)
			FROM generate_series(1, x.indnkeyatts) AS k
			LEFT JOIN pg_attrdef d ON d.adrelid = x.indrelid AND d.adnum = x.indkey[k - 1]
		)
		FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid
		JOIN pg_class c ON c.oid = x.indrelid
		JOIN pg_namespace n ON n.oid = i.relnamespace
		WHERE n.nspname = 'tongban' AND i.relname LIKE 'tongban\_%'
		UNION ALL
		SELECT c.relname || ' s ' || (regexp_match(pg_get_expr(d.adbin, d.adrelid), $$_jsonb ->> '([^']*)'$$))[1]
		FROM pg_attribute a
		JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
		JOIN pg_class c ON c.oid = a.attrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'tongban' AND a.attname LIKE 'tongban\_s\_%' AND NOT a.attisdropped`)
	for i, row := range rows {
		// Table names end with a hash of the collection name; the prefix is enough here.
		table, rest, _ := strings.Cut(row, " ")
		rows[i] = strings.SplitN(table, "_", 2)[0] + " " + rest
	}
	slices.Sort(rows)
	return rows
}

func indexNames(t *testing.T, coll *mongo.Collection) []string {
	t.Helper()
	cursor, err := coll.Indexes().List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var indexes []struct{ Name string }
	if err := cursor.All(context.Background(), &indexes); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, index := range indexes {
		names = append(names, index.Name)
	}
	return names
}

// wantCompanions lists the companions of a collection's indexes (as companions shows them):
// a gin index and a string column per field, an arr and a has index per field but _id, a str index per
// FerretDB index.
func wantCompanions(collection string, fields []string, strIndexes ...string) []string {
	var want []string
	for _, field := range fields {
		want = append(want, collection+" gin "+field, collection+" s "+field)
		if field != "_id" {
			want = append(want, collection+" arr "+field, collection+" has "+field)
		}
	}
	for _, index := range strIndexes {
		want = append(want, collection+" str "+index)
	}
	slices.Sort(want)
	return want
}

func TestCompanionIndexesComeAndGoWithFerretDBIndexes(t *testing.T) {
	ctx := context.Background()
	f := startFerretDB(t, newDatabase(t))
	tasks := f.db.Collection("tasks")
	if _, err := tasks.InsertOne(ctx, bson.M{"_id": "t1", "assigneeId": "u1"}); err != nil {
		t.Fatal(err)
	}
	if got, want := companions(t, f), wantCompanions("tasks", []string{"_id"}, "_id"); !slices.Equal(got, want) {
		t.Fatalf("a new collection: %v, want %v", got, want)
	}

	_, err := tasks.Indexes().CreateMany(ctx, []mongo.IndexModel{
		{Keys: bson.D{{Key: "assigneeId", Value: 1}, {Key: "status", Value: 1}, {Key: "createdAt", Value: -1}}},
		{Keys: bson.D{{Key: "requestId", Value: 1}}},
		{Keys: bson.D{{Key: "status", Value: 1}}},
		{Keys: bson.D{{Key: "form.amount", Value: 1}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// A nested field gets a GIN index on its path and a has index per prefix, no string column.
	want := wantCompanions("tasks", []string{"_id", "assigneeId", "createdAt", "requestId", "status"},
		"_id", "assigneeId,status,createdAt desc,_id", "requestId,_id", "status,_id")
	want = append(want, "tasks gin form.amount", "tasks has form")
	slices.Sort(want)
	if got := companions(t, f); !slices.Equal(got, want) {
		t.Fatalf("after createIndexes: %v, want %v", got, want)
	}
	wantNames := []string{"_id_", "assigneeId_1_status_1_createdAt_-1", "form.amount_1", "requestId_1", "status_1"}
	if got := indexNames(t, tasks); !slices.Equal(got, wantNames) {
		t.Fatalf("listIndexes shows %v, want only FerretDB's %v", got, wantNames)
	}
	if err := f.db.RunCommand(ctx, bson.D{{Key: "collStats", Value: "tasks"}}).Err(); err != nil {
		t.Fatalf("collStats beside companion indexes: %v", err)
	}

	// status is still in the compound index, so its gin and arr indexes stay; requestId's go.
	if _, err := tasks.Indexes().DropOne(ctx, "requestId_1"); err != nil {
		t.Fatal(err)
	}
	if _, err := tasks.Indexes().DropOne(ctx, "status_1"); err != nil {
		t.Fatal(err)
	}
	want = wantCompanions("tasks", []string{"_id", "assigneeId", "createdAt", "status"}, "_id", "assigneeId,status,createdAt desc,_id")
	want = append(want, "tasks gin form.amount", "tasks has form")
	slices.Sort(want)
	if got := companions(t, f); !slices.Equal(got, want) {
		t.Fatalf("after dropIndexes: %v, want %v", got, want)
	}
	if _, err := tasks.Indexes().DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := companions(t, f), wantCompanions("tasks", []string{"_id"}, "_id"); !slices.Equal(got, want) {
		t.Fatalf("after dropping all indexes: %v, want %v", got, want)
	}

	if err := tasks.Drop(ctx); err != nil {
		t.Fatal(err)
	}
	if got := companions(t, f); len(got) != 0 {
		t.Fatalf("after drop: %v, want none", got)
	}
	if _, err := tasks.InsertOne(ctx, bson.M{"_id": "t1"}); err != nil {
		t.Fatalf("a dropped collection made again: %v", err)
	}
	if got, want := companions(t, f), wantCompanions("tasks", []string{"_id"}, "_id"); !slices.Equal(got, want) {
		t.Fatalf("a collection made again: %v, want %v", got, want)
	}
	if err := f.db.Drop(ctx); err != nil {
		t.Fatal(err)
	}
	if got := f.pg(t, `SELECT nspname FROM pg_namespace WHERE nspname = 'tongban'`); len(got) != 0 {
		t.Fatalf("dropDatabase left schema %v", got)
	}
	if _, err := tasks.InsertOne(ctx, bson.M{"_id": "t1"}); err != nil {
		t.Fatalf("a dropped database made again: %v", err)
	}
}

func TestStartUpAddsCompanionsOfExistingIndexes(t *testing.T) {
	ctx := context.Background()
	pgURL := newDatabase(t)
	f := startFerretDB(t, pgURL)
	// An index FerretDB made while no trigger was there, as in a database from before the wrapper.
	f.pg(t, `DROP EVENT TRIGGER tongban_ferretdb_create_index`)
	if _, err := f.db.Collection("requests").Indexes().CreateOne(ctx, mongo.IndexModel{Keys: bson.D{{Key: "status", Value: 1}}}); err != nil {
		t.Fatal(err)
	}
	if got := companions(t, f); len(got) != 0 {
		t.Fatalf("without the trigger: %v, want none", got)
	}

	if _, err := preparePostgreSQL(ctx, pgURL); err != nil {
		t.Fatal(err)
	}
	if got, want := companions(t, f), wantCompanions("requests", []string{"_id", "status"}, "_id", "status,_id"); !slices.Equal(got, want) {
		t.Fatalf("after start-up: %v, want %v", got, want)
	}
	if _, err := f.db.Collection("requests").Indexes().CreateOne(ctx, mongo.IndexModel{Keys: bson.D{{Key: "processKey", Value: 1}}}); err != nil {
		t.Fatal(err)
	}
	if got := companions(t, f); !slices.Contains(got, "requests str processKey,_id") {
		t.Fatalf("after start-up the trigger is back: %v lack processKey's", got)
	}
}

func TestLookupsUseIndexes(t *testing.T) {
	ctx := context.Background()
	f := startFerretDB(t, newDatabase(t))
	tasks := f.db.Collection("tasks")
	if _, err := tasks.Indexes().CreateMany(ctx, []mongo.IndexModel{
		{Keys: bson.D{{Key: "assigneeId", Value: 1}, {Key: "status", Value: 1}, {Key: "createdAt", Value: -1}}},
		{Keys: bson.D{{Key: "requestId", Value: 1}}},
	}); err != nil {
		t.Fatal(err)
	}
	docs := make([]any, 3000)
	for i := range docs {
		docs[i] = bson.M{
			"_id": fmt.Sprintf("t%05d", i), "assigneeId": fmt.Sprintf("u%03d", i%200), "status": []string{"open", "approved"}[i%2],
			"requestId": fmt.Sprintf("r%05d", i/3), "createdAt": fmt.Sprintf("2026-01-01T00:00:%05dZ", i), "revision": int32(i % 7),
		}
	}
	if _, err := tasks.InsertMany(ctx, docs); err != nil {
		t.Fatal(err)
	}
	f.pg(t, `ANALYZE`)

	finds := map[string]bson.D{
		"_id":                  {{Key: "_id", Value: "t01234"}},
		"_id and revision $lt": {{Key: "_id", Value: "t01234"}, {Key: "revision", Value: bson.M{"$lt": 5}}},
		"requestId":            {{Key: "requestId", Value: "r00411"}},
		"assigneeId, status":   {{Key: "assigneeId", Value: "u007"}, {Key: "status", Value: "open"}},
	}
	for name, filter := range finds {
		// More runs than PostgreSQL's five before it may switch a prepared statement to a generic plan.
		for range 7 {
			plan, _ := f.explain(t, bson.D{{Key: "find", Value: "tasks"}, {Key: "filter", Value: filter}})
			mustNotScan(t, name, plan)
		}
	}
	plan, result := f.explain(t, bson.D{
		{Key: "find", Value: "tasks"},
		{Key: "filter", Value: bson.D{{Key: "assigneeId", Value: "u007"}, {Key: "status", Value: "open"}}},
		{Key: "sort", Value: bson.D{{Key: "createdAt", Value: -1}, {Key: "_id", Value: 1}}},
		{Key: "limit", Value: 20},
	})
	mustNotScan(t, "inbox page", plan)
	if result["sortPushdown"] != true || result["limitPushdown"] != true {
		t.Errorf("inbox page: sortPushdown %v, limitPushdown %v, want both true", result["sortPushdown"], result["limitPushdown"])
	}

	// The update FerretDB makes for {_id, revision: {$lt: n}} finds its document through the index.
	res, err := tasks.UpdateOne(ctx, bson.M{"_id": "t01234", "revision": bson.M{"$lt": 5}}, bson.M{"$set": bson.M{"status": "done"}}, options.Update())
	if err != nil || res.ModifiedCount != 1 {
		t.Fatalf("update by _id and revision: %+v, %v", res, err)
	}
}
