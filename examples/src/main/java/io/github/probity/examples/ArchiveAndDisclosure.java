package io.github.probity.examples;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureRegistration;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.excel.ArchiveWorkbookWriter;
import io.github.probity.excel.DisclosureWorkbookWriter;
import io.github.probity.json.DisclosureDocument;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The README's archive and disclosure export: one post's archive (一岗一档) with its warnings and
 * dispositions, chained over canonical JSON and written as a printable workbook and a JSON history;
 * and the ledger's disclosure (党务公开) registered and exported as a workbook and a JSON document,
 * names replaced by roles and posts.
 *
 * <p>{@link #write(Ledger, Path, Clock)} is the one call a command needs. Stateless.
 */
public final class ArchiveAndDisclosure {
  private ArchiveAndDisclosure() {}

  /**
   * Writes the archive workbook and JSON history of the ledger's first post with risk points, and
   * the disclosure export (workbook and JSON), into a directory.
   *
   * @param ledger the ledger
   * @param directory an existing directory
   * @param clock the source of time
   * @return the files written: archive workbook, archive history, disclosure workbook, disclosure
   *     document
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if no post has risk points
   */
  public static List<Path> write(Ledger ledger, Path directory, Clock clock) throws IOException {
    Post post =
        ledger.getPosts().stream()
            .filter(p -> !ledger.riskPointsOf(RiskOwner.post(p.getId())).isEmpty())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no post has risk points"));
    String registrar = ledger.getLeadershipGroup().getLeaders().get(0).getPersonId();
    return write(
        ledger,
        post.getId(),
        List.of(),
        new CaseBook(clock, WarningPolicy.defaults(), "预警系统"),
        registrar,
        directory,
        clock);
  }

  /**
   * Writes one post's archive and the ledger's disclosure export.
   *
   * @param ledger the ledger
   * @param postId the post whose archive is written
   * @param warnings warnings of any posts; those of the post are listed in its archive
   * @param cases the disposition cases; those of the post are listed in its archive
   * @param registrar the person id of who opens the archive and registers the disclosure
   * @param directory an existing directory
   * @param clock the source of time
   * @return the files written
   * @throws IOException if writing fails
   */
  public static List<Path> write(
      Ledger ledger,
      String postId,
      Collection<Warning> warnings,
      CaseBook cases,
      String registrar,
      Path directory,
      Clock clock)
      throws IOException {
    List<Path> written = new ArrayList<>();
    // tag::archive-export[]
    ProbityJson json = ProbityJson.strict();
    Archive archive =
        Archive.of(ledger, postId, List.of()) // plus review records, if kept
            .withWarnings(warnings, cases, clock.getZone()); // 预警与处置记录
    ArchiveHistory history =
        ArchiveHistory.start(archive, registrar, "建立岗位廉政风险档案", clock, json.canonicalForm());
    Path book = directory.resolve("岗位廉政风险档案-" + postId + ".xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      // A4, 一年一页, with the chain's anchor printed (档案链 … 第1版 SHA-256:…)
      ArchiveWorkbookWriter.standard().write(history.current().getContent(), history.anchor(), out);
    }
    Files.write(directory.resolve("archive-history.json"), json.writeArchiveHistory(history));

    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard()); // 姓名→职务
    DisclosureRegistration registration =
        view.register(
            DisclosureKind.PARTY_AFFAIRS,
            "局机关全体干部",
            "公开栏",
            Optional.of(LocalDate.now(clock).plusDays(15)),
            registrarRole(ledger, registrar), // 登记人 as printed: 职务, as the redaction prints people
            clock);
    Path disclosed = directory.resolve("公开登记.xlsx");
    try (OutputStream out = Files.newOutputStream(disclosed)) {
      DisclosureWorkbookWriter.standard().write(view, registration, List.of(history.anchor()), out);
    }
    Files.write(
        directory.resolve("disclosure.json"),
        json.writeDisclosure(new DisclosureDocument(view, registration)));
    // end::archive-export[]
    written.add(book);
    written.add(directory.resolve("archive-history.json"));
    written.add(disclosed);
    written.add(directory.resolve("disclosure.json"));
    return written;
  }

  /** Who registers, as the register prints it: the leader's 职务 (names are redacted). */
  private static String registrarRole(Ledger ledger, String personId) {
    return ledger.getLeadershipGroup().getLeaders().stream()
        .filter(l -> l.getPersonId().equals(personId))
        .map(l -> l.getRole())
        .findFirst()
        .orElse("办公室");
  }
}
