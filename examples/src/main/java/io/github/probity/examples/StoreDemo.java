package io.github.probity.examples;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.EntityChange;
import io.github.probity.archive.FieldChange;
import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import io.github.probity.model.RiskPoint;
import io.github.probity.store.jdbc.H2Files;
import io.github.probity.store.jdbc.LedgerRevision;
import io.github.probity.store.jdbc.ProbityStore;
import io.github.probity.store.jdbc.RevisionSummary;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample unit in the embedded store (an H2 file): two revisions of its ledger, the second a
 * mid-year review that adds to one risk point, with their difference; every post's archive with its
 * anchor kept; the day of warnings' disposition cases. Run again on the same file, it appends on
 * top of what is there. Returns what the store now holds, as lines to print.
 */
public final class StoreDemo {
  private static final DateTimeFormatter SAVED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private StoreDemo() {}

  /**
   * Writes the sample unit into a store file and describes what it holds.
   *
   * @param ledger the unit's ledger
   * @param file the H2 database file, without its {@code .mv.db} suffix
   * @return the store's history, in Chinese, one line per entry
   */
  public static List<String> write(Ledger ledger, Path file) {
    ProbityStore store = H2Files.open(file);
    String unit = ledger.getUnit().getCode();
    int year = ledger.getYear();
    int base = store.ledgers().currentRevision(unit, year).orElse(0);
    LedgerRevision first = store.ledgers().save(ledger, base, "张三");
    LedgerRevision second = store.ledgers().save(midYearReview(ledger), first.getRevision(), "李四");

    int anchors = 0;
    for (Post post : ledger.getPosts()) {
      store.archives().append(Archive.of(ledger, post.getId(), List.of()), "张三", "年度确认岗位廉政风险档案");
      ArchiveAnchor anchor = store.archives().anchor(unit, year, post.getId()).orElseThrow();
      if (store.archives().keep(anchor)) {
        anchors++;
      }
    }
    WarningDayReplay.Result day = WarningDayReplay.run();
    store.cases().record(unit + "-" + year, day.caseBook());

    List<String> lines = new ArrayList<>();
    lines.add("数据库存储（H2 文件 " + file + ".mv.db）：");
    for (RevisionSummary r : store.ledgers().history(unit, year)) {
      lines.add(
          "  台账第 "
              + r.getRevision()
              + " 版  "
              + r.getSavedBy()
              + "  "
              + SAVED_AT.format(r.getSavedAt())
              + "  SHA-256 "
              + r.getDocumentSha256().substring(0, 12)
              + "…");
    }
    List<EntityChange> changes = second.getDiff().orElseThrow().getChanges();
    lines.add(
        "  第 "
            + second.getRevision()
            + " 版相对第 "
            + first.getRevision()
            + " 版 "
            + changes.size()
            + " 处变更：");
    for (EntityChange c : changes) {
      for (FieldChange f : c.getFields()) {
        lines.add(
            "    "
                + c.getType().displayName()
                + " "
                + c.getEntity().displayName()
                + " "
                + c.getId()
                + " 的 "
                + f.getField()
                + "：“…"
                + tail(f.getBefore())
                + "” → “…"
                + tail(f.getAfter())
                + "”");
      }
    }
    lines.add("  定级决定 " + store.ledgers().decisions(unit, year).size() + " 条");
    lines.add(
        "  一岗一档 "
            + store.archives().anchors(unit, year).size()
            + " 个岗位，本次保存锚点 "
            + anchors
            + " 个，汇总哈希 "
            + ArchiveAnchor.digest(store.archives().anchors(unit, year)).substring(0, 16)
            + "…");
    lines.add("  未结处置案件 " + store.cases().openByDeadline(unit + "-" + year).size() + " 件");
    return lines;
  }

  private static String tail(String text) {
    return text.length() <= 20 ? text : text.substring(text.length() - 20);
  }

  /**
   * Returns the ledger after a mid-year review that adds a sentence to the first risk point.
   *
   * @param ledger the ledger
   * @return the reviewed ledger, one risk point changed
   */
  public static Ledger midYearReview(Ledger ledger) {
    List<RiskPoint> points = new ArrayList<>(ledger.getRiskPoints());
    RiskPoint first = points.get(0);
    points.set(
        0,
        RiskPoint.builder()
            .from(first)
            .manifestation(first.getManifestation().orElse("") + "年中复核：新增对学习计划执行情况的季度抽查。")
            .build());
    return Ledger.builder().from(ledger).riskPoints(points).build();
  }
}
