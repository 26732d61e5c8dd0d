// Command ferretdb runs FerretDB 1.24.2 with its PostgreSQL backend for Tongban's local stack.
//
// The stock cmd/ferretdb of v1.24.2 panics at start when built from the module
// proxy because build/version/version.txt is not part of the published module;
// the embeddable library package has no such dependency, so we wrap it here.
// Before serving, the wrapper installs the PostgreSQL event triggers that give
// FerretDB's indexes companions its queries can use (companion_indexes.sql).
// It is built against FerretDB patched for sort, limit and count pushdown
// (patches/, applied by tools/src/ferretdb-build.ts); see README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to accept MongoDB wire protocol connections on")
	postgresqlURL := flag.String("postgresql-url", "", "PostgreSQL URL of the database to keep data in, as a superuser (e.g. postgres://postgres@127.0.0.1:5432/postgres)")
	sqliteURL := flag.String("sqlite-url", "", "instead of -postgresql-url: SQLite URI of an old data directory (must end with /), only to migrate it")
	logLevel := flag.String("log-level", "warn", "log level: debug, info, warn or error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: bad -log-level %q: %v\n", *logLevel, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	if (*postgresqlURL == "") == (*sqliteURL == "") {
		fmt.Fprintln(os.Stderr, "ferretdb: give exactly one of -postgresql-url and -sqlite-url")
		os.Exit(2)
	}

	// Cancelling the context is how the library shuts down: it closes the
	// listener and all connections, then the backend.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	config := &ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
		Logger:    logger,
	}
	if *postgresqlURL != "" {
		url, err := preparePostgreSQL(ctx, *postgresqlURL)
		if err != nil {
			logger.Error("cannot start", slog.Any("error", err))
			os.Exit(1)
		}
		config.Handler, config.SQLiteURL, config.PostgreSQLURL = "postgresql", "", url
	}

	server, err := ferretdb.New(config)
	if err != nil {
		logger.Error("cannot start", slog.Any("error", err))
		os.Exit(1)
	}

	logger.Info("listening", slog.String("addr", *listenAddr), slog.String("handler", config.Handler))
	if err := server.Run(ctx); err != nil {
		logger.Error("stopped with an error", slog.Any("error", err))
		os.Exit(1)
	}
}
