package vn.bantin.move;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Copies everything a portal keeps in its embedded database (bulletins, figures and images,
 * revisions, sections, accounts with their password hashes, API tokens, the audit log, reading
 * counts, sign-in counts, sequences) into an empty PostgreSQL database.
 *
 * <p>The source is opened read-only and never written. The target must have no tables: the schema
 * is made there by the portal's own migrations, up to the version the source is at, then every
 * table is copied in one transaction, parents before children, and the row count of each table
 * is compared before that transaction commits; sequences continue where the source's are. A portal
 * started on the target afterwards serves the same site.
 *
 * <p>Usage: {@code EmbeddedToPostgres DATA_DIR JDBC_URL [USER]}; the password comes from
 * {@code BANTIN_DB_PASSWORD}. Exit status 0 when moved, 1 when refused or failed (with the reason).
 */
public final class EmbeddedToPostgres {

    /** Flyway's own table: the target gets its own history from the migrations it runs. */
    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 200;

    private final Path dataDir;
    private final String targetUrl;
    private final String user;
    private final String password;

    EmbeddedToPostgres(Path dataDir, String targetUrl, String user, String password) {
        this.dataDir = dataDir;
        this.targetUrl = targetUrl;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("Usage: EmbeddedToPostgres DATA_DIR JDBC_URL [USER]   (password in BANTIN_DB_PASSWORD)");
            System.exit(2);
        }
        try {
            Map<String, Long> moved = new EmbeddedToPostgres(Path.of(args[0]), args[1], args.length > 2 ? args[2] : null,
                    System.getenv("BANTIN_DB_PASSWORD")).move();
            moved.forEach((table, rows) -> System.out.printf("%-24s %8d rows%n", table, rows));
            System.out.println("Moved: every table holds as many rows in PostgreSQL as in the embedded database.");
        } catch (Refused e) {
            System.err.println("Not moved: " + e.getMessage());
            System.exit(1);
        } catch (SQLException | RuntimeException e) {
            System.err.println("Not moved: " + e);
            System.err.println("Nothing was committed to the tables; the target may hold the empty schema: "
                    + "drop and create the database again before the next try. The embedded database is unchanged.");
            System.exit(1);
        }
    }

    /** Why a move is refused before anything is written. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /** Moves everything; answers each table's row count, in the order the tables were copied. */
    Map<String, Long> move() throws Refused, SQLException {
        if (!targetUrl.startsWith("jdbc:postgresql:")) {
            throw new Refused("the target must be a jdbc:postgresql: URL, got " + targetUrl);
        }
        Path file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("bantin.mv.db");
        if (!Files.isRegularFile(file)) {
            throw new Refused("no embedded database at " + file + " (give the portal's data directory, BANTIN_DATA_DIR)");
        }
        String sourceUrl = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("bantin")
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection source = openSource(sourceUrl); Connection target = DriverManager.getConnection(targetUrl, user, password)) {
            List<String> existing = tables(target.getMetaData(), "public");
            if (!existing.isEmpty()) {
                throw new Refused("the target database is not empty (it has the tables " + existing
                        + "); give a new database, made with createdb");
            }
            String version = sourceVersion(source);
            Flyway.configure(EmbeddedToPostgres.class.getClassLoader())
                    .dataSource(targetUrl, user, password)
                    .locations("classpath:db/migration")
                    .target(MigrationVersion.fromVersion(version))
                    .load()
                    .migrate();
            return copy(source, target);
        }
    }

    private static Connection openSource(String url) throws Refused {
        try {
            // The embedded database's own account, as the portal makes it (ConfiguredDataSource).
            return DriverManager.getConnection(url, "bantin", "");
        } catch (SQLException e) {
            throw new Refused("the embedded database cannot be opened read-only (" + e.getMessage().lines().findFirst().orElse("")
                    + "); stop the portal that uses it first");
        }
    }

    private static String sourceVersion(Connection source) throws SQLException, Refused {
        try (Statement statement = source.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + HISTORY + "\" WHERE \"success\""
                        + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            if (!rows.next()) {
                throw new Refused("the embedded database has no schema yet; start the portal on it once");
            }
            return rows.getString(1);
        }
    }

    private Map<String, Long> copy(Connection source, Connection target) throws SQLException, Refused {
        target.setAutoCommit(false);
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            List<String> order = parentsFirst(target.getMetaData());
            for (String table : order) {
                // Rows a migration put there (a job's first turn, say) come from the source instead.
                try (Statement statement = target.createStatement()) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
                copyRows(source, target, table);
            }
            for (String table : order) {
                long from = count(source, table);
                long to = count(target, table);
                if (from != to) {
                    throw new SQLException(table + ": " + from + " rows in the embedded database, " + to + " copied");
                }
                counts.put(table, to);
            }
            continueSequences(source, target);
            target.commit();
            return counts;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        }
    }

    private static void copyRows(Connection source, Connection target, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet rows = target.getMetaData().getColumns(null, "public", table, null)) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"));
            }
        }
        List<String> names = new ArrayList<>(columns.keySet());
        String select = "SELECT " + String.join(", ", names.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList())
                + " FROM " + table.toUpperCase(Locale.ROOT);
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (Statement reading = source.createStatement(); ResultSet rows = reading.executeQuery(select);
                PreparedStatement writing = target.prepareStatement(insert)) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < names.size(); i++) {
                    int type = columns.get(names.get(i));
                    if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
                        writing.setBytes(i + 1, rows.getBytes(i + 1));
                    } else {
                        Object value = rows.getObject(i + 1);
                        if (value == null) {
                            writing.setNull(i + 1, type);
                        } else {
                            writing.setObject(i + 1, value);
                        }
                    }
                }
                writing.addBatch();
                if (++pending == BATCH) {
                    writing.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                writing.executeBatch();
            }
        }
    }

    /** Each sequence continues from the value the embedded database would have given next. */
    private static void continueSequences(Connection source, Connection target) throws SQLException {
        try (Statement reading = source.createStatement();
                ResultSet sequences = reading.executeQuery("SELECT SEQUENCE_NAME, BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES"
                        + " WHERE SEQUENCE_SCHEMA = 'PUBLIC'");
                Statement writing = target.createStatement()) {
            while (sequences.next()) {
                String name = sequences.getString(1).toLowerCase(Locale.ROOT);
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new SQLException("Unexpected sequence name " + name);
                }
                writing.execute("ALTER SEQUENCE " + name + " RESTART WITH " + sequences.getLong(2));
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The portal's tables of the target, every table after those its foreign keys point to. */
    private static List<String> parentsFirst(DatabaseMetaData target) throws SQLException {
        List<String> tables = tables(target, "public");
        tables.remove(HISTORY);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> of = new LinkedHashSet<>();
            try (ResultSet keys = target.getImportedKeys(null, "public", table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        of.add(parent);
                    }
                }
            }
            parents.put(table, of);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < tables.size()) {
            boolean progressed = false;
            for (String table : tables) {
                if (!order.contains(table) && order.containsAll(parents.get(table))) {
                    order.add(table);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("Foreign keys form a cycle among " + tables);
            }
        }
        return order;
    }

    private static List<String> tables(DatabaseMetaData metadata, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
