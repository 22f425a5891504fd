package org.tierdesk.store;

import org.h2.api.ErrorCode;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns what H2 (or Flyway over H2) says when a database will not open into the exception a manager can act on. */
final class OpenFailure {
    private OpenFailure() {
    }

    static RuntimeException of(Path folder, Path file, Exception failure) {
        SQLException sql = sqlCause(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DatabaseInUseException(folder, failure);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_PASSWORD_FORMAT ->
                    new WrongPasswordException(file, failure);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.IO_EXCEPTION_1,
                 ErrorCode.IO_EXCEPTION_2, ErrorCode.GENERAL_ERROR_1 ->
                    new DatabaseDamagedException(file, FileDamage.UNREADABLE, firstLine(sql.getMessage()), failure);
            default -> failure instanceof RuntimeException runtime && sql == null ? runtime
                    : new IllegalStateException("cannot open the database in " + folder + ": "
                    + firstLine(failure.getMessage()), failure);
        };
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
