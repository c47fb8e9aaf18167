package io.github.probity.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps closed connections open for the next caller, as a host's pool does; a new TCP connection
 * per store call would make the PostgreSQL tests slow. Test use only.
 */
final class PooledDataSource implements DataSource {
  private final DataSource target;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

  PooledDataSource(DataSource target) {
    this.target = target;
  }

  DataSource target() {
    return target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = idle.pollFirst();
    if (c == null || c.isClosed()) {
      c = target.getConnection();
    }
    Connection real = c;
    boolean[] closed = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                if (!closed[0]) {
                  closed[0] = true;
                  if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                  }
                  idle.addFirst(real);
                }
                return null;
              }
              if (method.getName().equals("isClosed")) {
                return closed[0] || real.isClosed();
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return target.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
