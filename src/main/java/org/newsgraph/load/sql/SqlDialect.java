package org.newsgraph.load.sql;

/** What differs between the two SQL targets: column types and how rows are written in bulk. */
enum SqlDialect {
    // DuckDB's JSON type is its built-in json extension's; DOUBLE is IEEE double in both.
    DUCKDB("VARCHAR", "JSON", "DOUBLE"),
    POSTGRESQL("TEXT", "JSONB", "DOUBLE PRECISION");

    final String text;
    final String json;
    final String real;

    SqlDialect(String text, String json, String real) {
        this.text = text;
        this.json = json;
        this.real = real;
    }
}
