package io.github.probity.validation;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location.ModelPath;
import io.github.probity.finding.Severity;
import io.github.probity.internal.Templates;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskPoint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * PR-FIELD-001: the model's Jakarta field constraints, checked by a Jakarta validator and reported
 * as {@link Finding}s with Probity paths. Provider order is not stable, so violations are sorted by
 * path, key and arguments. Thread-safe if the validator is (Jakarta validators are).
 */
final class FieldConstraints implements Rule {
  static final String ID = "PR-FIELD-001";

  /** The key for a constraint whose template is not a single message key. */
  static final String LITERAL_KEY = "PR-FIELD-001";

  private static final List<String> NOT_ATTRIBUTES = List.of("groups", "payload", "message");

  private final Validator validator;

  FieldConstraints(Validator validator) {
    this.validator = validator;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(ValidationContext context, Findings findings) {
    Ledger ledger = context.getLedger();
    List<Found> found = new ArrayList<>();
    for (ConstraintViolation<Ledger> cv : validator.validate(ledger)) {
      ModelPath path = translate(ledger, cv.getPropertyPath());
      String template = cv.getMessageTemplate();
      if (template.startsWith("{")
          && template.endsWith("}")
          && template.indexOf('{', 1) < 0
          && template.indexOf('}') == template.length() - 1) {
        Map<String, Object> attributes = new TreeMap<>();
        cv.getConstraintDescriptor()
            .getAttributes()
            .forEach(
                (k, v) -> {
                  if (!NOT_ATTRIBUTES.contains(k)) {
                    attributes.put(k, v.getClass().isArray() ? Templates.text(v) : v);
                  }
                });
        found.add(new Found(path, template.substring(1, template.length() - 1), attributes));
      } else {
        found.add(new Found(path, LITERAL_KEY, cv.getMessage()));
      }
    }
    found.sort(
        Comparator.comparing((Found f) -> f.path().text())
            .thenComparing(Found::key)
            .thenComparing(f -> String.valueOf(f.argument())));
    for (Found f : found) {
      findings.add(f.path(), f.key(), f.argument());
    }
  }

  private record Found(ModelPath path, String key, Object argument) {}

  @Override
  public String toString() {
    return ID;
  }

  /**
   * Translates a Jakarta property path on a ledger, such as {@code riskPoints[4].measures[0].text},
   * into a Probity path such as {@code departments[D1].riskPoints[RP-3].measures[M-3].text}.
   */
  static ModelPath translate(Ledger ledger, Path path) {
    Object bean = ledger;
    ModelPath beanPath = ModelPath.LEDGER;
    String pending = null;
    for (Path.Node n : path) {
      Integer index = n.getIndex();
      if (pending != null && index != null) {
        Object container = value(bean, pending);
        Object element =
            container instanceof List<?> && index < ((List<?>) container).size()
                ? ((List<?>) container).get(index)
                : null;
        beanPath = elementPath(ledger, beanPath, pending, element, index);
        bean = element;
        pending = null;
      } else if (pending != null) {
        Object v = value(bean, pending);
        bean = v instanceof Optional<?> ? ((Optional<?>) v).orElse(null) : v;
        beanPath = beanPath.property(pending);
        pending = null;
      }
      if (n.getKind() == ElementKind.PROPERTY) {
        pending = n.getName();
      }
    }
    return pending == null ? beanPath : beanPath.property(pending);
  }

  private static @org.jspecify.annotations.Nullable Object value(
      @org.jspecify.annotations.Nullable Object bean, String property) {
    if (bean instanceof Ledger) {
      Ledger l = (Ledger) bean;
      switch (property) {
        case "unit":
          return l.getUnit();
        case "leadershipGroup":
          return l.getLeadershipGroup();
        case "people":
          return l.getPeople();
        case "departments":
          return l.getDepartments();
        case "posts":
          return l.getPosts();
        case "powerItems":
          return l.getPowerItems();
        case "riskPoints":
          return l.getRiskPoints();
        default:
          return null;
      }
    }
    if (bean instanceof LeadershipGroup && property.equals("leaders")) {
      return ((LeadershipGroup) bean).getLeaders();
    }
    if (bean instanceof PowerItem && property.equals("processSteps")) {
      return ((PowerItem) bean).getProcessSteps();
    }
    if (bean instanceof Post && property.equals("duties")) {
      return ((Post) bean).getDuties();
    }
    if (bean instanceof RiskPoint) {
      RiskPoint rp = (RiskPoint) bean;
      switch (property) {
        case "measures":
          return rp.getMeasures();
        case "monitoringIndicators":
          return rp.getMonitoringIndicators();
        case "decision":
          return rp.getDecision();
        case "factors":
          return rp.getFactors();
        default:
          return null;
      }
    }
    return null;
  }

  private static ModelPath elementPath(
      Ledger ledger,
      ModelPath beanPath,
      String property,
      @org.jspecify.annotations.Nullable Object element,
      int index) {
    if (element instanceof Person) {
      return Paths.person(((Person) element).getId());
    }
    if (element instanceof Department) {
      return Paths.department(((Department) element).getId());
    }
    if (element instanceof Post) {
      return Paths.post((Post) element);
    }
    if (element instanceof PowerItem) {
      return Paths.powerItem(ledger, (PowerItem) element);
    }
    if (element instanceof RiskPoint) {
      return Paths.riskPoint(ledger, (RiskPoint) element);
    }
    if (element instanceof Leader) {
      return Paths.leader(((Leader) element).getPersonId());
    }
    if (element instanceof Measure) {
      return beanPath.element("measures", ((Measure) element).getId());
    }
    if (element instanceof ProcessStep) {
      return beanPath.element("processSteps", ((ProcessStep) element).getId());
    }
    return beanPath.element(property, String.valueOf(index));
  }
}
