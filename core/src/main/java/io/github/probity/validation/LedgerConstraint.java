package io.github.probity.validation;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.internal.Messages;
import io.github.probity.internal.Templates;
import io.github.probity.model.Ledger;
import io.github.probity.model.LedgerIntegrityException;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What both {@link ValidLedger} validators share. Immutable after initialisation. */
final class LedgerConstraint {
  static final String INTEGRITY = "PR-INTEGRITY";

  private final RuleSet rules;
  private final Severity failOn;
  private final Locale locale;

  LedgerConstraint(ValidLedger annotation) {
    RuleSet set = instantiate(annotation.ruleSet()).get();
    if (set.rule(FieldConstraints.ID).isPresent()) {
      set = set.without(FieldConstraints.ID);
    }
    if (annotation.rules().length > 0) {
      RuleSet only = RuleSet.empty();
      for (String id : annotation.rules()) {
        RuleSet source = set;
        Rule rule =
            set.rule(id)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "@ValidLedger names rule "
                                + id
                                + ", which its rule set does not have; it has "
                                + source.rules().stream().map(Rule::id).toList()));
        only = only.with(rule).withSeverity(id, set.severityOf(id).orElseThrow());
      }
      set = only;
    }
    this.rules = set;
    this.failOn = annotation.failOn();
    this.locale = Locale.forLanguageTag(annotation.locale());
  }

  private static Supplier<RuleSet> instantiate(Class<? extends Supplier<RuleSet>> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalArgumentException(
          "@ValidLedger ruleSet "
              + type.getName()
              + " needs a public no-argument constructor: "
              + Arrays.toString(type.getConstructors()),
          e);
    }
  }

  boolean isValid(Supplier<Ledger> source, ConstraintValidatorContext context) {
    Ledger ledger;
    try {
      ledger = source.get();
    } catch (LedgerIntegrityException e) {
      context.disableDefaultConstraintViolation();
      for (LedgerIntegrityException.Problem p : e.getProblems()) {
        String key = INTEGRITY + "." + p.kind().name();
        report(
            context,
            p.path(),
            "[" + INTEGRITY + "] " + Messages.render(key, List.of(p.path(), p.value()), locale));
      }
      return false;
    }
    Clock clock = context.getClockProvider().getClock();
    ValidationReport report = rules.validate(ledger, clock);
    boolean valid = true;
    for (Finding v : report.getFindings()) {
      if (v.getSeverity().isAtLeast(failOn)) {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        report(
            context, v.getLocation().text(), "[" + v.getCode().code() + "] " + v.message(locale));
      }
    }
    return valid;
  }

  private static void report(ConstraintValidatorContext context, String path, String message) {
    ConstraintValidatorContext.ConstraintViolationBuilder b =
        context.buildConstraintViolationWithTemplate(Templates.escape(message));
    if (path.isEmpty()) {
      b.addConstraintViolation();
    } else {
      b.addPropertyNode(path).addConstraintViolation();
    }
  }
}
