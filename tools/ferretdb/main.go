// Command ferretdb runs FerretDB with its SQLite backend for Tongban's local stack.
//
// The stock cmd/ferretdb of v1.24.2 panics at start when built from the module
// proxy because build/version/version.txt is not part of the published module;
// the embeddable library package has no such dependency, so we wrap it here.
// The wrapper also gives every collection the index FerretDB's lookups by
// `_id` need and do not get (pushdown_indexes.go).
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to accept MongoDB wire protocol connections on")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite URI of the directory that holds the databases (must end with /)")
	logLevel := flag.String("log-level", "warn", "log level: debug, info, warn or error")
	indexEvery := flag.Duration("pushdown-index-every", 2*time.Second, "how often new collections get their _id pushdown index (see pushdown_indexes.go)")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: bad -log-level %q: %v\n", *logLevel, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	// Cancelling the context is how the library shuts down: it closes the
	// listener and all connections, then the SQLite backend, so data is flushed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
		Logger:    logger,
	})
	if err != nil {
		logger.Error("cannot start", slog.Any("error", err))
		os.Exit(1)
	}

	dir, err := sqliteDir(*sqliteURL)
	if err != nil {
		logger.Error("cannot start", slog.Any("error", err))
		os.Exit(2)
	}
	if dir != "" {
		go newPushdownIndexes(dir, logger).keep(ctx, *indexEvery)
	}

	logger.Info("listening", slog.String("addr", *listenAddr), slog.String("sqlite", *sqliteURL))
	if err := server.Run(ctx); err != nil {
		logger.Error("stopped with an error", slog.Any("error", err))
		os.Exit(1)
	}
}
