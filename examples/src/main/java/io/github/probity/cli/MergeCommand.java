package io.github.probity.cli;

import io.github.probity.annex.AnnexRow;
import io.github.probity.examples.MergeDepartments;
import io.github.probity.excel.LocatedRow;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity merge FILE... --out LEDGER}: merges the annex files that departments filled in
 * into one ledger, reporting conflicts with their locations: the same risk point twice and people
 * no file (or roster) knows.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "把各科室填报的附件文件合并为一本台账，列出冲突及其位置：同一风险点重复填报（保留先出现的一条）、" + "名单之外的人员。",
      "Merges the annex files departments filled in into one ledger, listing conflicts with their"
          + " locations: a risk point filed twice (the first is kept) and people nobody knows.",
      ""
    },
    exitCodeListHeading = "%n退出码 · Exit codes:%n",
    exitCodeList = {
      "0:已合并，没有错误 · merged, no errors (warnings allowed)",
      "1:已合并，但有错误级冲突或未读入的行 · merged, with error-level conflicts or rows not read",
      "2:用法错误 · bad usage",
      "3:有输入无法读取，未写出 · an input could not be read; nothing written",
      "4:无法写出 · could not write"
    })
final class MergeCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "各科室的附件文件 · the departments' files (.xlsx, .xls, .json)")
  List<Path> files = new ArrayList<>();

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Option(
      names = "--out",
      required = true,
      paramLabel = "LEDGER",
      description = "合并后的台账（.json 或 .xlsx）· the merged ledger (.json or .xlsx)")
  Path out;

  @Option(
      names = "--roster",
      paramLabel = "FILE",
      description =
          "人员名册：一本台账，其人员即本单位全部人员；不在其中的人员为错误"
              + " · a ledger whose people are the unit's staff; anyone else is an error")
  Optional<Path> roster = Optional.empty();

  @Option(names = "--unit", paramLabel = "NAME", description = "单位名称（默认取自第一个文件）· unit name")
  Optional<String> unit = Optional.empty();

  @Option(names = "--year", paramLabel = "YYYY", description = "年度（默认取自第一个文件）· year")
  Optional<Integer> year = Optional.empty();

  @Option(
      names = "--table",
      paramLabel = "annexes|ledger|archive",
      defaultValue = "ledger",
      description =
          "xlsx 输出的表格 · xlsx layout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Outputs.Table table = Outputs.Table.ledger;

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    PrintWriter console = spec.commandLine().getOut();
    Outputs.writable(out, locale);
    List<MergeDepartments.Source> sources = new ArrayList<>();
    List<Ledger> ledgers = new ArrayList<>();
    boolean unreadable = false;
    long readErrors = 0;
    for (Path file : files) {
      Inputs.Loaded loaded = Inputs.read(file, locale, spec.commandLine().getErr());
      for (Reported f : loaded.problems()) {
        console.println(file + ": " + f.render(locale));
      }
      readErrors += loaded.errors();
      if (!loaded.readable()) {
        unreadable = true;
        continue;
      }
      Ledger ledger = loaded.require(locale);
      ledgers.add(ledger);
      String name = file.toString();
      if (loaded.format() == Inputs.Format.JSON) {
        sources.addAll(MergeDepartments.sources(name, ledger));
      } else {
        for (LocatedRow r : loaded.rows()) {
          AnnexRow row = r.getRow();
          sources.add(
              new MergeDepartments.Source(name + ":" + r.getSheet() + "!" + r.getRowNumber(), row));
        }
      }
    }
    if (unreadable) {
      console.println(Cli.text(locale, "merge.unreadable"));
      console.flush();
      return Cli.UNREADABLE;
    }
    Set<String> names = new HashSet<>();
    roster.ifPresent(
        r ->
            Inputs.read(r, locale).require(locale).getPeople().stream()
                .map(Person::getName)
                .forEach(names::add));
    String unitName = unit.orElseGet(() -> ledgers.get(0).getUnit().getName());
    int ledgerYear = year.orElseGet(() -> ledgers.get(0).getYear());
    MergeDepartments.Result result = MergeDepartments.merge(sources, names, unitName, ledgerYear);
    long errors = readErrors;
    for (MergeDepartments.Conflict c : result.conflicts()) {
      Reported f =
          new Reported(c.severity(), c.code(), c.location(), "", c.messageZh(), c.messageEn());
      console.println(f.render(locale));
      if (c.severity() == Severity.ERROR) {
        errors++;
      }
    }
    Outputs.write(
        result.ledger(),
        out,
        table,
        Dates.clock(Optional.of(LocalDate.now())),
        spec.commandLine().getErr(),
        locale);
    console.println(
        Cli.text(
            locale,
            "merge.summary",
            files.size(),
            result.ledger().getRiskPoints().size(),
            result.conflicts().size(),
            out));
    console.flush();
    return errors > 0 ? Cli.FINDINGS : Cli.OK;
  }
}
