package io.github.probity.spring.boot.it;

import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.WarningDocument;
import io.github.probity.model.Ledger;
import io.github.probity.spring.boot.SignalDocument;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidLedger;
import io.github.probity.validation.ValidationReport;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An OA backend as a vendor writes it with the starter: no Probity wiring of its own. */
@SpringBootApplication
public class AnnexApp {

  /** The host's own rule set, which replaces the starter's. */
  @Bean
  RuleSet hostRules() {
    return RuleSet.standard().without("PR-ARCHIVE-001");
  }

  /**
   * A host's own request body that embeds a ledger.
   *
   * @param ledger the ledger
   */
  record Holder(Ledger ledger) {}

  /**
   * A host's filing form: its own field constraint and the ledger checked with Probity's rules.
   *
   * @param clerk who files
   * @param ledger the ledger filed
   */
  record Filing(@NotBlank String clerk, @ValidLedger Ledger ledger) {}

  /** Uploads, checks and samples. */
  @RestController
  static class AnnexController {
    private final AnnexReader reader;
    private final ProbityJson json;
    private final RuleSet rules;
    private final Clock clock;
    private final WarningPolicy policy;

    AnnexController(
        AnnexReader reader, ProbityJson json, RuleSet rules, Clock clock, WarningPolicy policy) {
      this.reader = reader;
      this.json = json;
      this.rules = rules;
      this.clock = clock;
      this.policy = policy;
    }

    // tag::spring-boot[]
    // AnnexReader and ProbityJson are the starter's beans, configured under probity.*; a refused
    // workbook (not a workbook, zip bomb, beyond probity.excel.max-file-size …) becomes a 400
    // problem detail with Probity's findings.
    @PostMapping(path = "/annexes", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] upload(@RequestParam("file") MultipartFile file) throws IOException {
      AnnexReadResult read;
      try (InputStream in = file.getInputStream()) {
        read = reader.read(in);
      }
      return json.writeLedger(read.getLedger());
    }

    // end::spring-boot[]

    /** Validates a posted ledger document and answers the report document. */
    @PostMapping(
        path = "/ledgers/check",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> check(@RequestBody byte[] document) {
      Ledger ledger = json.readLedger(document).value();
      return ResponseEntity.ok(json.writeReport(rules.validate(ledger, clock)));
    }

    /** Validates a ledger taken as a whole document; the report goes back as a document. */
    @PostMapping("/ledgers/validate")
    ValidationReport validate(@RequestBody Ledger ledger) {
      return rules.validate(ledger, clock);
    }

    /** A ledger inside the host's own request, read by the host's Jackson mapper. */
    @PostMapping(path = "/ledgers/count", consumes = MediaType.APPLICATION_JSON_VALUE)
    String count(@RequestBody Holder holder) {
      return String.valueOf(holder.ledger().getRiskPoints().size());
    }

    /** A host's form checked by Boot's validator: a failure is a 400 problem detail. */
    @PostMapping(path = "/filings", consumes = MediaType.APPLICATION_JSON_VALUE)
    String file(@Valid @RequestBody Filing filing) {
      return filing.clerk();
    }

    /** Escalates the overdue cases of a posted case book and answers the book. */
    @PostMapping("/cases/escalate")
    CaseBook escalate(@RequestBody CaseBook book) {
      book.escalateOverdue();
      return book;
    }

    /** Evaluates a posted day of signals and answers the warnings with their evidence. */
    @PostMapping("/signals/replay")
    WarningDocument replay(@RequestBody SignalDocument day) {
      List<Warning> warnings =
          Monitor.replay(
              day.signals(), policy, Optional.of(SampleUnit.ledger()), Indicator.builtIns());
      return WarningDocument.of(warnings, day.signals());
    }

    /** Answers a posted day of signals in the monitor's order. */
    @PostMapping("/signals/ordered")
    SignalDocument ordered(@RequestBody SignalDocument day) {
      return new SignalDocument(day.signals().stream().sorted(Signal.ORDER).toList());
    }

    /** A ledger inside the host's own response, written by the host's Jackson mapper. */
    @GetMapping("/sample")
    Map<String, Object> sample() {
      return Map.of("ledger", SampleUnit.ledger());
    }
  }
}
