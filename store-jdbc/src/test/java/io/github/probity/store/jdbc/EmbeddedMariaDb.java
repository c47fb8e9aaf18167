package io.github.probity.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * One real MariaDB server per test JVM, started from the system's {@code mariadb-server} package
 * (Debian: {@code mariadbd} and {@code mariadb-install-db}) in a data directory of its own under
 * the temporary directory, on a free port of 127.0.0.1; each caller gets a fresh database of its
 * own.
 *
 * <p>Without the package, the tests that need the server are skipped with a message that says what
 * to install. The server runs for tests only: no binary log, no doublewrite, the log flushed once a
 * second. A watchdog shell stops it when the test JVM is gone, even after a {@code kill -9}; a
 * shutdown hook stops it and deletes its data directory when the JVM exits normally.
 */
final class EmbeddedMariaDb {
  /** Where the server's programs are looked for besides the {@code PATH}. */
  private static final List<String> DIRECTORIES =
      List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/usr/local/mysql/bin");

  /** Keeps the server while the JVM lives: {@code sh -c WATCHDOG sh <jvm pid> <server command>}. */
  private static final String WATCHDOG =
      "jvm=$1; shift\n"
          + "\"$@\" &\n"
          + "server=$!\n"
          + "trap 'kill $server 2>/dev/null; wait $server; exit 0' TERM INT\n"
          + "while kill -0 \"$jvm\" 2>/dev/null && kill -0 \"$server\" 2>/dev/null; do sleep 1; done\n"
          + "kill $server 2>/dev/null\n"
          + "wait $server\n";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @Nullable Server server;
  private static @Nullable String unavailable;

  private EmbeddedMariaDb() {}

  /** A started server: its port and its process. */
  private record Server(int port, Process process, Path directory) {
    String url(String database) {
      return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root";
    }
  }

  /**
   * Returns a data source over a new, empty database (utf8mb4, binary collation), as the server's
   * root; skips the calling test if MariaDB is not installed.
   */
  static synchronized MariaDbDataSource newDatabase() {
    Server s = server();
    String name = "probity_" + DATABASES.incrementAndGet();
    execute(s, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    try {
      return new MariaDbDataSource(s.url(name));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns a data source over a database as another account, with its password. */
  static synchronized DataSource as(String database, String user, String password) {
    try {
      MariaDbDataSource ds = new MariaDbDataSource(server().url(database));
      ds.setUser(user);
      ds.setPassword(password);
      return ds;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs statements as the server's root, outside any database. */
  static synchronized void execute(String... sql) {
    execute(server(), sql);
  }

  private static void execute(Server s, String... sql) {
    try (Connection c = DriverManager.getConnection(s.url(""));
        Statement st = c.createStatement()) {
      for (String q : sql) {
        st.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Server server() {
    if (unavailable != null) {
      Assumptions.abort(unavailable);
    }
    if (server == null) {
      Optional<Path> daemon = find("mariadbd");
      Optional<Path> installDb = find("mariadb-install-db");
      if (daemon.isEmpty() || installDb.isEmpty()) {
        unavailable =
            "MariaDB is not installed (no mariadbd or mariadb-install-db on the PATH or in /usr/sbin):"
                + " the tests on MariaDB are skipped. Install it with"
                + " `apt-get install mariadb-server` to run them.";
        Assumptions.abort(unavailable);
      }
      try {
        server = start(daemon.get(), installDb.get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  private static Optional<Path> find(String program) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(":")));
    }
    dirs.addAll(DIRECTORIES);
    return dirs.stream()
        .filter(d -> !d.isEmpty())
        .map(d -> Paths.get(d, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static Server start(Path daemon, Path installDb) throws IOException {
    Path dir =
        Paths.get(
                System.getProperty("java.io.tmpdir"),
                "probity-mariadb-" + ProcessHandle.current().pid())
            .toAbsolutePath();
    delete(dir);
    Files.createDirectories(dir);
    Path data = dir.resolve("data");
    Path log = dir.resolve("error.log");
    List<String> install = new ArrayList<>();
    install.add(installDb.toString());
    install.add("--no-defaults");
    install.add("--datadir=" + data);
    install.add("--auth-root-authentication-method=normal");
    install.add("--skip-test-db");
    install.add("--innodb-log-file-size=16M");
    if (isRoot()) {
      install.add("--user=root");
    }
    run(install, dir.resolve("install.log"));

    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add("-c");
    command.add(WATCHDOG);
    command.add("sh");
    command.add(Long.toString(ProcessHandle.current().pid()));
    command.add(daemon.toString());
    command.add("--no-defaults");
    command.add("--datadir=" + data);
    command.add("--socket=" + dir.resolve("mariadb.sock"));
    command.add("--pid-file=" + dir.resolve("mariadb.pid"));
    command.add("--log-error=" + log);
    command.add("--port=" + port);
    command.add("--bind-address=127.0.0.1");
    command.add("--skip-name-resolve");
    command.add("--skip-log-bin");
    command.add("--innodb-flush-log-at-trx-commit=0");
    command.add("--innodb-doublewrite=0");
    command.add("--innodb-log-file-size=16M");
    command.add("--innodb-buffer-pool-size=128M");
    command.add("--performance-schema=OFF");
    // What MariaDB 11.6 and later do by default: a transaction that would write over a row changed
    // since its snapshot fails instead of going on. The store must hold up under it.
    command.add("--innodb-snapshot-isolation=ON");
    command.add("--character-set-server=utf8mb4");
    command.add("--collation-server=utf8mb4_bin");
    command.add("--max-allowed-packet=256M");
    command.add("--max-connections=200");
    if (isRoot()) {
      command.add("--user=root");
    }
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("server.out").toFile());
    Process process = pb.start();
    Server started = new Server(port, process, dir);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("MariaDB did not start:\n" + tail(log));
      }
      try (Connection c = DriverManager.getConnection(started.url(""))) {
        if (c.isValid(5)) {
          return started;
        }
      } catch (SQLException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    stop(started);
    throw new IllegalStateException("MariaDB did not accept connections:\n" + tail(log), last);
  }

  private static void run(List<String> command, Path output) throws IOException {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + tail(output));
    }
  }

  private static void stop(Server s) {
    s.process().destroy();
    try {
      if (!s.process().waitFor(60, TimeUnit.SECONDS)) {
        s.process().descendants().forEach(ProcessHandle::destroyForcibly);
        s.process().destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      delete(s.directory());
    } catch (IOException ignored) {
      // Left in the temporary directory; the next run of the same pid deletes it.
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no " + file + ")";
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
