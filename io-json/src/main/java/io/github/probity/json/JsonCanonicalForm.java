package io.github.probity.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.probity.archive.Archive;
import io.github.probity.archive.CanonicalForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The canonical JSON form of an archive, id {@code probity-json-1}: the archive body of the archive
 * document, compact UTF-8 with properties in fixed order, absent values omitted, sets sorted by
 * code and attribute maps by key. Stateless and thread-safe.
 */
final class JsonCanonicalForm implements CanonicalForm {
  static final String ID = "probity-json-1";
  static final JsonCanonicalForm INSTANCE = new JsonCanonicalForm();

  private final JsonFactory factory = JsonFactory.builder().build();

  private JsonCanonicalForm() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public byte[] encode(Archive archive) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      ArchiveCodec.ARCHIVE.write(g, archive);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return ID;
  }
}
