package io.github.probity.json;

import static io.github.probity.json.JsonFields.opt;
import static io.github.probity.json.JsonFields.optText;
import static io.github.probity.json.JsonFields.readList;
import static io.github.probity.json.JsonFields.readStrings;
import static io.github.probity.json.JsonFields.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanPhase;
import io.github.probity.plan.PlanTask;
import io.github.probity.plan.ProgressIndicator;
import java.io.IOException;

/**
 * Writes and reads an implementation plan as the version-1 JSON shape: unit name, year, phases
 * (name, start, end, tasks) and notes; a task's title, content, responsible departments and people,
 * indicators as codes, completion date and note. Lists are always written, absent values omitted,
 * dates ISO-8601. Stateless and thread-safe.
 */
final class PlanCodec {
  static final CodeTable<ProgressIndicator> INDICATOR =
      CodeTable.of(ProgressIndicator.class, ProgressIndicator::parse);

  private PlanCodec() {}

  static void writePlan(JsonGenerator g, ImplementationPlan plan) throws IOException {
    g.writeStartObject();
    g.writeStringField("unitName", plan.getUnitName());
    g.writeNumberField("year", plan.getYear());
    g.writeArrayFieldStart("phases");
    for (PlanPhase p : plan.getPhases()) {
      g.writeStartObject();
      g.writeStringField("name", p.getName());
      g.writeStringField("start", p.getStart().toString());
      g.writeStringField("end", p.getEnd().toString());
      g.writeArrayFieldStart("tasks");
      for (PlanTask t : p.getTasks()) {
        writeTask(g, t);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "notes", plan.getNotes());
    g.writeEndObject();
  }

  private static void writeTask(JsonGenerator g, PlanTask t) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", t.getTitle());
    opt(g, "content", t.getContent());
    strings(g, "responsibleDepartments", t.getResponsibleDepartments());
    strings(g, "responsiblePeople", t.getResponsiblePeople());
    g.writeArrayFieldStart("indicators");
    for (ProgressIndicator i : t.getIndicators()) {
      g.writeString(i.code());
    }
    g.writeEndArray();
    optText(g, "completedOn", t.getCompletedOn());
    opt(g, "note", t.getNote());
    g.writeEndObject();
  }

  static ImplementationPlan readPlan(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    ImplementationPlan.Builder b = ImplementationPlan.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "unitName":
          b.unitName(st.text(p));
          break;
        case "year":
          b.year(st.integer(p));
          break;
        case "phases":
          readList(p, st, PlanCodec::readPhase, b::addPhases);
          break;
        case "notes":
          b.addAllNotes(readStrings(p, st));
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static PlanPhase readPhase(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    PlanPhase.Builder b = PlanPhase.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "name":
          b.name(st.text(p));
          break;
        case "start":
          b.start(st.date(p));
          break;
        case "end":
          b.end(st.date(p));
          break;
        case "tasks":
          readList(p, st, PlanCodec::readTask, b::addTasks);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }

  static PlanTask readTask(JsonParser p, ReadState st) throws IOException {
    st.startObject(p);
    JsonLocation start = p.currentTokenLocation();
    PlanTask.Builder b = PlanTask.builder();
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      switch (f) {
        case "title":
          b.title(st.text(p));
          break;
        case "content":
          st.optionalText(p, b::content);
          break;
        case "responsibleDepartments":
          b.addAllResponsibleDepartments(readStrings(p, st));
          break;
        case "responsiblePeople":
          b.addAllResponsiblePeople(readStrings(p, st));
          break;
        case "indicators":
          readList(p, st, (q, s) -> s.code(q, INDICATOR), b::addIndicators);
          break;
        case "completedOn":
          st.optionalDate(p, b::completedOn);
          break;
        case "note":
          st.optionalText(p, b::note);
          break;
        default:
          st.unknown(p, f);
      }
    }
    return st.build(p, start, b::build);
  }
}
