package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.ArchiveHistory;
import io.github.probity.docx.DispositionPaperWriter;
import io.github.probity.excel.AnnexReader;
import io.github.probity.json.ProbityJson;
import io.github.probity.kafka.MonitorTopology;
import io.github.probity.store.jdbc.ProbityStore;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the public API of every published jar against accidental change: each jar's public types
 * outside {@code internal} packages, with their public and protected constructors, methods and
 * fields, are listed and compared with the listing recorded under {@code src/test/resources/api/}.
 * A change to the API fails this test with the lines added and removed; when the change is meant,
 * run {@code mvn -pl examples test -Dtest=PublicApiTest -Dprobity.api.update=true} and commit the
 * updated listing with it, so that every API change is seen in review.
 */
class PublicApiTest {
  /** One published jar: its artifact and a class it holds. */
  record Jar(String artifact, Class<?> marker) {
    @Override
    public String toString() {
      return artifact;
    }
  }

  static List<Jar> jars() {
    return List.of(
        new Jar("probity-core", ArchiveHistory.class),
        new Jar("probity-testkit", SampleUnit.class),
        new Jar("probity-io-json", ProbityJson.class),
        new Jar("probity-io-excel", AnnexReader.class),
        new Jar("probity-io-docx", DispositionPaperWriter.class),
        new Jar("probity-store-jdbc", ProbityStore.class),
        new Jar("probity-kafka-streams", MonitorTopology.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jars")
  void theApiIsTheRecordedOne(Jar jar) throws IOException {
    List<String> actual = listing(jar.marker());
    Path recorded = Paths.get("src/test/resources/api", jar.artifact() + ".api");
    if (Boolean.getBoolean("probity.api.update")) {
      Files.createDirectories(recorded.getParent());
      Files.write(recorded, actual, StandardCharsets.UTF_8);
    }
    List<String> expected =
        Files.exists(recorded) ? Files.readAllLines(recorded, StandardCharsets.UTF_8) : List.of();
    List<String> added = new ArrayList<>(actual);
    added.removeAll(expected);
    List<String> removed = new ArrayList<>(expected);
    removed.removeAll(actual);
    assertThat(added)
        .as(
            "API of %s changed; if meant, rerun with -Dprobity.api.update=true and commit %s."
                + " Removed: %s",
            jar.artifact(), recorded, removed)
        .isEmpty();
    assertThat(removed)
        .as("API of %s lost these lines; if meant, rerun with -Dprobity.api.update=true", jar)
        .isEmpty();
  }

  /** The public API of the jar (or classes folder) that holds the marker, one line per member. */
  static List<String> listing(Class<?> marker) {
    TreeSet<String> lines = new TreeSet<>();
    for (String name : classNames(marker)) {
      Class<?> type;
      try {
        type = load(name, marker.getClassLoader());
      } catch (LinkageError e) {
        // a class for an optional dependency, such as the store's H2 trigger
        lines.add(name + " : needs an optional dependency (" + e.getMessage() + ")");
        continue;
      }
      if (!isApi(type)) {
        continue;
      }
      String owner = type.getName();
      lines.add(owner + " : " + describe(type));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c, type)) {
          lines.add(owner + " : " + c.toGenericString());
        }
      }
      for (Method m : type.getMethods()) {
        if (!m.isSynthetic() && !m.isBridge() && !isJdk(m.getDeclaringClass())) {
          lines.add(owner + " : " + m.toGenericString());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isProtected(m.getModifiers()) && !m.isSynthetic() && visible(m, type)) {
          lines.add(owner + " : " + m.toGenericString());
        }
      }
      for (Field f : type.getFields()) {
        if (!f.isSynthetic() && !isJdk(f.getDeclaringClass())) {
          lines.add(owner + " : " + f.toGenericString());
        }
      }
    }
    return List.copyOf(lines);
  }

  /**
   * The type's declaration, written out here rather than by {@code Class.toGenericString()}, whose
   * modifiers differ between JDK releases.
   */
  private static String describe(Class<?> type) {
    int mod = type.getModifiers();
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      mod &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    } else if (type.isInterface()) {
      kind = "interface";
      mod &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    } else if (type.isEnum()) {
      kind = "enum";
      mod &= ~(Modifier.ABSTRACT | Modifier.FINAL);
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
    }
    StringBuilder s =
        new StringBuilder(
            Modifier.toString(
                mod
                    & (Modifier.PUBLIC
                        | Modifier.PROTECTED
                        | Modifier.STATIC
                        | Modifier.ABSTRACT
                        | Modifier.FINAL)));
    if (type.isSealed()) {
      s.append(" sealed");
    }
    s.append(' ').append(kind).append(' ').append(type.getName());
    if (type.getTypeParameters().length > 0) {
      s.append(
          Arrays.stream(type.getTypeParameters())
              .map(t -> t.getTypeName())
              .collect(java.util.stream.Collectors.joining(",", "<", ">")));
    }
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class) {
      s.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      s.append(" implements ")
          .append(
              String.join(
                  ", ",
                  Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).toList()));
    }
    return s.toString();
  }

  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    if (type.getPackageName().contains(".internal")) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())
          && !(t != type && Modifier.isProtected(t.getModifiers()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(Member m, Class<?> type) {
    int mod = m.getModifiers();
    return Modifier.isPublic(mod)
        || (Modifier.isProtected(mod) && !Modifier.isFinal(type.getModifiers()));
  }

  private static boolean isJdk(Class<?> declaring) {
    return declaring.getName().startsWith("java.");
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }

  /** The names of the classes in the jar or folder the marker was loaded from. */
  private static List<String> classNames(Class<?> marker) {
    try {
      Path source = Paths.get(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.walk(source)) {
          return files
              .map(p -> source.relativize(p).toString().replace('\\', '/'))
              .filter(PublicApiTest::isClassFile)
              .map(PublicApiTest::className)
              .toList();
        }
      }
      try (JarFile jar = new JarFile(source.toFile())) {
        return jar.stream()
            .map(e -> e.getName())
            .filter(PublicApiTest::isClassFile)
            .map(PublicApiTest::className)
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isClassFile(String path) {
    return path.endsWith(".class")
        && !path.endsWith("module-info.class")
        && !path.endsWith("package-info.class")
        && !path.startsWith("META-INF/");
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
