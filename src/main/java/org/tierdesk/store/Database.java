package org.tierdesk.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.TransactionalRunnable;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.tierdesk.store.audit.AuditTriggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The manager's H2 file database in a data folder: created and migrated on open, reached through jOOQ.
 * Writes go through {@link #inTransaction}: one user action, one transaction, all or nothing.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "tierdesk";
    /** The version of the newest migration in db/migration (a test checks that they agree). */
    static final String SCHEMA_VERSION = "6";
    /** The page cache, in KB (see {@link #url}). */
    private static final int CACHE_KB = 64 * 1024;

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final DatabasePassword password;

    private Database(Path folder, JdbcConnectionPool pool, DatabasePassword password) {
        this.folder = folder;
        this.pool = pool;
        this.password = password;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withRenderNameCase(RenderNameCase.AS_IS));
    }

    /** Opens the database in {@code folder} (creating the folder and the file if needed) and migrates it. */
    public static Database open(Path folder) {
        return open(folder, DatabasePassword.none());
    }

    /**
     * Opens (or creates) the database in {@code folder}; an encrypted file needs its {@code password}, and a new
     * file is created encrypted when one is given. A damaged file, a missing or wrong password and a folder open
     * elsewhere each get their own exception, and none of them changes the file.
     */
    public static Database open(Path folder, DatabasePassword password) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dir, e);
        }
        Path file = DatabaseFile.path(dir);
        DatabaseFile kind = DatabaseFile.of(dir);
        if (kind == DatabaseFile.UNRECOGNISED) {
            throw new DatabaseDamagedException(file, FileDamage.NOT_A_DATABASE, "it is not an H2 database file", null);
        }
        if (kind == DatabaseFile.PLAIN) {
            Optional<DatabaseDamagedException> cut = DatabaseFile.cutShort(file);
            if (cut.isPresent()) {
                throw cut.get();
            }
        }
        if (kind == DatabaseFile.ENCRYPTED && password.isNone()) {
            throw new PasswordRequiredException(file);
        }
        DatabasePassword used = kind == DatabaseFile.PLAIN ? DatabasePassword.none() : password;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, used), "sa", used.jdbcPassword());
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw OpenFailure.of(dir, file, e);
        }
        try {
            if (!upToDate(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
            AuditTriggers.install(DSL.using(pool, SQLDialect.H2));
        } catch (RuntimeException e) {
            pool.dispose();
            throw OpenFailure.of(dir, file, e);
        }
        return new Database(dir, pool, used);
    }

    /**
     * Whether the file already has the newest migration ({@link #SCHEMA_VERSION}) applied, by one query on Flyway's
     * history table. Start-up then skips Flyway altogether (loading and validating it costs more CPU than opening
     * the database); a new or older file is migrated as usual.
     */
    static boolean upToDate(javax.sql.DataSource source) {
        try (java.sql.Connection connection = source.getConnection();
             java.sql.PreparedStatement query = connection.prepareStatement(
                     "select count(*) from \"flyway_schema_history\" where \"version\" = ? and \"success\"")) {
            query.setString(1, SCHEMA_VERSION);
            try (java.sql.ResultSet result = query.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    /**
     * The JDBC URL of the database in {@code dir}. WRITE_DELAY=0: H2's default (500 ms) leaves a commit in memory
     * until a background writer stores it, so a killed process loses the last half second of commits; with 0 each
     * commit writes its chunk to the file before it returns. CACHE_SIZE (KB) keeps 64 MB of the file's pages
     * in memory: H2's default of 16 MB holds too few of a large portfolio's pages, and every standings refresh of
     * 2,000 partners and 1,000,000 sales then reads and decodes them again (measured: 1.1 s of CPU against
     * 0.45 s with 64 MB; 256 MB gained nothing more). The cache only grows as pages are read.
     */
    static String url(Path dir, DatabasePassword password) {
        return "jdbc:h2:file:" + dir.resolve(FILE_NAME).toString().replace('\\', '/') + ";WRITE_DELAY=0"
                + ";CACHE_SIZE=" + CACHE_KB + password.urlSettings();
    }

    public Path folder() {
        return folder;
    }

    /** The password the file is encrypted with (none: a plain file). */
    public DatabasePassword password() {
        return password;
    }

    /** For reads; a write must use {@link #inTransaction}. */
    public DSLContext dsl() {
        return dsl;
    }

    public void inTransaction(TransactionalRunnable work) {
        dsl.transaction(work);
    }

    public <T> T inTransactionResult(TransactionalCallable<T> work) {
        return dsl.transactionResult(work);
    }

    /**
     * Closes the database after rewriting its file with only the live data (H2's SHUTDOWN COMPACT). After a bulk load
     * (a generated portfolio) the file holds many times its data in superseded pages, since every commit writes its
     * changed pages anew: for 1,000,000 generated sales 5.3 GB, 265 MB compacted, in about 12 s.
     */
    public void closeCompacted() {
        try (java.sql.Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compact the database in " + folder, e);
        } finally {
            pool.dispose();
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
