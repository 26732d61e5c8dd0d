package main

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// BenchmarkPushdown measures a lookup by _id and the inbox page (two equal fields, newest first,
// 20 per page, plus its count) on task projections where the inbox filter matches 20 %, in
// three set-ups on the same data:
//
//   - patched: this wrapper (companion indexes, sort/limit/count pushed down);
//   - stock+gin: FerretDB's stock query path with the companion indexes, of which it can use
//     the GIN ones (a $comment in the filter makes the patch decline, as it does for any
//     filter it cannot apply exactly);
//   - stock: the same after dropping the companion indexes and triggers, i.e. stock FerretDB.
//
// It reports the median of the runs in ms (-benchtime=21x gives 21 runs):
//
//	go test -modfile=... -run '^$' -bench Pushdown -benchtime=21x -timeout 1h
func BenchmarkPushdown(b *testing.B) {
	ctx := context.Background()
	for _, size := range []int{10_000, 100_000} {
		f := startFerretDB(b, newDatabase(b))
		tasks := loadTaskProjections(b, f, size)
		inbox := bson.D{{Key: "assigneeId", Value: "u1"}, {Key: "status", Value: "open"}}
		page := options.Find().SetSort(bson.D{{Key: "createdAt", Value: -1}, {Key: "_id", Value: 1}}).SetSkip(40).SetLimit(20)

		for _, setUp := range []string{"patched", "stock+gin", "stock"} {
			filter := inbox
			if setUp != "patched" {
				filter = append(bson.D{{Key: "$comment", Value: "stock path"}}, inbox...)
			}
			if setUp == "stock" {
				f.pg(b, `DROP EVENT TRIGGER tongban_ferretdb_create_index`)
				f.pg(b, `DROP EVENT TRIGGER tongban_ferretdb_drop_index`)
				for _, index := range f.pg(b, `SELECT indexname FROM pg_indexes WHERE schemaname = 'tongban' AND indexname LIKE 'tongban\_%'`) {
					f.pg(b, `DROP INDEX tongban.`+index)
				}
			}

			b.Run(fmt.Sprintf("%dk/%s/_id", size/1000, setUp), func(b *testing.B) {
				median(b, func(i int) {
					id := fmt.Sprintf("t%07d", i*7919%size)
					if err := tasks.FindOne(ctx, bson.D{{Key: "_id", Value: id}}).Err(); err != nil {
						b.Fatal(err)
					}
				})
			})
			b.Run(fmt.Sprintf("%dk/%s/inbox", size/1000, setUp), func(b *testing.B) {
				median(b, func(int) {
					cursor, err := tasks.Find(ctx, filter, page)
					if err != nil {
						b.Fatal(err)
					}
					var docs []bson.M
					if err := cursor.All(ctx, &docs); err != nil || len(docs) != 20 {
						b.Fatal(len(docs), err)
					}
					n, err := tasks.CountDocuments(ctx, filter)
					if err != nil || n != int64(size/5) {
						b.Fatal(n, err)
					}
				})
			})
		}
	}
}

// median runs op b.N times and reports the median duration in ms.
func median(b *testing.B, op func(i int)) {
	durations := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		start := time.Now()
		op(i)
		durations = append(durations, time.Since(start))
	}
	slices.Sort(durations)
	b.ReportMetric(float64(durations[len(durations)/2].Microseconds())/1000, "median-ms")
}

// loadTaskProjections inserts size documents shaped like the app's task projections, with the
// app's inbox index; assigneeId takes 4 values and status is "open" 4 times in 5 (20 % match).
func loadTaskProjections(b testing.TB, f *ferretDB, size int) *mongo.Collection {
	ctx := context.Background()
	tasks := f.db.Collection("tasks")
	if _, err := tasks.Indexes().CreateMany(ctx, []mongo.IndexModel{
		{Keys: bson.D{{Key: "assigneeId", Value: 1}, {Key: "status", Value: 1}, {Key: "createdAt", Value: -1}}},
		{Keys: bson.D{{Key: "requestId", Value: 1}}},
	}); err != nil {
		b.Fatal(err)
	}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for first := 0; first < size; first += 1000 {
		docs := make([]any, 0, 1000)
		for i := first; i < first+1000 && i < size; i++ {
			status := "open"
			if i%5 == 0 {
				status = "approved"
			}
			docs = append(docs, bson.M{
				"_id": fmt.Sprintf("t%07d", i), "requestId": fmt.Sprintf("r%07d", i/3), "stepId": "review",
				"stepName":   bson.M{"zh": "部门审批", "en": "Department review"},
				"processKey": "leave", "processName": bson.M{"zh": "请假", "en": "Leave"},
				"status": status, "assigneeId": fmt.Sprintf("u%d", i%4), "applicantOrgName": "市民政局",
				"createdAt": start.Add(time.Duration(i) * time.Second).Format(time.RFC3339), "revision": int32(1),
			})
		}
		if _, err := tasks.InsertMany(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	f.pg(b, `VACUUM ANALYZE`)
	return tasks
}
