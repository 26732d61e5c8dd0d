package main

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Filters with $in and string ranges (patches/0002-…), on the data of pushdownTasks: arrays in
// assigneeId, status and createdAt (m3), ObjectIDs that look like strings, and createdAt of
// every type for the "mixed" assignee.
var operatorFilters = map[string]bson.D{
	"_id $in":                         {{Key: "_id", Value: bson.M{"$in": bson.A{"t0001", "t0042", "m3", "d07", "nope"}}}},
	"assigneeId $in, no arrays":       {{Key: "assigneeId", Value: bson.M{"$in": bson.A{"u3", "u4"}}}},
	"assigneeId $in, an array holds":  {{Key: "assigneeId", Value: bson.M{"$in": bson.A{"u2", "u9"}}}},
	"assigneeId $in an ObjectID's":    {{Key: "assigneeId", Value: bson.M{"$in": bson.A{otherHexID, "u0"}}}},
	"assigneeId $in with null":        {{Key: "assigneeId", Value: bson.M{"$in": bson.A{"u3", nil}}}},
	"status $in, arrays":              {{Key: "status", Value: bson.M{"$in": bson.A{"urgent", "approved"}}}},
	"assigneeId $in, status":          {{Key: "assigneeId", Value: bson.M{"$in": bson.A{"u3", "u4", "dates"}}}, {Key: "status", Value: "open"}},
	"createdAt $gte (an array holds)": {{Key: "createdAt", Value: bson.M{"$gte": "2026-01-01T05:00:00Z"}}},
	"assigneeId, createdAt $gte":      {{Key: "assigneeId", Value: "u3"}, {Key: "createdAt", Value: bson.M{"$gte": "2026-01-01T05:00:00Z"}}},
	"assigneeId $in, createdAt range": {{Key: "assigneeId", Value: bson.M{"$in": bson.A{"u2", "u3"}}}, {Key: "createdAt", Value: bson.D{{Key: "$gt", Value: "2026-01-01T02:00:00Z"}, {Key: "$lte", Value: "2026-01-01T08:00:00Z"}}}},
	"createdAt $lt, mixed types":      {{Key: "assigneeId", Value: "mixed"}, {Key: "createdAt", Value: bson.M{"$lt": "2026-12-31"}}},
	"createdAt $gt, dates":            {{Key: "assigneeId", Value: "dates"}, {Key: "createdAt", Value: bson.M{"$gt": ""}}},
	"createdAt $gt a date":            {{Key: "assigneeId", Value: "dates"}, {Key: "createdAt", Value: bson.M{"$gt": time.Date(2025, 12, 31, 12, 0, 0, 0, time.UTC)}}},
	"_id $lt, assigneeId $eq":         {{Key: "_id", Value: bson.M{"$lt": "t0300"}}, {Key: "assigneeId", Value: bson.M{"$eq": "u1"}}},
	"createdAt missing":               {{Key: "assigneeId", Value: "u2"}, {Key: "createdAt", Value: bson.M{"$exists": false}}},
	"createdAt there (null too)":      {{Key: "assigneeId", Value: bson.M{"$in": bson.A{"u2", "mixed"}}}, {Key: "createdAt", Value: bson.M{"$exists": true}}},
	"an array there, not indexed":     {{Key: "status", Value: "open"}, {Key: "processKey", Value: bson.M{"$exists": true}}, {Key: "assigneeId", Value: bson.M{"$exists": true, "$gte": "u1"}}},
	"$exists 1":                       {{Key: "assigneeId", Value: "u2"}, {Key: "createdAt", Value: bson.M{"$exists": 1}}},
}

var operatorSorts = map[string]bson.D{
	"createdAt, _id":      {{Key: "createdAt", Value: 1}, {Key: "_id", Value: 1}},
	"createdAt desc, _id": {{Key: "createdAt", Value: -1}, {Key: "_id", Value: 1}},
	"_id desc":            {{Key: "_id", Value: -1}},
}

