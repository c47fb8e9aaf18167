package io.github.probity.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.docx.DispositionPaperWriter.Written;
import io.github.probity.model.Ledger;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionLadder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's io-docx example, compiled and run. */
class ReadmeExampleTest {
  @Test
  void printsTheStepPapersOfAVerifiedCase(@TempDir Path papers) throws IOException {
    Ledger ledger = SampleDayCases.LEDGER;
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T01:30:00Z"), SampleDayCases.ZONE);
    DispositionCase verified =
        SampleDayCases.verified(DispositionPaperWriterTest.warning(DispositionLadder.RISK));

    // tag::docx[]
    DispositionPaperWriter writer =
        DispositionPaperWriter.builder()
            .clock(clock) // created/modified times: the same case and clock give the same bytes
            .issuer("示例区财政局纪检组") // the ledger's unit by default
            .build(); // deadlines in working days of WorkingCalendar.weekdays() unless set
    DocumentNumbering numbers = DocumentNumbering.of("示财纪", 2026, 3);

    // the step in force is 警示提醒: notice, talk record, self-analysis and pledge
    List<Written> written = writer.writeAll(ledger, verified, numbers, papers);
    // 示财纪〔2026〕3号-处置通知书-曹永辉.docx, …4号-提醒谈话记录…, …5号-个人剖析及廉政承诺书…
    Paper notice = written.get(0).paper();
    // notice.deadlineText(): 2026年9月22日前（5个工作日内）; notice.date(): 2026-09-15
    // end::docx[]

    assertThat(written).hasSize(3);
    assertThat(written.get(0).file().getFileName().toString())
        .isEqualTo("示财纪〔2026〕3号-处置通知书-曹永辉.docx");
    assertThat(written.get(1).file().getFileName().toString()).startsWith("示财纪〔2026〕4号-提醒谈话记录");
    assertThat(written.get(2).file().getFileName().toString()).startsWith("示财纪〔2026〕5号-个人剖析及廉政承诺书");
    assertThat(notice.deadlineText()).isEqualTo("2026年9月22日前（5个工作日内）");
    assertThat(notice.date()).isEqualTo(SampleDayCases.DAY);
  }
}
