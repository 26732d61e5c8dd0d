package main

import (
	"context"
	_ "embed"
	"fmt"
	"net/url"

	"github.com/jackc/pgx/v5"
)

// companionIndexesSQL installs the event triggers that keep companion indexes beside FerretDB's
// indexes, and adds those missing for indexes made before; see the file for what and why.
//
//go:embed companion_indexes.sql
var companionIndexesSQL string

// preparePostgreSQL readies the PostgreSQL database behind postgresqlURL for FerretDB and
// returns the URL FerretDB should use.
//
// The URL asks every connection for plan_cache_mode=force_custom_plan: FerretDB passes field
// names as query parameters (`_jsonb->$1 @> $2`) through cached prepared statements, and only a
// custom plan, made with the parameters' values, can match `_jsonb->$1` with the GIN index on
// `_jsonb->'field'`. After five runs PostgreSQL would otherwise switch to a generic plan: a scan.
func preparePostgreSQL(ctx context.Context, postgresqlURL string) (string, error) {
	u, err := url.Parse(postgresqlURL)
	if err != nil {
		return "", fmt.Errorf("bad -postgresql-url: %w", err)
	}
	query := u.Query()
	if !query.Has("plan_cache_mode") {
		query.Set("plan_cache_mode", "force_custom_plan")
	}
	u.RawQuery = query.Encode()

	conn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		return "", fmt.Errorf("cannot connect to PostgreSQL: %w", err)
	}
	defer conn.Close(context.Background())

	// One transaction, so that the triggers are installed whole or not at all.
	if err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, companionIndexesSQL, pgx.QueryExecModeSimpleProtocol)
		return err
	}); err != nil {
		return "", fmt.Errorf("cannot install the companion index triggers (the user must be a superuser): %w", err)
	}
	return u.String(), nil
}
