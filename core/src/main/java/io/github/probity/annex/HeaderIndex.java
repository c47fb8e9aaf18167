package io.github.probity.annex;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recognises the header cells of a set of table columns by each column's names (printed header,
 * code, synonyms), ignoring white space (full-width too), letter case, the full-width slash and a
 * trailing parenthesised note such as {@code （请注明）}. Immutable and thread-safe.
 *
 * @param <C> the column type
 */
final class HeaderIndex<C> {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");

  private final Map<String, C> byName = new HashMap<>();

  /**
   * Indexes columns by their names; where two columns share a name, the later one wins.
   *
   * @param columns the columns, in declaration order
   * @param names a column's names
   */
  HeaderIndex(C[] columns, Function<C, List<String>> names) {
    for (C column : columns) {
      for (String name : names.apply(column)) {
        byName.put(normalize(name), column);
      }
    }
  }

  /** The column a header cell names, if any. */
  Optional<C> match(String headerText) {
    String n = normalize(headerText);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    C column = byName.get(n);
    if (column == null) {
      column = byName.get(TRAILING_NOTE.matcher(n).replaceAll(""));
    }
    return Optional.ofNullable(column);
  }

  private static String normalize(String text) {
    return SPACES
        .matcher(AnnexText.clean(text))
        .replaceAll("")
        .replace('／', '/')
        .toUpperCase(Locale.ROOT);
  }
}
