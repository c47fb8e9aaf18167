package io.github.probity.json;

import static io.github.probity.json.JsonValues.INTEGER;
import static io.github.probity.json.JsonValues.TEXT;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The version-1 JSON shape of annex layouts: per layout its table kind as a code, its title
 * pattern, its columns in print order (a canonical column's code, absent for the unit's own, the
 * header and the width) and its footer lines. Stateless and thread-safe.
 */
final class LayoutCodec {
  static final CodeTable<AnnexKind> KIND = CodeTable.of(AnnexKind.class, parser(AnnexKind.class));

  static final CodeTable<AnnexColumn> COLUMN =
      CodeTable.of(AnnexColumn.class, parser(AnnexColumn.class));

  private LayoutCodec() {}

  /** Reads a code or Chinese label, as lenient reading accepts labels. */
  private static <E extends Enum<E> & Coded> Function<String, E> parser(Class<E> type) {
    return text -> {
      String t = text.strip();
      for (E e : type.getEnumConstants()) {
        if (e.code().equalsIgnoreCase(t) || e.displayName().equals(t)) {
          return e;
        }
      }
      List<String> valid =
          Stream.of(type.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
      throw new InvalidCodeException(type.getSimpleName(), text, valid);
    };
  }

  static final ObjectSchema<LayoutColumn, LayoutColumn.Builder> LAYOUT_COLUMN =
      ObjectSchema.<LayoutColumn, LayoutColumn.Builder>of(
              LayoutColumn::builder, LayoutColumn.Builder::build)
          .optional("column", COLUMN, LayoutColumn::getColumn, LayoutColumn.Builder::column)
          .text("header", LayoutColumn::getHeader, LayoutColumn.Builder::header)
          .required("width", INTEGER, LayoutColumn::getWidth, LayoutColumn.Builder::width)
          .build();

  static final ObjectSchema<AnnexLayout, AnnexLayout.Builder> LAYOUT =
      ObjectSchema.<AnnexLayout, AnnexLayout.Builder>of(
              AnnexLayout::builder, AnnexLayout.Builder::build)
          .required("kind", KIND, AnnexLayout::getKind, AnnexLayout.Builder::kind)
          .text("title", AnnexLayout::getTitle, AnnexLayout.Builder::title)
          .list("columns", LAYOUT_COLUMN, AnnexLayout::getColumns, AnnexLayout.Builder::addColumns)
          .list("footer", TEXT, AnnexLayout::getFooter, AnnexLayout.Builder::addFooter)
          .build();
}
