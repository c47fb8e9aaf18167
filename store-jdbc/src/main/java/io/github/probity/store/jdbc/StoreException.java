package io.github.probity.store.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the database fails a store operation: the connection, a statement or the migration.
 * The cause is the driver's {@link SQLException}, with its SQL state. Nothing of the operation was
 * committed.
 *
 * @since 0.1.0
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the store was doing
   * @param cause the driver's exception, if any
   */
  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a driver exception, e.g. for a stored document that cannot be
   * read.
   *
   * @param message what went wrong
   */
  public StoreException(String message) {
    super(message);
  }
}
