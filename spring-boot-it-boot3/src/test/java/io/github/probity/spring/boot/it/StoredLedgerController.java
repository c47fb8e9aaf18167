package io.github.probity.spring.boot.it;

import io.github.probity.model.Ledger;
import io.github.probity.store.jdbc.LedgerRevision;
import io.github.probity.store.jdbc.ProbityStore;
import io.github.probity.store.jdbc.StaleRevisionException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unit's ledgers kept in the application's database through the starter's store. */
// tag::spring-boot-store[]
@RestController
class StoredLedgerController {
  private final ProbityStore store; // the starter's, over the application's DataSource, migrated

  StoredLedgerController(ProbityStore store) {
    this.store = store;
  }

  /** Saves a probity-ledger document as the next revision of its unit and year. */
  @PostMapping("/stored-ledgers")
  Map<String, Object> save(
      @RequestBody Ledger ledger,
      @RequestParam(defaultValue = "0") int basedOn,
      @RequestHeader("X-User") String user) {
    LedgerRevision saved = store.ledgers().save(ledger, basedOn, user);
    return Map.of(
        "revision", saved.getRevision(),
        "changes", saved.getSummary().getChanges().size());
  }

  /** Answers the current revision as a probity-ledger document. */
  @GetMapping("/stored-ledgers/{unit}/{year}")
  ResponseEntity<Ledger> current(@PathVariable String unit, @PathVariable int year) {
    return ResponseEntity.of(store.ledgers().latest(unit, year).map(LedgerRevision::getLedger));
  }

  /** Someone saved a revision in between: 409, with the revision to start from again. */
  @ExceptionHandler
  ProblemDetail stale(StaleRevisionException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setProperty("current", e.getCurrent());
    return problem;
  }
}
// end::spring-boot-store[]
