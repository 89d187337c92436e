package org.newsgraph.load;

import java.nio.file.Path;

/**
 * What {@code --into} names: {@code duckdb:PATH}, {@code postgresql://HOST:PORT/DB} (also
 * {@code postgres://}, user and password allowed before the host) or {@code tdb2:DIR}.
 */
public record TargetSpec(Kind kind, String location) {
    public enum Kind { DUCKDB, POSTGRESQL, TDB2 }

    public static final String DEFAULT_DUCKDB_FILE = "newsgraph.duckdb";

    /** The default target of a load: {@code OUT/newsgraph.duckdb} in the first output folder. */
    public static TargetSpec defaultFor(Path firstFolder) {
        return new TargetSpec(Kind.DUCKDB, firstFolder.resolve(DEFAULT_DUCKDB_FILE).toString());
    }

    public static TargetSpec parse(String spec) {
        if (spec.startsWith("duckdb:") && spec.length() > "duckdb:".length()) {
            return new TargetSpec(Kind.DUCKDB, spec.substring("duckdb:".length()));
        }
        if (spec.startsWith("tdb2:") && spec.length() > "tdb2:".length()) {
            return new TargetSpec(Kind.TDB2, spec.substring("tdb2:".length()));
        }
        for (String scheme : new String[] {"postgresql://", "postgres://", "jdbc:postgresql://"}) {
            if (spec.startsWith(scheme) && spec.length() > scheme.length()) {
                return new TargetSpec(Kind.POSTGRESQL, spec.substring(scheme.length()));
            }
        }
        throw new IllegalArgumentException("unknown target '" + spec + "': give duckdb:PATH, postgresql://HOST:PORT/DB or tdb2:DIR");
    }
}
