package io.github.probity.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.probity.finding.Severity;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.OwnerScope;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "读取台账或附件文件（.xlsx、.xls、.json），按标准规则校验，逐条列出带位置的问题。",
      "Reads ledger or annex files (.xlsx, .xls, .json), validates them with the standard rule set"
          + " and lists every problem with its location.",
      ""
    },
    exitCodeListHeading = "%n退出码 · Exit codes:%n",
    exitCodeList = {
      "0:没有错误 · no errors (warnings allowed)",
      "1:有错误：校验错误或读取时丢弃的行 · errors: validation errors or rows not read",
      "2:用法错误 · bad usage",
      "3:有文件无法读取 · a file could not be read"
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Mixin WorkbookOptions workbook = WorkbookOptions.none();

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "要校验的文件 · files to validate")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "输出格式 · output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  OutputFormat format = OutputFormat.text;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "按此日期判断期限（默认今天）· judge deadlines as of this date (default: today)")
  Optional<LocalDate> date = Optional.empty();

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
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode results = mapper.createArrayNode();
    int exit = Cli.OK;
    for (Path file : files) {
      Inputs.Loaded loaded = Inputs.read(file, locale, spec.commandLine().getErr(), workbook);
      // a ledger read from tables knows no principal leader, division of work or department heads
      boolean table = loaded.format() != Inputs.Format.JSON;
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
      List<Reported> violations = new ArrayList<>();
      report.ifPresent(
          r -> r.getFindings().forEach(v -> violations.add(Reported.of(v, loaded.locator()))));
      findings.addAll(MissingColumns.collapse(violations));
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
        results.add(json(mapper, loaded, report, status, counts, unchecked));
      } else {
        text(out, locale, file, findings, unchecked, status, counts);
      }
    }
    if (format == OutputFormat.json) {
      ObjectNode root = mapper.createObjectNode();
      root.put("exitCode", exit);
      root.set("files", results);
      out.println(mapper.writeValueAsString(root));
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
      out.println(
          Cli.t(
              locale,
              file
                  + "：表格不记录主要领导、科室分管领导、科室负责人和等级的集体决定，文件也未必含全部附件，未检查 "
                  + String.join("、", unchecked),
              file
                  + ": tables record no principal leader, departments' supervising leaders,"
                  + " department heads or level decisions, and a file need not hold every annex;"
                  + " not checked: "
                  + String.join(", ", unchecked)));
    }
    String verdict =
        switch (status) {
          case "valid" -> Cli.t(locale, "通过", "valid");
          case "invalid" -> Cli.t(locale, "未通过", "invalid");
          default -> Cli.t(locale, "无法读取", "unreadable");
        };
    out.println(
        Cli.t(
            locale,
            file
                + "：校验"
                + verdict
                + "，错误 "
                + counts.get(Severity.ERROR)
                + " 项，警告 "
                + counts.get(Severity.WARNING)
                + " 项，提示 "
                + counts.get(Severity.INFO)
                + " 项",
            file
                + ": "
                + verdict
                + ", "
                + counts.get(Severity.ERROR)
                + " errors, "
                + counts.get(Severity.WARNING)
                + " warnings, "
                + counts.get(Severity.INFO)
                + " infos"));
  }

  private static ObjectNode json(
      ObjectMapper mapper,
      Inputs.Loaded loaded,
      Optional<ValidationReport> report,
      String status,
      Map<Severity, Integer> counts,
      List<String> unchecked)
      throws IOException {
    ObjectNode node = mapper.createObjectNode();
    node.put("file", loaded.file().toString());
    node.put("status", status);
    ArrayNode notChecked = node.putArray("uncheckedRules");
    unchecked.forEach(notChecked::add);
    ObjectNode c = node.putObject("counts");
    counts.forEach((s, n) -> c.put(s.code(), n));
    ArrayNode problems = node.putArray("readProblems");
    for (Reported f : loaded.problems()) {
      problems.add(finding(mapper, f));
    }
    if (report.isPresent()) {
      ObjectNode locations = node.putObject("locations");
      for (io.github.probity.finding.Finding v : report.get().getFindings()) {
        String path = v.getLocation().text();
        String at = loaded.locator().locate(path);
        if (!at.isEmpty()) {
          locations.put(path, at);
        }
      }
      node.set("report", mapper.readTree(ProbityJson.strict().writeReport(report.get())));
    }
    return node;
  }

  private static ObjectNode finding(ObjectMapper mapper, Reported f) {
    ObjectNode n = mapper.createObjectNode();
    n.put("code", f.code());
    n.put("severity", f.severity().code());
    n.put("location", f.location());
    n.put("messageZh", f.messageZh());
    n.put("messageEn", f.messageEn());
    return n;
  }
}
