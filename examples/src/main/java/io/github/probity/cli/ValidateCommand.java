package io.github.probity.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.OwnerScope;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity validate FILE...}: reads each file, validates its ledger with the standard rule
 * set and prints every problem with its location in the file.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Mixin WorkbookOptions workbook = WorkbookOptions.none();

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
  OutputFormat format = OutputFormat.text;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  Optional<LocalDate> date = Optional.empty();

  /** Writes the {@code --format json} output: one object, streamed field by field. */
  private static final JsonFactory JSON = new JsonFactory();

  /** How results are printed. */
  enum OutputFormat {
    text,
    json
  }

  @Override
  public Integer call() throws IOException {
    Locale locale = Cli.locale(spec);
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Dates.clock(date);
    List<String> results = new ArrayList<>(); // each file's JSON object
    int exit = Cli.OK;
    for (Path file : files) {
      Inputs.Loaded loaded = Inputs.read(file, locale, spec.commandLine().getErr(), workbook);
      // a ledger read from tables knows no principal leader, division of work or department heads
      boolean table = !loaded.whole();
      Set<OwnerScope> scopes = EnumSet.noneOf(OwnerScope.class);
      loaded.rows().forEach(r -> scopes.addAll(r.getKind().scopes()));
      RuleSet rules = table ? RuleSet.forTables(scopes) : RuleSet.standard();
      List<String> unchecked =
          table && loaded.ledger().isPresent() ? RuleSet.notCheckedForTables(scopes) : List.of();
      // annex 4 holds the plan, not risk points: its findings are those of reading the plan
      Optional<ValidationReport> report =
          loaded.plan().isPresent()
              ? Optional.empty()
              : loaded.ledger().map(l -> rules.validate(l, clock));
      List<Reported> findings = new ArrayList<>(loaded.problems());
      report.ifPresent(
          r -> findings.addAll(MissingColumns.report(r.getFindings(), loaded.locator())));
      Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
      for (Severity s : Severity.values()) {
        counts.put(s, 0);
      }
      findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
      int errors = counts.getOrDefault(Severity.ERROR, 0);
      String status = !loaded.readable() ? "unreadable" : errors > 0 ? "invalid" : "valid";
      if (!loaded.readable()) {
        exit = Cli.UNREADABLE;
      } else if (errors > 0 && exit == Cli.OK) {
        exit = Cli.FINDINGS;
      }
      if (format == OutputFormat.json) {
        results.add(json(loaded, report, status, counts, unchecked));
      } else {
        text(out, locale, file, findings, unchecked, status, counts);
      }
    }
    if (format == OutputFormat.json) {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(text)) {
        g.writeStartObject();
        g.writeNumberField("exitCode", exit);
        g.writeArrayFieldStart("files");
        for (String result : results) {
          g.writeRawValue(result);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.println(text);
    }
    out.flush();
    return exit;
  }

  private static void text(
      PrintWriter out,
      Locale locale,
      Path file,
      List<Reported> findings,
      List<String> unchecked,
      String status,
      Map<Severity, Integer> counts) {
    for (Reported f : findings) {
      out.println(file + ": " + f.render(locale));
    }
    if (!unchecked.isEmpty()) {
      String separator = Cli.text(locale, "list.separator");
      out.println(Cli.text(locale, "validate.unchecked", file, String.join(separator, unchecked)));
    }
    String verdict =
        switch (status) {
          case "valid" -> Cli.text(locale, "validate.status.valid");
          case "invalid" -> Cli.text(locale, "validate.status.invalid");
          default -> Cli.text(locale, "validate.status.unreadable");
        };
    out.println(
        Cli.text(
            locale,
            "validate.summary",
            file,
            verdict,
            counts.getOrDefault(Severity.ERROR, 0),
            counts.getOrDefault(Severity.WARNING, 0),
            counts.getOrDefault(Severity.INFO, 0)));
  }

  /** One file's result as a JSON object; the report is io-json's validation-report document. */
  private static String json(
      Inputs.Loaded loaded,
      Optional<ValidationReport> report,
      String status,
      Map<Severity, Integer> counts,
      List<String> unchecked)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("file", loaded.file().toString());
      g.writeStringField("status", status);
      g.writeArrayFieldStart("uncheckedRules");
      for (String rule : unchecked) {
        g.writeString(rule);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("counts");
      for (Map.Entry<Severity, Integer> c : counts.entrySet()) {
        g.writeNumberField(c.getKey().code(), c.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("readProblems");
      for (Reported f : loaded.problems()) {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        g.writeStringField("severity", f.severity().code());
        g.writeStringField("location", f.location());
        g.writeStringField("messageZh", f.messageZh());
        g.writeStringField("messageEn", f.messageEn());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (report.isPresent()) {
        Map<String, String> locations = new LinkedHashMap<>(); // a path found twice, once
        for (Finding v : report.get().getFindings()) {
          loaded
              .locator()
              .place(v)
              .ifPresent(at -> locations.put(v.getLocation().text(), Reported.place(at)));
        }
        g.writeObjectFieldStart("locations");
        for (Map.Entry<String, String> e : locations.entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName("report");
        g.writeRawValue(
            new String(ProbityJson.strict().writeReport(report.get()), StandardCharsets.UTF_8));
      }
      g.writeEndObject();
    }
    return text.toString();
  }
}
