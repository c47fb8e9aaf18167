package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Person;
import io.github.probity.model.PowerItem;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta bridge, run with whatever provider is on the test class path (Hibernate Validator 8
 * in the default test run, 9 in the second run) and no Expression Language.
 */
class JakartaBridgeTest {

  /** One field per built-in Jakarta constraint, each violated. */
  @SuppressWarnings("unused")
  static final class Everything {
    @AssertFalse boolean assertFalse = true;
    @AssertTrue boolean assertTrue = false;

    @DecimalMax("10")
    BigDecimal decimalMax = BigDecimal.valueOf(11);

    @DecimalMax(value = "10", inclusive = false)
    BigDecimal decimalMaxExclusive = BigDecimal.valueOf(11);

    @DecimalMin("10")
    BigDecimal decimalMin = BigDecimal.ONE;

    @Digits(integer = 2, fraction = 1)
    BigDecimal digits = new BigDecimal("123.45");

    @Email String email = "not an email";
    @Future LocalDate future = LocalDate.of(2000, 1, 1);
    @FutureOrPresent LocalDate futureOrPresent = LocalDate.of(2000, 1, 1);

    @Max(100)
    int max = 101;

    @Min(1)
    int min = 0;

    @Negative int negative = 1;
    @NegativeOrZero int negativeOrZero = 1;
    @NotBlank String notBlank = " ";
    @NotEmpty String notEmpty = "";
    @NotNull @org.jspecify.annotations.Nullable Object notNull = null;
    @Null Object mustBeNull = "x";
    @Past LocalDate past = LocalDate.of(2999, 1, 1);
    @PastOrPresent LocalDate pastOrPresent = LocalDate.of(2999, 1, 1);

    @Pattern(regexp = "[A-Z]+")
    String pattern = "abc";

    @Positive int positive = -1;
    @PositiveOrZero int positiveOrZero = -1;

    @Size(min = 2, max = 5)
    String size = "x";
  }

  static Map<String, String> messages(Validator validator) {
    Map<String, String> out = new TreeMap<>();
    for (ConstraintViolation<Everything> v : validator.validate(new Everything())) {
      out.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return out;
  }

  @Test
  void theRunUsesTheProviderAndApiItClaims() {
    String provider = System.getProperty("probity.expected.provider", "");
    String api = System.getProperty("probity.expected.api", "");
    assertThat(provider).isNotEmpty();
    assertThat(
            Validation.byDefaultProvider()
                .configure()
                .getClass()
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString())
        .contains("/" + provider + "/");
    assertThat(Validation.class.getProtectionDomain().getCodeSource().getLocation().toString())
        .contains("/" + api + "/");
  }

  @Test
  void theValidatorBootsWithoutAnExpressionLanguage() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    Set<ConstraintViolation<Person>> v =
        BeanValidation.validator().validate(Person.builder().id("P1").name(" ").build());
    assertThat(v).extracting(ConstraintViolation::getMessage).containsExactly("不能为空白");
  }

  @Test
  void everyBuiltInConstraintHasAChineseMessageWithoutRawExpressions() {
    Map<String, String> zh = messages(BeanValidation.validator());
    assertThat(zh).hasSize(23);
    assertThat(zh.values())
        .allSatisfy(
            m -> {
              assertThat(m).doesNotContain("${").doesNotContain("{").doesNotContain("}");
              assertThat(m).matches("(?s).*[\\u4e00-\\u9fff].*|只能为 (true|false)");
            });
    assertThat(zh)
        .containsEntry("decimalMax", "必须小于或等于10")
        .containsEntry("decimalMaxExclusive", "必须小于10")
        .containsEntry("max", "不能大于100")
        .containsEntry("size", "长度或个数必须在2和5之间")
        .containsEntry("digits", "数值超出范围（应为不超过 2 位整数、1 位小数）");
    Map<String, String> en = messages(BeanValidation.validator(Locale.ENGLISH));
    assertThat(en.values()).allSatisfy(m -> assertThat(m).doesNotContain("${").doesNotContain("{"));
    assertThat(en)
        .containsEntry("decimalMax", "must be less than or equal to 10")
        .containsEntry("decimalMaxExclusive", "must be less than 10")
        .containsEntry("pattern", "must match \"[A-Z]+\"");
  }

