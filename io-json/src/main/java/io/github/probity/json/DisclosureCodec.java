package io.github.probity.json;

import static io.github.probity.json.JsonFields.opt;
import static io.github.probity.json.JsonFields.optCode;
import static io.github.probity.json.JsonFields.optText;
import static io.github.probity.json.JsonFields.readList;
import static io.github.probity.json.JsonFields.readStrings;
import static io.github.probity.json.JsonFields.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import io.github.probity.archive.DisclosureEntry;
import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureRegistration;
import io.github.probity.archive.DisclosureView;
import java.io.IOException;

/**
 * Writes and reads a disclosure document (a disclosure view and its registration) as the version-1
 * JSON shape. Stateless and thread-safe.
 */
final class DisclosureCodec {
  static final CodeTable<DisclosureKind> KIND =
      CodeTable.of(DisclosureKind.class, t -> ArchiveCodec.byLabel(DisclosureKind.class, t));

  private DisclosureCodec() {}

  static void write(JsonGenerator g, DisclosureDocument d) throws IOException {
    g.writeStartObject();
    g.writeFieldName("view");
    writeView(g, d.view());
    g.writeFieldName("registration");
    writeRegistration(g, d.registration());
    g.writeEndObject();
  }

  private static void writeView(JsonGenerator g, DisclosureView v) throws IOException {
    g.writeStartObject();
    g.writeStringField("unitName", v.getUnitName());
    g.writeNumberField("year", v.getYear());
    g.writeNumberField("withheld", v.getWithheld());
    g.writeArrayFieldStart("entries");
    for (DisclosureEntry e : v.getEntries()) {
      g.writeStartObject();
      g.writeStringField("riskPointId", e.getRiskPointId());
      g.writeStringField("scope", e.getScope().code());
      g.writeStringField("owner", e.getOwner());
      g.writeStringField("category", e.getCategory().code());
      g.writeStringField("title", e.getTitle());
      opt(g, "manifestation", e.getManifestation());
      optCode(g, "level", e.getLevel());
      strings(g, "measures", e.getMeasures());
      opt(g, "responsible", e.getResponsible());
      opt(g, "supervisor", e.getSupervisor());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeRegistration(JsonGenerator g, DisclosureRegistration r)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", r.getKind().code());
    g.writeStringField("registeredAt", r.getRegisteredAt().toString());
    g.writeStringField("range", r.getRange());
    g.writeStringField("form", r.getForm());
    optText(g, "deadline", r.getDeadline());
    g.writeStringField("content", r.getContent());
    g.writeStringField("contentDigest", r.getContentDigest());
    g.writeStringField("registrar", r.getRegistrar());
    g.writeEndObject();
  }

  static DisclosureDocument read(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    DisclosureView view = null;
    DisclosureRegistration registration = null;
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "view":
          view = readView(p, st);
          break;
        case "registration":
          registration = readRegistration(p, st);
          break;
        default:
          st.unknown(p, f);
      }
    }
    if (view == null || registration == null) {
      throw st.failAt(
          p,
          start,
          JsonFindingCode.MISSING_PROPERTY,
          view == null ? (registration == null ? "view, registration" : "view") : "registration");
    }
    DisclosureView v = view;
    DisclosureRegistration r = registration;
    return st.build(p, start, () -> new DisclosureDocument(v, r));
  }

  private static DisclosureView readView(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    DisclosureView.Builder b = DisclosureView.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "unitName":
          b.unitName(st.text(p));
          break;
        case "year":
          b.year(st.integer(p));
          break;
        case "withheld":
          b.withheld(st.integer(p));
          break;
        case "entries":
          readList(p, st, DisclosureCodec::readEntry, b::addEntries);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  private static DisclosureEntry readEntry(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    DisclosureEntry.Builder b = DisclosureEntry.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "riskPointId":
          b.riskPointId(st.text(p));
          break;
        case "scope":
          b.scope(st.code(p, LedgerCodec.SCOPE));
          break;
        case "owner":
          b.owner(st.text(p));
          break;
        case "category":
          b.category(st.code(p, LedgerCodec.CATEGORY));
          break;
        case "title":
          b.title(st.text(p));
          break;
        case "manifestation":
          st.optionalText(p, b::manifestation);
          break;
        case "level":
          if (st.present(p)) {
            b.level(st.code(p, LedgerCodec.LEVEL));
          }
          break;
        case "measures":
          b.addAllMeasures(readStrings(p, st));
          break;
        case "responsible":
          st.optionalText(p, b::responsible);
          break;
        case "supervisor":
          st.optionalText(p, b::supervisor);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  private static DisclosureRegistration readRegistration(JsonParser p, ReadState st)
      throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    DisclosureRegistration.Builder b = DisclosureRegistration.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "kind":
          b.kind(st.code(p, KIND));
          break;
        case "registeredAt":
          b.registeredAt(ArchiveCodec.instant(p, st));
          break;
        case "range":
          b.range(st.text(p));
          break;
        case "form":
          b.form(st.text(p));
          break;
        case "deadline":
          st.optionalDate(p, b::deadline);
          break;
        case "content":
          b.content(st.text(p));
          break;
        case "contentDigest":
          b.contentDigest(st.text(p));
          break;
        case "registrar":
          b.registrar(st.text(p));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }
}
