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
)

// gridFSFiles fills a collection shaped like GridFS's files, with the app's indexes on nested
// fields, and the shapes MongoDB looks into on a dotted path: arrays of documents on the way,
// arrays at the end, a document where a string is, an ObjectID of a string's hex, a name that looks
// like a position. (FerretDB refuses arrays in arrays.)
func gridFSFiles(t *testing.T, f *ferretDB) *mongo.Collection {
	t.Helper()
	ctx := context.Background()
	files := f.db.Collection("files")
	if _, err := files.Indexes().CreateMany(ctx, []mongo.IndexModel{
		{Keys: bson.D{{Key: "metadata.requestId", Value: 1}}},
		{Keys: bson.D{{Key: "metadata.uploadedBy.userId", Value: 1}}},
		{Keys: bson.D{{Key: "filename", Value: 1}, {Key: "uploadDate", Value: 1}}},
	}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var docs []any
	for i := range 3000 {
		metadata := bson.M{"requestId": fmt.Sprintf("r%d", i%300), "uploadedBy": bson.M{"userId": fmt.Sprintf("u%d", i%100)}}
		if i%7 == 0 {
			delete(metadata, "requestId") // uploaded, not yet attached
		}
		docs = append(docs, bson.M{"_id": fmt.Sprintf("f%04d", i), "filename": "a.pdf", "uploadDate": day.Add(time.Duration(i) * time.Minute), "metadata": metadata})
	}
	for i, metadata := range []any{
		bson.A{bson.M{"requestId": "zz"}, bson.M{"requestId": "r1", "uploadedBy": bson.M{"userId": "u1"}}}, // an array on the way
		bson.M{"requestId": bson.A{"r2", "r1"}, "uploadedBy": bson.A{bson.M{"userId": "u9"}, bson.M{"userId": "u1"}}},
		bson.M{"requestId": bson.M{"r1": "r1"}}, // a document
		bson.M{"requestId": must(primitive.ObjectIDFromHex(hexID))},
		bson.M{"requestId": hexID, "uploadedBy": "u1"}, // a string where a document is on the way
		bson.M{"0": bson.M{"requestId": "r1"}},         // a name that looks like a position
		"r1", nil,
	} {
		docs = append(docs, bson.M{"_id": fmt.Sprintf("x%d", i), "filename": "b.pdf", "uploadDate": day, "metadata": metadata})
	}
	if _, err := files.InsertMany(ctx, docs); err != nil {
		t.Fatal(err)
	}
	f.pg(t, "ANALYZE")
	return files
}

var nestedFilters = map[string]bson.D{
	"requestId":                {{Key: "metadata.requestId", Value: "r1"}},
	"requestId $eq":            {{Key: "metadata.requestId", Value: bson.M{"$eq": "r2"}}},
	"requestId $in":            {{Key: "metadata.requestId", Value: bson.M{"$in": bson.A{"r1", "zz", hexID}}}},
	"requestId of an ObjectID": {{Key: "metadata.requestId", Value: hexID}},
	"uploader, unattached":     {{Key: "metadata.uploadedBy.userId", Value: "u1"}, {Key: "metadata.requestId", Value: bson.M{"$exists": false}}},
	"uploader, attached, old":  {{Key: "_id", Value: bson.M{"$in": bson.A{"f0001", "f0007", "x0", "x1"}}}, {Key: "metadata.requestId", Value: bson.M{"$exists": true}}, {Key: "metadata.uploadedBy.userId", Value: "u1"}},
	"a position":               {{Key: "metadata.0.requestId", Value: "r1"}},
}

func TestNestedPushdownGivesTheStockResults(t *testing.T) {
	ctx := context.Background()
	f := startFerretDB(t, newDatabase(t))
	files := gridFSFiles(t, f)
	byUploadDate := bson.D{{Key: "uploadDate", Value: 1}, {Key: "_id", Value: 1}}

	for name, filter := range nestedFilters {
		want := ids(find(t, files, reference(filter), byUploadDate, 0, 0))
		if got := ids(find(t, files, filter, byUploadDate, 0, 0)); !slices.Equal(got, want) {
			t.Errorf("find %s: %v, stock %v", name, got, want)
		}
		if got := ids(find(t, files, filter, byUploadDate, 1, 3)); !slices.Equal(got, want[min(1, len(want)):min(4, len(want))]) {
			t.Errorf("find %s, skip 1 limit 3: %v, stock %v", name, got, want)
		}
		if got := count(t, files, filter); got != int64(len(want)) {
			t.Errorf("count %s: %d, stock %d", name, got, len(want))
		}
		var got, stock []bson.M
		for i, match := range []bson.D{filter, reference(filter)} {
			cursor, err := files.Aggregate(ctx, mongo.Pipeline{{{Key: "$match", Value: match}}, {{Key: "$sort", Value: bson.D{{Key: "_id", Value: 1}}}}})
			if err != nil {
				t.Fatal(err)
			}
			if err := cursor.All(ctx, []*[]bson.M{&got, &stock}[i]); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(got, stock) {
			t.Errorf("aggregate $match %s: %v, stock %v", name, ids(got), ids(stock))
		}
	}
	// MongoDB's meaning, not FerretDB's: the array on the way and the array at the end match.
	if got := ids(find(t, files, nestedFilters["requestId"], bson.D{{Key: "_id", Value: 1}}, 0, 0)); !slices.Contains(got, "x0") || !slices.Contains(got, "x1") || slices.Contains(got, "x2") || slices.Contains(got, "x5") {
		t.Errorf("metadata.requestId r1: %v, want x0 and x1 among them, not x2 (a document) nor x5 (a name, not a position)", got)
	}
}

// Stock FerretDB gave update and delete `#>` alone on a dotted path, which misses a document
// with an array on the way: they must touch what the stock find path matches.
func TestNestedPushdownWritesTheStockDocuments(t *testing.T) {
	ctx := context.Background()
	f := startFerretDB(t, newDatabase(t))
	files := gridFSFiles(t, f)

	for i, name := range []string{"requestId", "requestId $in", "uploader, unattached"} {
		filter := nestedFilters[name]
		want := ids(find(t, files, reference(filter), bson.D{{Key: "_id", Value: 1}}, 0, 0))
		mark := fmt.Sprintf("mark%d", i)
		res, err := files.UpdateMany(ctx, filter, bson.M{"$set": bson.M{"mark": mark}})
		if err != nil {
			t.Fatal(err)
		}
		marked := ids(find(t, files, reference(bson.D{{Key: "mark", Value: mark}}), bson.D{{Key: "_id", Value: 1}}, 0, 0))
		if res.MatchedCount != int64(len(want)) || !slices.Equal(marked, want) {
			t.Errorf("updateMany %s: matched %d, marked %v, want %v", name, res.MatchedCount, marked, want)
		}
		deleted, err := files.DeleteMany(ctx, filter)
		if err != nil {
			t.Fatal(err)
		}
		if deleted.DeletedCount != int64(len(want)) {
			t.Errorf("deleteMany %s: deleted %d, want %d", name, deleted.DeletedCount, len(want))
		}
	}
}

func TestNestedEqualityReadsIndexes(t *testing.T) {
	f := startFerretDB(t, newDatabase(t))
	gridFSFiles(t, f)

	for _, name := range []string{"requestId", "requestId $in", "uploader, unattached"} {
		command := bson.D{{Key: "find", Value: "files"}, {Key: "filter", Value: nestedFilters[name]}, {Key: "sort", Value: bson.D{{Key: "uploadDate", Value: 1}, {Key: "_id", Value: 1}}}}
		plan, result := f.explain(t, command)
		mustNotScan(t, name, plan)
		if !strings.Contains(plan, "BitmapOr") || result["filterPushdown"] != true {
			t.Errorf("%s: want a BitmapOr of the path's GIN index and the has indexes of its prefixes, got %s", name, plan)
		}
	}
}
