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

// hexID is a string that is also the hex form of an ObjectID: FerretDB's sjson stores both as
// the same JSON string, so `@>` alone would match either.
const hexID = "aaaaaaaaaaaaaaaaaaaaaaaa"

// otherHexID is held as a string and as an ObjectID, never in an array, so that equality on it
// is pushed down and must still tell the two apart.
const otherHexID = "bbbbbbbbbbbbbbbbbbbbbbbb"

// pushdownTasks fills tasks with the shapes the app stores and the ones it must not trip over:
// array-valued fields, ObjectIDs that look like strings, null and missing sort fields, and sort
// fields of other types (which PostgreSQL cannot order as MongoDB does).
func pushdownTasks(t *testing.T, f *ferretDB) *mongo.Collection {
	t.Helper()
	ctx := context.Background()
	tasks := f.db.Collection("tasks")
	if _, err := tasks.Indexes().CreateOne(ctx, mongo.IndexModel{
		Keys: bson.D{{Key: "assigneeId", Value: 1}, {Key: "status", Value: 1}, {Key: "createdAt", Value: -1}},
	}); err != nil {
		t.Fatal(err)
	}
	oid := must(primitive.ObjectIDFromHex(hexID))
	otherOID := must(primitive.ObjectIDFromHex(otherHexID))
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var docs []any
	for i := range 600 {
		doc := bson.M{
			"_id": fmt.Sprintf("t%04d", i), "assigneeId": fmt.Sprintf("u%d", i%5), "status": []string{"open", "approved", "open"}[i%3],
			"processKey": []string{"leave", "expense"}[i%2], "createdAt": day.Add(time.Duration(i*7919%600) * time.Minute).Format(time.RFC3339),
		}
		switch i % 50 {
		case 1:
			doc["assigneeId"] = bson.A{"u1", "u9"} // MongoDB: {assigneeId: "u1"} matches an element
		case 2:
			doc["createdAt"] = nil
		case 12:
			delete(doc, "createdAt")
		case 4:
			doc["status"] = bson.A{"open", "urgent"}
		case 5:
			doc["assigneeId"] = hexID
		case 6:
			doc["assigneeId"] = oid
		case 7:
			doc["assigneeId"] = bson.A{oid, "u9"}
		case 8:
			doc["assigneeId"] = otherOID
		case 9:
			doc["assigneeId"] = otherHexID
		}
		docs = append(docs, doc)
	}
	// Sort fields PostgreSQL cannot order as MongoDB does: numbers, dates, arrays, documents, booleans.
	for i, createdAt := range []any{int32(5), 2.5, day, bson.A{"2026-03-01", "2025-01-01"}, bson.M{"at": "x"}, true, "2026-02-01", nil, int64(-3)} {
		docs = append(docs, bson.M{"_id": fmt.Sprintf("m%d", i), "assigneeId": "mixed", "status": "open", "createdAt": createdAt})
	}
	for i := range 30 {
		docs = append(docs, bson.M{"_id": fmt.Sprintf("d%02d", i), "assigneeId": "dates", "status": "open", "createdAt": day.Add(time.Duration(-i) * time.Hour)})
	}
	if _, err := tasks.InsertMany(ctx, docs); err != nil {
		t.Fatal(err)
	}
	return tasks
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// reference wraps a filter in $and: FerretDB never pushes a top-level operator down, so the
// query runs on its stock path, every filter, sort, skip and limit done by its Go code.
func reference(filter bson.D) bson.D {
	return bson.D{{Key: "$and", Value: bson.A{filter}}}
}

func find(t *testing.T, coll *mongo.Collection, filter, sort bson.D, skip, limit int64) []bson.M {
	t.Helper()
	opts := options.Find().SetSkip(skip).SetLimit(limit)
	if sort != nil {
		opts.SetSort(sort)
	}
	cursor, err := coll.Find(context.Background(), filter, opts)
	if err != nil {
		t.Fatal(err)
	}
	var docs []bson.M
	if err := cursor.All(context.Background(), &docs); err != nil {
		t.Fatal(err)
	}
	return docs
}

func count(t *testing.T, coll *mongo.Collection, filter bson.D) int64 {
	t.Helper()
	n, err := coll.CountDocuments(context.Background(), filter)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func ids(docs []bson.M) []string {
	var ids []string
	for _, doc := range docs {
		ids = append(ids, doc["_id"].(string))
	}
	return ids
}

var pushdownFilters = map[string]bson.D{
	"empty":                        {},
	"_id":                          {{Key: "_id", Value: "t0042"}},
	"assigneeId":                   {{Key: "assigneeId", Value: "u1"}},
	"assigneeId $eq":               {{Key: "assigneeId", Value: bson.M{"$eq": "u1"}}},
	"assigneeId, status":           {{Key: "assigneeId", Value: "u1"}, {Key: "status", Value: "open"}},
	"assigneeId, status, process":  {{Key: "assigneeId", Value: "u2"}, {Key: "status", Value: "open"}, {Key: "processKey", Value: "leave"}},
	"array element only":           {{Key: "assigneeId", Value: "u9"}},
	"string that is an ObjectID's": {{Key: "assigneeId", Value: hexID}},
	"another ObjectID's string":    {{Key: "assigneeId", Value: otherHexID}},
	"element of an array status":   {{Key: "assigneeId", Value: "u4"}, {Key: "status", Value: "urgent"}},
	"matches nothing":              {{Key: "assigneeId", Value: "nobody"}},
	"mixed sort types":             {{Key: "assigneeId", Value: "mixed"}},
	"dates":                        {{Key: "assigneeId", Value: "dates"}},
}

var pushdownSorts = map[string]bson.D{
	"createdAt desc, _id": {{Key: "createdAt", Value: -1}, {Key: "_id", Value: 1}},
	"createdAt, _id desc": {{Key: "createdAt", Value: 1}, {Key: "_id", Value: -1}},
	"status, _id":         {{Key: "status", Value: 1}, {Key: "_id", Value: 1}},
	"_id desc":            {{Key: "_id", Value: -1}},
}

func TestPushdownGivesTheStockResults(t *testing.T) {
	f := startFerretDB(t, newDatabase(t))
	tasks := pushdownTasks(t, f)

	for filterName, filter := range pushdownFilters {
		if got, want := count(t, tasks, filter), count(t, tasks, reference(filter)); got != want {
			t.Errorf("count %s: %d, stock %d", filterName, got, want)
		}
		for sortName, sort := range pushdownSorts {
			for _, window := range [][2]int64{{0, 20}, {7, 20}, {40, 5}, {0, 1000}} {
				got := find(t, tasks, filter, sort, window[0], window[1])
				want := find(t, tasks, reference(filter), sort, window[0], window[1])
				if !reflect.DeepEqual(got, want) {
					t.Errorf("find %s sorted by %s, skip %d limit %d:\n got %v\nwant %v", filterName, sortName, window[0], window[1], ids(got), ids(want))
				}
			}
		}
		// Without a sort MongoDB returns any matching documents: check that they match.
		all := ids(find(t, tasks, reference(filter), nil, 0, 0))
		page := ids(find(t, tasks, filter, nil, 3, 20))
		if want := min(max(len(all)-3, 0), 20); len(page) != want {
			t.Errorf("find %s unsorted, skip 3 limit 20: %d documents, want %d", filterName, len(page), want)
		}
		for _, id := range page {
			if !slices.Contains(all, id) {
				t.Errorf("find %s unsorted: %s does not match", filterName, id)
			}
		}
	}
}

// The cases where PostgreSQL's own meaning would differ from MongoDB's, checked against
// MongoDB's documented semantics rather than against FerretDB.
func TestPushdownKeepsMongoDBSemantics(t *testing.T) {
	f := startFerretDB(t, newDatabase(t))
	tasks := pushdownTasks(t, f)
	byCreatedAtDesc := bson.D{{Key: "createdAt", Value: -1}, {Key: "_id", Value: 1}}

	// Equality with a string matches the string and arrays holding it, not ObjectIDs of the same hex.
	if got, want := ids(find(t, tasks, bson.D{{Key: "assigneeId", Value: "u9"}}, bson.D{{Key: "_id", Value: 1}}, 0, 100)),
		[]string{"t0001", "t0007", "t0051", "t0057", "t0101", "t0107", "t0151", "t0157", "t0201", "t0207", "t0251", "t0257", "t0301", "t0307", "t0351", "t0357", "t0401", "t0407", "t0451", "t0457", "t0501", "t0507", "t0551", "t0557"}; !slices.Equal(got, want) {
		t.Errorf("{assigneeId: u9}: %v, want the arrays holding it %v", got, want)
	}
	if got, want := ids(find(t, tasks, bson.D{{Key: "assigneeId", Value: hexID}}, bson.D{{Key: "_id", Value: 1}}, 0, 100)),
		[]string{"t0005", "t0055", "t0105", "t0155", "t0205", "t0255", "t0305", "t0355", "t0405", "t0455", "t0505", "t0555"}; !slices.Equal(got, want) {
		t.Errorf("{assigneeId: %q}: %v, want only the strings %v", hexID, got, want)
	}
	if got := count(t, tasks, bson.D{{Key: "assigneeId", Value: hexID}}); got != 12 {
		t.Errorf("count {assigneeId: %q}: %d, want 12 (ObjectIDs are not strings)", hexID, got)
	}

	// Descending: strings by their bytes, then null and missing alike (here by _id).
	page := find(t, tasks, bson.D{{Key: "assigneeId", Value: "u2"}}, byCreatedAtDesc, 0, 1000)
	var strs []string
	for i, doc := range page {
		createdAt, isString := doc["createdAt"].(string)
		switch {
		case isString:
			if len(strs) != i {
				t.Fatalf("a string after null or missing: %v", ids(page))
			}
			if len(strs) > 0 && strs[len(strs)-1] < createdAt {
				t.Fatalf("strings not descending: %v", strs)
			}
			strs = append(strs, createdAt)
		case i > 0 && page[i-1]["createdAt"] == nil && doc["_id"].(string) < page[i-1]["_id"].(string):
			t.Fatalf("null and missing not tied (then by _id): %v", ids(page))
		}
	}
	if nulls := len(page) - len(strs); nulls != 24 {
		t.Errorf("u2 has %d documents with null or missing createdAt, want 24", nulls)
	}

	// Types PostgreSQL cannot order as MongoDB: the stock path answers, in MongoDB's order
	// (null, numbers, strings, documents, arrays by their smallest element, booleans, dates).
	if got, want := ids(find(t, tasks, bson.D{{Key: "assigneeId", Value: "mixed"}}, bson.D{{Key: "createdAt", Value: 1}}, 0, 5)),
		[]string{"m7", "m8", "m1", "m0", "m3"}; !slices.Equal(got, want) {
		t.Errorf("mixed types ascending: %v, want %v", got, want)
	}
}

func TestSortLimitAndCountArePushedDown(t *testing.T) {
	ctx := context.Background()
	f := startFerretDB(t, newDatabase(t))
	tasks := pushdownTasks(t, f)
	// u3's tasks hold no arrays and only strings in createdAt, so everything can be pushed down.
	inbox := bson.D{{Key: "assigneeId", Value: "u3"}, {Key: "status", Value: "open"}}
	sort := bson.D{{Key: "createdAt", Value: -1}, {Key: "_id", Value: 1}}

	_, mark := f.sql.since(0)
	find(t, tasks, inbox, sort, 20, 20)
	queries, mark := f.sql.since(mark)
	if !slices.ContainsFunc(queries, func(q string) bool {
		return strings.Contains(q, `ORDER BY`) && strings.Contains(q, `DESC NULLS LAST`) && strings.HasSuffix(q, " LIMIT 40")
	}) {
		t.Errorf("the inbox page did not sort and limit in PostgreSQL: %q", queries)
	}

	count(t, tasks, inbox)
	queries, mark = f.sql.since(mark)
	if !slices.ContainsFunc(queries, func(q string) bool { return strings.HasPrefix(q, "SELECT count(*) FROM") }) {
		t.Errorf("countDocuments did not count in PostgreSQL: %q", queries)
	}

	// A sort field PostgreSQL cannot order: the guard sees it and the stock query runs.
	find(t, tasks, bson.D{{Key: "assigneeId", Value: "mixed"}}, sort, 0, 3)
	queries, mark = f.sql.since(mark)
	if len(queries) != 2 || !strings.HasPrefix(queries[0], "SELECT EXISTS") || strings.Contains(queries[1], "LIMIT") {
		t.Errorf("mixed types: want the guard then the stock query, got %q", queries)
	}

	// The string of an ObjectID's hex: counted in PostgreSQL, without the ObjectIDs.
	if n := count(t, tasks, bson.D{{Key: "assigneeId", Value: otherHexID}}); n != 12 {
		t.Errorf("count {assigneeId: %q}: %d, want the 12 strings and not the 12 ObjectIDs", otherHexID, n)
	}
	queries, mark = f.sql.since(mark)
	if !slices.ContainsFunc(queries, func(q string) bool { return strings.HasPrefix(q, "SELECT count(*) FROM") }) {
		t.Errorf("count {assigneeId: %q} did not count in PostgreSQL: %q", otherHexID, queries)
	}

	// An equality that matches an array element: the same.
	count(t, tasks, bson.D{{Key: "assigneeId", Value: "u9"}})
	queries, _ = f.sql.since(mark)
	if len(queries) != 2 || !strings.HasPrefix(queries[0], "SELECT EXISTS") || strings.Contains(queries[1], "count(*)") {
		t.Errorf("an array element: want the guard then the stock query, got %q", queries)
	}

	_, result := f.explain(t, bson.D{{Key: "find", Value: "tasks"}, {Key: "filter", Value: inbox}, {Key: "sort", Value: sort}, {Key: "skip", Value: int64(20)}, {Key: "limit", Value: int64(20)}})
	if result["filterPushdown"] != true || result["sortPushdown"] != true || result["limitPushdown"] != true {
		t.Errorf("explain: filterPushdown %v sortPushdown %v limitPushdown %v, want all true", result["filterPushdown"], result["sortPushdown"], result["limitPushdown"])
	}
	_, result = f.explain(t, bson.D{{Key: "find", Value: "tasks"}, {Key: "filter", Value: reference(inbox)}, {Key: "sort", Value: sort}, {Key: "limit", Value: 20}})
	if result["sortPushdown"] != false || result["limitPushdown"] != false {
		t.Errorf("explain of a filter not applied exactly: sortPushdown %v limitPushdown %v, want false", result["sortPushdown"], result["limitPushdown"])
	}

	// The count pipeline's answer has the stock shape, and none when nothing matches.
	for _, filter := range []bson.D{inbox, {{Key: "assigneeId", Value: "nobody"}}} {
		var got, want []bson.M
		for i, match := range []bson.D{filter, reference(filter)} {
			pipeline := mongo.Pipeline{{{Key: "$match", Value: match}}, {{Key: "$group", Value: bson.D{{Key: "_id", Value: 1}, {Key: "n", Value: bson.D{{Key: "$sum", Value: 1}}}}}}}
			cursor, err := tasks.Aggregate(ctx, pipeline)
			if err != nil {
				t.Fatal(err)
			}
			if err := cursor.All(ctx, []*[]bson.M{&got, &want}[i]); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("count pipeline for %v: %v, stock %v", filter, got, want)
		}
	}
}
