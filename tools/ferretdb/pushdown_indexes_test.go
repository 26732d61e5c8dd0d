package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// startFerretDB runs the real FerretDB library on a fresh SQLite directory and
// returns a connected client; both stop when the test ends.
func startFerretDB(t *testing.T) (string, *mongo.Client) {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: "127.0.0.1:0"},
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + "/",
		Logger:    slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = server.Run(ctx)
	}()
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(server.MongoDBURI()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = client.Disconnect(context.Background())
		cancel()
		<-done
	})
	return dir, client
}

// plan is SQLite's query plan for FerretDB's own lookup by `_id` in a collection's table.
func plan(t *testing.T, file string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var table string
	if err := db.QueryRow(`SELECT table_name FROM _ferretdb_collections WHERE name = 'tasks'`).Scan(&table); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(fmt.Sprintf(`EXPLAIN QUERY PLAN SELECT _ferretdb_sjson FROM %q WHERE %s = ?`, table, pushdownExpression), `"t5"`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var steps []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		steps = append(steps, detail)
	}
	return strings.Join(steps, "; ")
}

func TestSweepMakesLookupsByIDSearchAnIndex(t *testing.T) {
	dir, client := startFerretDB(t)
	ctx := context.Background()
	tasks := client.Database("tongban").Collection("tasks")
	for i := range 20 {
		if _, err := tasks.InsertOne(ctx, bson.D{{Key: "_id", Value: fmt.Sprintf("t%d", i)}, {Key: "n", Value: i}}); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "tongban.sqlite")
	if got := plan(t, file); !strings.HasPrefix(got, "SCAN") {
		t.Fatalf("before the sweep FerretDB's lookup by _id should scan (that is the bug this works around), got %q", got)
	}

	indexes := newPushdownIndexes(dir, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer indexes.close()
	if err := indexes.sweep(ctx); err != nil {
		t.Fatal(err)
	}
	if got := plan(t, file); !strings.Contains(got, "USING INDEX") || !strings.Contains(got, pushdownIndexSuffix) {
		t.Fatalf("after the sweep the lookup by _id should search the pushdown index, got %q", got)
	}

	// FerretDB behaves as before: it finds, updates and deletes by _id, and _id stays unique.
	var found bson.M
	if err := tasks.FindOne(ctx, bson.D{{Key: "_id", Value: "t5"}}).Decode(&found); err != nil || found["n"] != int32(5) {
		t.Fatalf("find by _id: %v %v", found, err)
	}
	if res, err := tasks.UpdateOne(ctx, bson.D{{Key: "_id", Value: "t6"}}, bson.D{{Key: "$set", Value: bson.D{{Key: "n", Value: 60}}}}); err != nil || res.ModifiedCount != 1 {
		t.Fatalf("update by _id: %v %v", res, err)
	}
	if _, err := tasks.InsertOne(ctx, bson.D{{Key: "_id", Value: "t7"}}); !mongo.IsDuplicateKeyError(err) {
		t.Fatalf("a second t7 should be a duplicate key error, got %v", err)
	}
	if res, err := tasks.DeleteOne(ctx, bson.D{{Key: "_id", Value: "t8"}}); err != nil || res.DeletedCount != 1 {
		t.Fatalf("delete by _id: %v %v", res, err)
	}
	names, err := tasks.Indexes().ListSpecifications(ctx)
	if err != nil || len(names) != 1 || names[0].Name != "_id_" {
		t.Fatalf("clients still see only FerretDB's own indexes, got %v %v", names, err)
	}
}

func TestKeepIndexesCollectionsCreatedLaterAndAfterADrop(t *testing.T) {
	dir, client := startFerretDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go newPushdownIndexes(dir, slog.New(slog.NewTextHandler(io.Discard, nil))).keep(ctx, 50*time.Millisecond)

	db := client.Database("tongban")
	file := filepath.Join(dir, "tongban.sqlite")
	waitForIndex := func() {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(plan(t, file), "USING INDEX") {
			if time.Now().After(deadline) {
				t.Fatalf("no pushdown index within 10 s: %q", plan(t, file))
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	if _, err := db.Collection("tasks").InsertOne(ctx, bson.D{{Key: "_id", Value: "t1"}}); err != nil {
		t.Fatal(err)
	}
	waitForIndex()

	if err := db.Drop(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Collection("tasks").InsertOne(ctx, bson.D{{Key: "_id", Value: "t1"}}); err != nil {
		t.Fatal(err)
	}
	waitForIndex()
}

func TestSQLiteDir(t *testing.T) {
	for url, want := range map[string]string{
		"file:data/":                    "data/",
		"file:/var/lib/tongban/ferret/": "/var/lib/tongban/ferret/",
		"file:/tmp/x/?_pragma=foo":      "/tmp/x/",
		"file:/tmp/x/?mode=memory":      "",
	} {
		got, err := sqliteDir(url)
		if err != nil || got != want {
			t.Errorf("sqliteDir(%q) = %q, %v; want %q", url, got, err, want)
		}
	}
	if _, err := sqliteDir("file:"); err == nil {
		t.Error("a URL without a directory should be refused")
	}
}