  static Ledger withFieldViolations() {
    Ledger base = Fixtures.ledger();
    List<Person> people = new ArrayList<>(base.getPeople());
    people.set(2, Person.builder().id("P3").name(" ").build());
    LeadershipGroup g = base.getLeadershipGroup();
    Leader.Builder p2 = Leader.builder();
    p2.from(g.getLeaders().get(1));
    p2.role(" ");
    LeadershipGroup.Builder gb = LeadershipGroup.builder();
    gb.from(g);
    gb.leaders(List.of(g.getLeaders().get(0), p2.build()));
    PowerItem pi1 = base.powerItem("PI-1").orElseThrow();
    PowerItem.Builder ib = PowerItem.builder();
    ib.from(pi1);
    ib.processSteps(
        List.of(
            ProcessStep.builder().id("S1").name(" ").post("POST-1").build(),
            pi1.getProcessSteps().get(1)));
    List<PowerItem> items = new ArrayList<>(base.getPowerItems());
    items.set(0, ib.build());
    Ledger withPoint =
        Fixtures.withPoint(
            "RP-3",
            b ->
                b.addMonitoringIndicators("")
                    .measures(
                        List.of(
                            Measure.builder()
                                .id("M-3")
                                .text("长".repeat(1001))
                                .type(MeasureType.INSTITUTIONAL)
                                .build()))
                    .decision(
                        LevelDecision.builder()
                            .meetingReference("会".repeat(201))
                            .date(LocalDate.of(2026, 5, 20))
                            .proposedLevel(RiskLevel.MEDIUM)
                            .level(RiskLevel.MEDIUM)
                            .build()));
    return Fixtures.builder()
        .year(1999)
        .people(people)
        .leadershipGroup(gb.build())
        .powerItems(items)
        .riskPoints(withPoint.getRiskPoints())
        .build();
  }

