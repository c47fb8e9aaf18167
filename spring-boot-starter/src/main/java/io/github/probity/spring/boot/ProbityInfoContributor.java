package io.github.probity.spring.boot;

import io.github.probity.excel.AnnexReader;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.RiskGrader;
import io.github.probity.validation.Rule;
import io.github.probity.validation.RuleSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Puts Probity's versions into Actuator's {@code /actuator/info} under {@code probity}: the
 * library's version, the grader's id with the grading policy's id and version, and the rule set's
 * size and fingerprint (a digest of its rule ids and severities, which changes whenever a rule or a
 * severity does). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class ProbityInfoContributor implements InfoContributor {
  private final Map<String, Object> details;

  /**
   * Creates the contribution.
   *
   * @param grader the application's grader
   * @param policy the policy it grades by, if known
   * @param rules the application's rule set
   */
  public ProbityInfoContributor(RiskGrader grader, @Nullable GradingPolicy policy, RuleSet rules) {
    Map<String, Object> d = new LinkedHashMap<>();
    Package p = AnnexReader.class.getPackage();
    String version = p == null ? null : p.getImplementationVersion();
    d.put("version", version == null ? "development" : version);
    Map<String, Object> grading = new LinkedHashMap<>();
    grading.put("grader", grader.id());
    if (policy != null) {
      grading.put("policy", policy.getId());
      grading.put("policyVersion", policy.getVersion());
    }
    d.put("grading", grading);
    Map<String, Object> ruleSet = new LinkedHashMap<>();
    List<Rule> all = rules.rules();
    ruleSet.put("rules", all.size());
    ruleSet.put("fingerprint", fingerprint(rules));
    d.put("ruleSet", ruleSet);
    this.details = Map.copyOf(d);
  }

  /** The first 16 hex digits of the SHA-256 of the rule ids and severities, in order. */
  static String fingerprint(RuleSet rules) {
    StringBuilder text = new StringBuilder();
    for (Rule r : rules.rules()) {
      text.append(r.id())
          .append('=')
          .append(rules.severityOf(r.id()).map(Object::toString).orElse(""))
          .append('\n');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Adds the {@code probity} entry.
   *
   * @param builder the info being built
   */
  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("probity", details);
  }
}
