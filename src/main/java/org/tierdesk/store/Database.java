package org.tierdesk.store;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.TransactionalRunnable;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The manager's H2 file database in a data folder: created and migrated on open, reached through jOOQ.
 * Writes go through {@link #inTransaction}: one user action, one transaction, all or nothing.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "tierdesk";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withRenderNameCase(RenderNameCase.AS_IS));
    }

    /** Opens the database in {@code folder} (creating the folder and the file if needed) and migrates it. */
    public static Database open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dir, e);
        }
        String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME).toString().replace('\\', '/');
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(dir, e);
            }
            throw new IllegalStateException("cannot open the database in " + dir + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(dir, pool);
    }

    public Path folder() {
        return folder;
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

    @Override
    public void close() {
        pool.dispose();
    }
}