func TestOperatorPushdownGivesTheStockResults(t *testing.T) {
	f := startFerretDB(t, newDatabase(t))
	tasks := pushdownTasks(t, f)

	for filterName, filter := range operatorFilters {
		all := ids(find(t, tasks, reference(filter), bson.D{{Key: "_id", Value: 1}}, 0, 0))
		if got := ids(find(t, tasks, filter, bson.D{{Key: "_id", Value: 1}}, 0, 0)); !slices.Equal(got, all) {
			t.Errorf("find %s without a limit: %v, stock %v", filterName, got, all)
		}
		if got := count(t, tasks, filter); got != int64(len(all)) {
			t.Errorf("count %s: %d, stock %d", filterName, got, len(all))
		}
		for sortName, sort := range operatorSorts {
			for _, window := range [][2]int64{{0, 20}, {7, 20}, {0, 1000}} {
				got := find(t, tasks, filter, sort, window[0], window[1])
				want := find(t, tasks, reference(filter), sort, window[0], window[1])
				if !reflect.DeepEqual(got, want) {
					t.Errorf("find %s sorted by %s, skip %d limit %d:\n got %v\nwant %v", filterName, sortName, window[0], window[1], ids(got), ids(want))
				}
			}
		}
	}
}

// Update, findAndModify and delete go through the same WHERE clause as find: they must touch
// exactly the documents the stock path matches.
func TestOperatorPushdownWritesTheStockDocuments(t *testing.T) {
	ctx := context.Background()
	f := startFerretDB(t, newDatabase(t))
	tasks := pushdownTasks(t, f)

	for i, name := range []string{"_id $in", "assigneeId $in, an array holds", "assigneeId $in an ObjectID's", "assigneeId $in, status"} {
		filter := operatorFilters[name]
		want := ids(find(t, tasks, reference(filter), bson.D{{Key: "_id", Value: 1}}, 0, 0))
		mark := fmt.Sprintf("mark%d", i)

		res, err := tasks.UpdateMany(ctx, filter, bson.M{"$set": bson.M{"mark": mark}})
		if err != nil {
			t.Fatal(err)
		}
		marked := ids(find(t, tasks, reference(bson.D{{Key: "mark", Value: mark}}), bson.D{{Key: "_id", Value: 1}}, 0, 0))
		if res.MatchedCount != int64(len(want)) || !slices.Equal(marked, want) {
			t.Errorf("updateMany %s: matched %d, marked %v, want %v", name, res.MatchedCount, marked, want)
		}

		var found bson.M
		err = tasks.FindOneAndUpdate(ctx, filter, bson.M{"$set": bson.M{"found": mark}}, options.FindOneAndUpdate().SetSort(bson.D{{Key: "_id", Value: -1}})).Decode(&found)
		if err != nil || found["_id"] != want[len(want)-1] {
			t.Errorf("findOneAndUpdate %s sorted by _id desc: %v (%v), want %s", name, found["_id"], err, want[len(want)-1])
		}

		deleted, err := tasks.DeleteMany(ctx, filter)
		if err != nil {
			t.Fatal(err)
		}
		if deleted.DeletedCount != int64(len(want)) || count(t, tasks, reference(bson.D{{Key: "mark", Value: mark}})) != 0 {
			t.Errorf("deleteMany %s: deleted %d, want %d", name, deleted.DeletedCount, len(want))
		}
	}
}

