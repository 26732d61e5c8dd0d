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

// ginFields lists "table field" of each GIN index the wrapper made in the tongban database.
func ginFields(t *testing.T, f *ferretDB) []string {
	t.Helper()
	fields := f.pg(t, `
		SELECT c.relname || ' ' || (regexp_match(pg_get_indexdef(x.indexrelid), $$USING gin \(\(\(_jsonb -> '([^']*)'$$))[1]
		FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid
		JOIN pg_class c ON c.oid = x.indrelid
		JOIN pg_namespace n ON n.oid = i.relnamespace
		WHERE n.nspname = 'tongban' AND i.relname LIKE 'tongban\_gin\_%'`)
	for i, field := range fields {
		// Table names end with a hash of the collection name; the prefix is enough here.
		table, name, _ := strings.Cut(field, " ")
		fields[i] = strings.SplitN(table, "_", 2)[0] + " " + name
	}
	slices.Sort(fields)
	return fields
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

func TestGINIndexesComeAndGoWithFerretDBIndexes(t *testing.T) {
	ctx := context.Background()
	f := startFerretDB(t, newDatabase(t))
	tasks := f.db.Collection("tasks")
	if _, err := tasks.InsertOne(ctx, bson.M{"_id": "t1", "assigneeId": "u1"}); err != nil {
		t.Fatal(err)
	}
	if got, want := ginFields(t, f), []string{"tasks _id"}; !slices.Equal(got, want) {
		t.Fatalf("a new collection: GIN indexes %v, want %v", got, want)
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
	want := []string{"tasks _id", "tasks assigneeId", "tasks createdAt", "tasks requestId", "tasks status"}
	if got := ginFields(t, f); !slices.Equal(got, want) {
		t.Fatalf("after createIndexes: GIN indexes %v, want %v (nested fields are never pushed down)", got, want)
	}
	wantNames := []string{"_id_", "assigneeId_1_status_1_createdAt_-1", "form.amount_1", "requestId_1", "status_1"}
	if got := indexNames(t, tasks); !slices.Equal(got, wantNames) {
		t.Fatalf("listIndexes shows %v, want only FerretDB's %v", got, wantNames)
	}
	if err := f.db.RunCommand(ctx, bson.D{{Key: "collStats", Value: "tasks"}}).Err(); err != nil {
		t.Fatalf("collStats beside GIN indexes: %v", err)
	}

	// status is still in the compound index, so its GIN index stays; requestId's goes.
	if _, err := tasks.Indexes().DropOne(ctx, "requestId_1"); err != nil {
		t.Fatal(err)
	}
	if _, err := tasks.Indexes().DropOne(ctx, "status_1"); err != nil {
		t.Fatal(err)
	}
	want = []string{"tasks _id", "tasks assigneeId", "tasks createdAt", "tasks status"}
	if got := ginFields(t, f); !slices.Equal(got, want) {
		t.Fatalf("after dropIndexes: GIN indexes %v, want %v", got, want)
	}
	if _, err := tasks.Indexes().DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := ginFields(t, f), []string{"tasks _id"}; !slices.Equal(got, want) {
		t.Fatalf("after dropping all indexes: GIN indexes %v, want %v", got, want)
	}

	if err := tasks.Drop(ctx); err != nil {
		t.Fatal(err)
	}
	if got := ginFields(t, f); len(got) != 0 {
		t.Fatalf("after drop: GIN indexes %v, want none", got)
	}
	if _, err := tasks.InsertOne(ctx, bson.M{"_id": "t1"}); err != nil {
		t.Fatalf("a dropped collection made again: %v", err)
	}
	if got, want := ginFields(t, f), []string{"tasks _id"}; !slices.Equal(got, want) {
		t.Fatalf("a collection made again: GIN indexes %v, want %v", got, want)
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

func TestStartUpAddsGINIndexesForExistingIndexes(t *testing.T) {
	ctx := context.Background()
	pgURL := newDatabase(t)
	f := startFerretDB(t, pgURL)
	// An index FerretDB made while no trigger was there, as in a database from before the wrapper.
	f.pg(t, `DROP EVENT TRIGGER tongban_ferretdb_create_index`)
	if _, err := f.db.Collection("requests").Indexes().CreateOne(ctx, mongo.IndexModel{Keys: bson.D{{Key: "status", Value: 1}}}); err != nil {
		t.Fatal(err)
	}
	if got := ginFields(t, f); len(got) != 0 {
		t.Fatalf("without the trigger: GIN indexes %v, want none", got)
	}

	if _, err := preparePostgreSQL(ctx, pgURL); err != nil {
		t.Fatal(err)
	}
	if got, want := ginFields(t, f), []string{"requests _id", "requests status"}; !slices.Equal(got, want) {
		t.Fatalf("after start-up: GIN indexes %v, want %v", got, want)
	}
	if _, err := f.db.Collection("requests").Indexes().CreateOne(ctx, mongo.IndexModel{Keys: bson.D{{Key: "processKey", Value: 1}}}); err != nil {
		t.Fatal(err)
	}
	if got := ginFields(t, f); !slices.Contains(got, "requests processKey") {
		t.Fatalf("after start-up the trigger is back: GIN indexes %v lack processKey", got)
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
