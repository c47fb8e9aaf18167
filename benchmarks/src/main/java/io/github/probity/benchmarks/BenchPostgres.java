package io.github.probity.benchmarks;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jspecify.annotations.Nullable;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * One real PostgreSQL server per benchmark JVM, from the binaries that zonky ships as Maven
 * artifacts (as store-jdbc's tests start it); each caller gets a fresh database of its own.
 *
 * <p>PostgreSQL refuses to run as root: then the binaries are repacked once (cached in the
 * temporary directory) with {@code initdb}, {@code pg_ctl} and {@code postgres} wrapped in a script
 * that hands the data directory to {@code nobody} and drops privileges with {@code setpriv}. Unlike
 * the tests' server, this one keeps PostgreSQL's durable defaults (fsync, synchronous commit):
 * saves are measured as a production server takes them.
 */
final class BenchPostgres {
  private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");
  private static final String WRAPPER =
      "#!/bin/sh\n"
          + "# PostgreSQL refuses to run as root: run it as nobody, owning its data directory.\n"
          + "real=\"$0.real\"\n"
          + "if [ \"$(id -u)\" = 0 ]; then\n"
          + "  prev=\n"
          + "  for a in \"$@\"; do\n"
          + "    if [ \"$prev\" = -D ]; then chown -R 65534:65534 \"$a\"; fi\n"
          + "    prev=\"$a\"\n"
          + "  done\n"
          + "  exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$real\" \"$@\"\n"
          + "fi\n"
          + "exec \"$real\" \"$@\"\n";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @Nullable EmbeddedPostgres server;

  private BenchPostgres() {}

  /** Returns a data source over a new, empty database. */
  static synchronized DataSource newDatabase() {
    try {
      EmbeddedPostgres pg = server;
      if (pg == null) {
        EmbeddedPostgres.Builder b =
            EmbeddedPostgres.builder()
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("shared_buffers", "256MB");
        if (isRoot()) {
          b.setPgBinaryResolver(new RunAsNobody());
          // The data directory's parents must be reachable by nobody: the build directory may
          // not be (e.g. a clone under /root), the temporary directory is.
          Path data =
              Paths.get(
                  System.getProperty("java.io.tmpdir"),
                  "probity-bench-pg-" + ProcessHandle.current().pid());
          b.setDataDirectory(data.toAbsolutePath());
          b.setCleanDataDirectory(true);
        }
        pg = b.start();
        server = pg;
      }
      String name = "probity_" + DATABASES.incrementAndGet();
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return pg.getDatabase("postgres", name, java.util.Map.of("reWriteBatchedInserts", "true"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The shipped binaries, with the server's programs wrapped to run as nobody. */
  private static final class RunAsNobody implements PgBinaryResolver {
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      Path cached =
          Paths.get(
              System.getProperty("java.io.tmpdir"),
              "probity-bench-pg-" + system + "-" + machineHardware + "-nobody.txz");
      if (!Files.exists(cached)) {
        Path tmp = Files.createTempFile(cached.getParent(), "pg", ".txz");
        try (InputStream original =
                DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            TarArchiveInputStream in =
                new TarArchiveInputStream(
                    new XZCompressorInputStream(new BufferedInputStream(original)));
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp));
            TarArchiveOutputStream out =
                new TarArchiveOutputStream(new XZOutputStream(file, new LZMA2Options(0)))) {
          out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
          TarArchiveEntry e;
          while ((e = in.getNextEntry()) != null) {
            boolean wrap = WRAPPED.contains(e.getName());
            TarArchiveEntry copy = new TarArchiveEntry(e.getName() + (wrap ? ".real" : ""));
            copy.setMode(e.getMode());
            copy.setModTime(e.getModTime());
            if (e.isSymbolicLink()) {
              copy = new TarArchiveEntry(e.getName(), TarArchiveEntry.LF_SYMLINK);
              copy.setLinkName(e.getLinkName());
              copy.setMode(e.getMode());
              out.putArchiveEntry(copy);
              out.closeArchiveEntry();
              continue;
            }
            if (e.isDirectory()) {
              copy = new TarArchiveEntry(e.getName());
              copy.setMode(e.getMode());
              out.putArchiveEntry(copy);
              out.closeArchiveEntry();
              continue;
            }
            copy.setSize(e.getSize());
            out.putArchiveEntry(copy);
            in.transferTo(out);
            out.closeArchiveEntry();
            if (wrap) {
              byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
              TarArchiveEntry w = new TarArchiveEntry(e.getName());
              w.setMode(0100755);
              w.setModTime(e.getModTime());
              w.setSize(script.length);
              out.putArchiveEntry(w);
              out.write(script);
              out.closeArchiveEntry();
            }
          }
        }
        Files.move(tmp, cached, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return Files.newInputStream(cached);
    }
  }
}
