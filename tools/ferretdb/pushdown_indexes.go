package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the SQLite build FerretDB itself uses, so both share one lock table
)

// pushdownExpression is how FerretDB 1.24's SQLite backend looks a document up
// by `_id` (metadata.IDColumn). The unique `_id_` index FerretDB creates is on
// `_ferretdb_sjson->"_id"` instead, and SQLite only uses an expression index
// for the very same expression, so every lookup by `_id` scans its table.
const pushdownExpression = `_ferretdb_sjson->'$._id'`

// pushdownIndexSuffix names the extra index; FerretDB's own index names never end so.
const pushdownIndexSuffix = "__id_pushdown"

// collectionsTable is where FerretDB's SQLite backend lists each database's collections.
const collectionsTable = "_ferretdb_collections"

// pushdownIndexes adds, to every collection's table, an index on the
// expression FerretDB's `_id` lookups use, so that `find`, `update` and
// `delete` by `_id` search instead of scanning. The index is not unique
// (FerretDB's own index keeps enforcing that) and FerretDB does not know it
// exists: dropping a collection drops its table and the index with it.
type pushdownIndexes struct {
	dir    string
	logger *slog.Logger
	// dbs holds one connection pool per database file, kept across sweeps.
	dbs map[string]openDatabase
	// indexed lists the tables already given the index, so a sweep skips them.
	indexed map[string]bool
}

// sqliteDir returns the directory of a FerretDB SQLite URL ("file:data/",
// "file:/var/lib/tongban/ferretdb/"), or "" for an in-memory database.
func sqliteDir(sqliteURL string) (string, error) {
	u, err := url.Parse(sqliteURL)
	if err != nil {
		return "", fmt.Errorf("bad SQLite URL %q: %w", sqliteURL, err)
	}
	if u.Query().Get("mode") == "memory" {
		return "", nil
	}
	dir := u.Path
	if dir == "" {
		dir = u.Opaque
	}
	if dir == "" {
		return "", fmt.Errorf("SQLite URL %q names no directory", sqliteURL)
	}
	return dir, nil
}

// openDatabase is a connection pool and the file it was opened on.
type openDatabase struct {
	db   *sql.DB
	file os.FileInfo
}

func newPushdownIndexes(dir string, logger *slog.Logger) *pushdownIndexes {
	return &pushdownIndexes{dir: dir, logger: logger, dbs: map[string]openDatabase{}, indexed: map[string]bool{}}
}

// keep sweeps every `every` until ctx ends: collections appear whenever a
// client first writes to one, so one sweep at start is not enough.
func (p *pushdownIndexes) keep(ctx context.Context, every time.Duration) {
	defer p.close()
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		if err := p.sweep(ctx); err != nil && ctx.Err() == nil {
			p.logger.Warn("cannot add _id pushdown indexes; lookups by _id scan until a later sweep succeeds",
				slog.Any("error", err))
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// sweep gives every table of every database file in the directory its index.
func (p *pushdownIndexes) sweep(ctx context.Context) error {
	files, err := filepath.Glob(filepath.Join(p.dir, "*.sqlite"))
	if err != nil {
		return err
	}
	var errs []error
	for _, file := range files {
		if err := p.sweepDatabase(ctx, file); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.Base(file), err))
		}
	}
	return errors.Join(errs...)
}

func (p *pushdownIndexes) sweepDatabase(ctx context.Context, file string) error {
	db, err := p.open(file)
	if err != nil {
		return err
	}
	rows, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT table_name FROM %q`, collectionsTable))
	if err != nil {
		// FerretDB creates the file first and its metadata table right after.
		if strings.Contains(err.Error(), "no such table") {
			return nil
		}
		return err
	}
	var tables []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, table)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	for _, table := range tables {
		key := file + "\x00" + table
		if p.indexed[key] {
			continue
		}
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (%s)`, table+pushdownIndexSuffix, table, pushdownExpression)
		if _, err := db.ExecContext(ctx, q); err != nil {
			// Dropped between the listing and now: nothing to index.
			if strings.Contains(err.Error(), "no such table") {
				continue
			}
			return fmt.Errorf("index %s: %w", table, err)
		}
		p.indexed[key] = true
		p.logger.Debug("added _id pushdown index", slog.String("database", filepath.Base(file)), slog.String("table", table))
	}
	return nil
}

func (p *pushdownIndexes) open(file string) (*sql.DB, error) {
	info, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	if open, ok := p.dbs[file]; ok {
		if os.SameFile(open.file, info) {
			return open.db, nil
		}
		// The database was dropped and made again (a new file under the old name): start afresh.
		open.db.Close()
		delete(p.dbs, file)
		for key := range p.indexed {
			if strings.HasPrefix(key, file+"\x00") {
				delete(p.indexed, key)
			}
		}
	}
	// Waits, as FerretDB does, rather than failing while FerretDB holds the write lock.
	db, err := sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	p.dbs[file] = openDatabase{db: db, file: info}
	return db, nil
}

func (p *pushdownIndexes) close() {
	for _, open := range p.dbs {
		open.db.Close()
	}
}
