package io.github.probity.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proposed README section's snippet, compiled and run. */
class ReadmeExampleTest {

  static List<String> snippet(Ledger ledger, Clock clock) {
    List<String> printed = new ArrayList<>();
    // tag::warning[]
    CaseBook cases = new CaseBook(clock, WarningPolicy.defaults(), "预警系统");
    Monitor monitor =
        Monitor.builder()
            .clock(clock) // time only from the injected clock
            .ledger(ledger)
            .caseBook(cases) // each warning opens a case
            .addListener(w -> printed.add(w.getLevel().displayName() + " " + w.getReason()))
            .build();

    monitor.submit( // from any thread, as events happen
        Signal.builder()
            .id("ZF-2026-0815")
            .kind(SignalKind.PROCESS_EVENT)
            .subject(Subject.post("POST-2"))
            .time(Instant.parse("2026-08-15T02:00:00Z"))
            .source("国库支付系统")
            .processEvent(
                ProcessEvent.builder()
                    .action(ProcessAction.PAYMENT)
                    .amount(new BigDecimal("800000"))
                    .approver("P4")
                    .executor("P4")
                    .build())
            .build());
    // printed: 严重 大额资金支付800000元未经集体决策, 警示 资金支付由同一人审批并经办

    String id = "CASE:MAJOR_MATTER_WITHOUT_DECISION:ZF-2026-0815";
    cases.apply(id, CaseAction.ACCEPT, "P5", "纪检组受理");
    DispositionCase c = cases.apply(id, CaseAction.VERIFY, "P5", "情况属实");
    // c.current(): 警示提醒, reply due in 5 days; monitor.advance() escalates it when overdue
    // end::warning[]
    printed.add(c.current().orElseThrow().getMeasure().displayName());
    return printed;
  }

  @Test
  void theSnippetRaisesBothWarningsAndIssuesTheFirstStep() {
    Clock clock = Clock.fixed(Instant.parse("2026-08-16T00:00:00Z"), ZoneOffset.UTC);
    assertThat(snippet(Fixtures.ledger(), clock))
        .containsExactly("严重 大额资金支付800000元未经集体决策", "警示 资金支付由同一人审批并经办", "警示提醒");
  }
}
