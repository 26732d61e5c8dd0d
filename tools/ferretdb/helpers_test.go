package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/FerretDB/FerretDB/ferretdb"
	"github.com/jackc/pgx/v5"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// postgresqlURLEnv names the superuser URL of the PostgreSQL server the tests create databases on.
const postgresqlURLEnv = "TONGBAN_TEST_POSTGRESQL_URL"

func TestMain(m *testing.M) {
	// Without a server these tests would prove nothing, so they fail rather than skip.
	if os.Getenv(postgresqlURLEnv) == "" {
		fmt.Fprintf(os.Stderr, "%s is not set: it must be a superuser URL of a PostgreSQL 16 server the tests may create databases on\n", postgresqlURLEnv)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// newDatabase creates a PostgreSQL database of its own for the test and returns its URL.
func newDatabase(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	server := os.Getenv(postgresqlURLEnv)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "tongban_ferretdb_test_" + hex.EncodeToString(b)

	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, server)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
			t.Error(err)
		}
	})

	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// sqlLog collects the SQL that FerretDB sends to PostgreSQL (pgx logs each query with its text).
type sqlLog struct {
	m       sync.Mutex
	queries []string
	args    map[string][]any // the arguments each query was last run with
}

// Enabled takes pgx's query records (FerretDB logs them at Debug+2) and what is above, not
// FerretDB's debug records, which dump every message.
func (l *sqlLog) Enabled(_ context.Context, level slog.Level) bool { return level >= slog.LevelDebug+2 }
func (l *sqlLog) WithAttrs([]slog.Attr) slog.Handler               { return l }
func (l *sqlLog) WithGroup(string) slog.Handler                    { return l }
func (l *sqlLog) Handle(_ context.Context, r slog.Record) error {
	var sql string
	var args []any
	r.Attrs(func(a slog.Attr) bool {
		switch a.Key {
		case "sql":
			sql = a.Value.String()
		case "args": // FerretDB's logger makes a group of them, keyed by position
			for _, arg := range a.Value.Group() {
				args = append(args, arg.Value.Any())
			}
		}
		return true
	})
	if sql != "" {
		l.m.Lock()
		l.queries = append(l.queries, sql)
		if l.args == nil {
			l.args = map[string][]any{}
		}
		l.args[sql] = args
		l.m.Unlock()
	}
	return nil
}

// explainLogged returns PostgreSQL's plan (JSON text) of a query FerretDB sent, run with the
// arguments it was sent with: how the queries FerretDB's explain does not show (the patch's
// guards) are checked.
func (f *ferretDB) explainLogged(t testing.TB, sql string) string {
	t.Helper()
	f.sql.m.Lock()
	args, ok := f.sql.args[sql]
	f.sql.m.Unlock()
	if !ok {
		t.Fatalf("no such query logged: %s", sql)
	}
	return strings.Join(f.pg(t, "EXPLAIN (FORMAT JSON) "+sql, args...), "\n")
}

// since returns the queries logged after the first n, and how many there are now.
// pgx logs a query more than once (sent, done); repeats in a row are left out.
func (l *sqlLog) since(n int) ([]string, int) {
	l.m.Lock()
	defer l.m.Unlock()
	return slices.Compact(slices.Clone(l.queries[n:])), len(l.queries)
}

// ferretDB is the real FerretDB library serving one PostgreSQL database, as the wrapper runs it.
type ferretDB struct {
	db    *mongo.Database
	pgURL string
	sql   *sqlLog
}

// startFerretDB prepares the PostgreSQL database at pgURL as main does and serves it with
// FerretDB until the test ends.
func startFerretDB(t testing.TB, pgURL string) *ferretDB {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ferretURL, err := preparePostgreSQL(ctx, pgURL)
	if err != nil {
		t.Fatal(err)
	}
	log := new(sqlLog)
	server, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: "127.0.0.1:0"},
		Handler:       "postgresql",
		PostgreSQLURL: ferretURL,
		Logger:        slog.New(log),
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
	return &ferretDB{db: client.Database("tongban"), pgURL: pgURL, sql: log}
}

// pg runs a query on the test's PostgreSQL database and returns the first column of each row.
func (f *ferretDB) pg(t testing.TB, query string, args ...any) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, f.pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, query, args...)
	if err != nil {
		t.Fatal(err)
	}
	values, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (string, error) {
		var v any
		if err := row.Scan(&v); err != nil {
			return "", err
		}
		return fmt.Sprint(v), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return values
}

// explain returns FerretDB's explain of a command, with PostgreSQL's plan as JSON text.
func (f *ferretDB) explain(t testing.TB, command bson.D) (plan string, result bson.M) {
	t.Helper()
	if err := f.db.RunCommand(context.Background(), bson.D{{Key: "explain", Value: command}}).Decode(&result); err != nil {
		t.Fatal(err)
	}
	b, err := bson.MarshalExtJSON(result["queryPlanner"], false, false)
	if err != nil {
		t.Fatal(err)
	}
	return string(b), result
}

// mustNotScan fails when a PostgreSQL plan reads a whole table.
func mustNotScan(t testing.TB, what, plan string) {
	t.Helper()
	if strings.Contains(plan, "Seq Scan") || !strings.Contains(plan, "Index Scan") {
		t.Errorf("%s: want an index scan, got %s", what, plan)
	}
}