// MongoDB's documented meaning, where PostgreSQL's would differ.
func TestOperatorPushdownKeepsMongoDBSemantics(t *testing.T) {
	f := startFerretDB(t, newDatabase(t))
	tasks := pushdownTasks(t, f)
	byID := bson.D{{Key: "_id", Value: 1}}

	// $in of a string matches strings, not ObjectIDs of the same hex (12 of each here).
	if got := count(t, tasks, bson.D{{Key: "assigneeId", Value: bson.M{"$in": bson.A{hexID, otherHexID}}}}); got != 24 {
		t.Errorf("count $in [%s, %s]: %d, want the 24 strings", hexID, otherHexID, got)
	}
	// A range with a string matches strings only (and arrays holding one), whatever the others' order.
	mixed := bson.D{{Key: "assigneeId", Value: "mixed"}, {Key: "createdAt", Value: bson.M{"$gte": ""}}}
	if got := ids(find(t, tasks, mixed, byID, 0, 100)); !slices.Equal(got, []string{"m3", "m6"}) {
		t.Errorf("createdAt $gte \"\" among mixed types: %v, want the array m3 and the string m6", got)
	}
	// Each bound may be met by another element of an array.
	bounds := bson.D{{Key: "assigneeId", Value: "mixed"}, {Key: "createdAt", Value: bson.M{"$gt": "2026-02-15", "$lt": "2025-06-01"}}}
	if got := ids(find(t, tasks, bounds, byID, 0, 100)); !slices.Equal(got, []string{"m3"}) {
		t.Errorf("createdAt between bounds met by two elements: %v, want m3", got)
	}
	// Strings compare by their UTF-8 bytes: "Z" < "a" < "é", whatever the database's collation.
	words := f.db.Collection("words")
	if _, err := words.Indexes().CreateOne(context.Background(), mongo.IndexModel{Keys: bson.D{{Key: "w", Value: 1}}}); err != nil {
		t.Fatal(err)
	}
	// Other types than strings, none an array: the range is applied in PostgreSQL.
	if _, err := words.InsertMany(context.Background(), []any{
		bson.M{"_id": 1, "w": "é"}, bson.M{"_id": 2, "w": "a"}, bson.M{"_id": 3, "w": "Z"}, bson.M{"_id": 4, "w": "b"},
		bson.M{"_id": 5, "w": 7}, bson.M{"_id": 6, "w": time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, bson.M{"_id": 7, "w": nil},
		bson.M{"_id": 8}, bson.M{"_id": 9, "w": must(primitive.ObjectIDFromHex(hexID))}, bson.M{"_id": 10, "w": hexID},
		bson.M{"_id": 11, "w": bson.M{"x": "b"}}, bson.M{"_id": 12, "w": true},
	}); err != nil {
		t.Fatal(err)
	}
	_, mark := f.sql.since(0)
	var got []any
	for _, doc := range find(t, words, bson.D{{Key: "w", Value: bson.M{"$gt": "a"}}}, bson.D{{Key: "w", Value: 1}}, 0, 10) {
		got = append(got, doc["w"])
	}
	if want := []any{hexID, "b", "é"}; !reflect.DeepEqual(got, want) {
		t.Errorf("w $gt a sorted by w: %v, want %v", got, want)
	}
	if got := count(t, words, bson.D{{Key: "w", Value: bson.M{"$lte": "b"}}}); got != 4 {
		t.Errorf("count w $lte b: %d, want 4 (Z, a, %s, b)", got, hexID)
	}
	queries, _ := f.sql.since(mark)
	if !slices.ContainsFunc(queries, func(q string) bool { return strings.HasSuffix(q, " LIMIT 10") }) ||
		!slices.ContainsFunc(queries, func(q string) bool { return strings.HasPrefix(q, "SELECT count(*) FROM") }) {
		t.Errorf("ranges over types other than strings were not applied in PostgreSQL: %q", queries)
	}
}

// changeFeed holds documents with string timestamps and no arrays, indexed as the app's change
// feed and notifications are: {updatedAt: 1} and {userId: 1, createdAt: 1}.
func changeFeed(t *testing.T, f *ferretDB) *mongo.Collection {
	t.Helper()
	ctx := context.Background()
	feed := f.db.Collection("feed")
	if _, err := feed.Indexes().CreateMany(ctx, []mongo.IndexModel{
		{Keys: bson.D{{Key: "updatedAt", Value: 1}}},
		{Keys: bson.D{{Key: "userId", Value: 1}, {Key: "createdAt", Value: 1}}},
	}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var docs []any
	for i := range 3000 {
		at := day.Add(time.Duration(i) * time.Minute).Format(time.RFC3339Nano)
		docs = append(docs, bson.M{"_id": fmt.Sprintf("f%05d", i), "userId": fmt.Sprintf("u%d", i%300), "createdAt": at, "updatedAt": at})
	}
	if _, err := feed.InsertMany(ctx, docs); err != nil {
		t.Fatal(err)
	}
	f.pg(t, "ANALYZE")
	return feed
}

func TestOperatorsArePushedDownThroughIndexes(t *testing.T) {
	f := startFerretDB(t, newDatabase(t))
	feed := changeFeed(t, f)
	since := "2026-01-01T10:00:00Z"

	// $in without sort or limit (stock path, a superset): a BitmapOr of the GIN index.
	for _, command := range []bson.D{
		{{Key: "find", Value: "feed"}, {Key: "filter", Value: bson.M{"_id": bson.M{"$in": bson.A{"f00001", "f02000"}}}}},
		{{Key: "find", Value: "feed"}, {Key: "filter", Value: bson.M{"userId": bson.M{"$in": bson.A{"u1", "u2"}}}}},
	} {
		plan, result := f.explain(t, command)
		mustNotScan(t, fmt.Sprint(command), plan)
		if !strings.Contains(plan, "BitmapOr") || result["filterPushdown"] != true {
			t.Errorf("%v: want a BitmapOr, filter pushed down, got %v %s", command, result["filterPushdown"], plan)
		}
	}
	_, mark := f.sql.since(0)
	if _, err := feed.DeleteMany(context.Background(), bson.M{"_id": bson.M{"$in": bson.A{"f00001", "f00002"}}}); err != nil {
		t.Fatal(err)
	}
	queries, mark := f.sql.since(mark)
	if !slices.ContainsFunc(queries, func(q string) bool { return strings.Contains(q, " OR ") && strings.Contains(q, "@>") }) {
		t.Errorf("deleteMany {_id: {$in}} pushed no $in down: %q", queries)
	}

	// The change feed's poll, the notifications feed, and a date filter's count: index reads, sorted,
	// limited and counted in PostgreSQL, and their guards read indexes too.
	byUpdatedAt := bson.D{{Key: "updatedAt", Value: 1}, {Key: "_id", Value: 1}}
	byCreatedAt := bson.D{{Key: "createdAt", Value: 1}, {Key: "_id", Value: 1}}
	for i, c := range []struct {
		filter, sort bson.D
		want         int
	}{
		{bson.D{{Key: "updatedAt", Value: bson.M{"$gte": since}}}, byUpdatedAt, 20},
		{bson.D{{Key: "userId", Value: bson.M{"$in": bson.A{"u1", "u7"}}}, {Key: "createdAt", Value: bson.M{"$gte": since}}}, byCreatedAt, 16},
		{bson.D{{Key: "userId", Value: "u3"}, {Key: "createdAt", Value: bson.M{"$gte": since, "$lt": "2026-01-01T21:00:00Z"}}}, byCreatedAt, 3},
		{bson.D{{Key: "userId", Value: "u3"}, {Key: "readAt", Value: bson.M{"$exists": false}}}, byCreatedAt, 10},
	} {
		command := bson.D{{Key: "find", Value: "feed"}, {Key: "filter", Value: c.filter}, {Key: "sort", Value: c.sort}, {Key: "limit", Value: int64(20)}}
		plan, result := f.explain(t, command)
		mustNotScan(t, fmt.Sprint(c.filter), plan)
		// The change feed's poll reads the index in order and stops at the limit.
		if i == 0 && strings.Contains(plan, `Sort"`) {
			t.Errorf("%v sorted by %v: want the index's order, got %s", c.filter, c.sort, plan)
		}
		if result["filterPushdown"] != true || result["sortPushdown"] != true || result["limitPushdown"] != true {
			t.Errorf("explain %v: filterPushdown %v sortPushdown %v limitPushdown %v, want all true", c.filter, result["filterPushdown"], result["sortPushdown"], result["limitPushdown"])
		}

		page := find(t, feed, c.filter, c.sort, 0, 20)
		queries, mark = f.sql.since(mark)
		if len(page) != c.want || !slices.ContainsFunc(queries, func(q string) bool { return strings.Contains(q, "ORDER BY") && strings.HasSuffix(q, " LIMIT 20") }) {
			t.Errorf("find %v: %d documents, want %d, sorted and limited in PostgreSQL: %q", c.filter, len(page), c.want, queries)
		}
		for _, q := range queries {
			if strings.HasPrefix(q, "SELECT EXISTS") {
				mustNotScan(t, "the guard of "+fmt.Sprint(c.filter), f.explainLogged(t, q))
			}
		}

		count(t, feed, c.filter)
		queries, mark = f.sql.since(mark)
		if !slices.ContainsFunc(queries, func(q string) bool { return strings.HasPrefix(q, "SELECT count(*) FROM") }) {
			t.Errorf("count %v was not counted in PostgreSQL: %q", c.filter, queries)
		}
	}
}