  @Test
  void fieldViolationsJoinTheReportWithProbityPathsAndBothLanguages() {
    ValidationReport report =
        RuleSet.standard()
            .with(BeanValidation.rule())
            .validate(withFieldViolations(), Fixtures.CLOCK);
    List<Finding> field = report.byRule("PR-FIELD-001");
    assertThat(field)
        .extracting(f -> f.getLocation().text(), Finding::message, v -> v.message(Locale.ENGLISH))
        .containsExactly(
            tuple(
                "departments[D1].posts[POST-1].powerItems[PI-1].processSteps[S1].name",
                "不能为空白",
                "must not be blank"),
            tuple(
                "departments[D1].riskPoints[RP-3].decision.meetingReference",
                "长度或个数必须在0和200之间",
                "size must be between 0 and 200"),
            tuple(
                "departments[D1].riskPoints[RP-3].measures[M-3].text",
                "长度或个数必须在0和1000之间",
                "size must be between 0 and 1000"),
            tuple(
                "departments[D1].riskPoints[RP-3].monitoringIndicators[0]",
                "不能为空白",
                "must not be blank"),
            tuple("leadershipGroup.leaders[P2].role", "不能为空白", "must not be blank"),
            tuple("people[P3].name", "不能为空白", "must not be blank"),
            tuple("year", "不能小于2000", "must be greater than or equal to 2000"));
    assertThat(field).allSatisfy(v -> assertThat(v.getSeverity()).isEqualTo(Severity.ERROR));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void theFieldRuleIsDeterministicAndPassesAValidLedger() {
    RuleSet set = RuleSet.standard().with(BeanValidation.rule(BeanValidation.validator()));
    assertThat(set.validate(withFieldViolations(), Fixtures.CLOCK))
        .isEqualTo(set.validate(withFieldViolations(), Fixtures.CLOCK));
    assertThat(set.validate(Fixtures.ledger(), Fixtures.CLOCK).getFindings()).isEmpty();
  }

  /** A vendor's form object, checked by the host's validator. */
  @ValidLedger
  static final class FilingForm implements LedgerForm {
    private final Ledger ledger;

    FilingForm(Ledger ledger) {
      this.ledger = ledger;
    }

    @Override
    public Ledger toLedger() {
      return ledger;
    }
  }

  @ValidLedger(rules = "PR-MEASURE-003", failOn = Severity.WARNING, locale = "en")
  static final class DeadlineForm implements LedgerForm {
    private final Ledger ledger;

    DeadlineForm(Ledger ledger) {
      this.ledger = ledger;
    }

    @Override
    public Ledger toLedger() {
      return ledger;
    }
  }

  /** A form holding a ledger in a field. */
  static final class Envelope {
    @ValidLedger final Ledger ledger;

    Envelope(Ledger ledger) {
      this.ledger = ledger;
    }
  }

  static Ledger missingMeasure(String title) {
    return Fixtures.withPoint("RP-3", b -> b.measures(List.of()).title(title));
  }

  @Test
  void aFormObjectIsCheckedByTheSdkValidator() {
    assertThat(BeanValidation.validator().validate(new FilingForm(Fixtures.ledger()))).isEmpty();
    Set<ConstraintViolation<FilingForm>> v =
        BeanValidation.validator().validate(new FilingForm(missingMeasure("制度执行不到位")));
    assertThat(v)
        .extracting(x -> x.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(
            tuple(
                "departments[D1].riskPoints[RP-3].measures",
                "[PR-MEASURE-001] 风险点 RP-3“制度执行不到位”没有防控措施。"));
  }

  @Test
  void aFormObjectIsCheckedByAHostValidatorAndTextIsNeverInterpolated() {
    try (ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> Fixtures.clockAt("2027-01-05"))
            .buildValidatorFactory()) {
      Validator host = factory.getValidator();
      Set<ConstraintViolation<FilingForm>> v =
          host.validate(new FilingForm(missingMeasure("${1+1}执行{min}不到位\\")));
      assertThat(v)
          .extracting(ConstraintViolation::getMessage)
          .containsExactly("[PR-MEASURE-001] 风险点 RP-3“${1+1}执行{min}不到位\\”没有防控措施。");
      Set<ConstraintViolation<DeadlineForm>> late =
          host.validate(new DeadlineForm(Fixtures.ledger()));
      assertThat(late)
          .extracting(x -> x.getPropertyPath().toString(), ConstraintViolation::getMessage)
          .containsExactly(
              tuple(
                  "departments[D1].posts[POST-1].riskPoints[RP-1].measures[M-1].deadline",
                  "[PR-MEASURE-003] Measure M-1 of risk point RP-1 was due on 2026-12-31 and is"
                      + " overdue (today is 2027-01-05)."));
      assertThat(host.validate(new Envelope(missingMeasure("制度执行不到位"))))
          .extracting(x -> x.getPropertyPath().toString())
          .containsExactly("ledger.departments[D1].riskPoints[RP-3].measures");
    }
  }

  @Test
  void aFormWhoseLedgerCannotBeBuiltReportsEveryIntegrityProblem() {
    LedgerForm broken =
        () ->
            Fixtures.builder()
                .addRiskPoints(
                    Fixtures.point(
                            "RP-9",
                            RiskOwner.post("POST-1"),
                            io.github.probity.model.RiskCategory.DUTY,
                            "悬空引用",
                            RiskLevel.LOW)
                        .responsible("P9")
                        .build())
                .build();
    @ValidLedger
    final class Broken implements LedgerForm {
      @Override
      public Ledger toLedger() {
        return broken.toLedger();
      }
    }
    assertThat(BeanValidation.validator().validate(new Broken()))
        .extracting(x -> x.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(
            tuple(
                "riskPoints[RP-9].responsible",
                "[PR-INTEGRITY] 引用的“P9”在台账中不存在（riskPoints[RP-9].responsible）"));
  }

  @Test
  void aRuleIdTheSetLacksFailsLoudly() {
    @ValidLedger(rules = "NOPE")
    final class Wrong implements LedgerForm {
      @Override
      public Ledger toLedger() {
        return Fixtures.ledger();
      }
    }
    assertThatThrownBy(() -> BeanValidation.validator().validate(new Wrong()))
        .hasStackTraceContaining("NOPE")
        .hasStackTraceContaining("PR-MEASURE-001");
  }
}
