package io.github.probity.grading;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Converts a {@link GradingPolicy} to and from plain data: maps with string keys, lists, strings
 * and numbers, as a JSON or YAML mapper reads and writes them. Enum values are their codes.
 */
final class PolicyData {
  private PolicyData() {}

  static Map<String, Object> toData(GradingPolicy policy) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", policy.getId());
    out.put("version", policy.getVersion());
    out.put("method", policy.method().code());
    out.put("parameters", parameters(policy.getParameters()));
    List<Object> overrides = new ArrayList<>();
    for (OverrideRule r : policy.getOverrides()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("condition", r.getCondition().code());
      if (!r.getPowerKinds().isEmpty()) {
        m.put("powerKinds", codes(new ArrayList<>(r.getPowerKinds())));
      }
      if (!r.getScopes().isEmpty()) {
        m.put("scopes", codes(new ArrayList<>(r.getScopes())));
      }
      r.getFloor().ifPresent(l -> m.put("floor", l.code()));
      r.getCeiling().ifPresent(l -> m.put("ceiling", l.code()));
      overrides.add(m);
    }
    out.put("overrides", overrides);
    if (!policy.getExtraFactors().isEmpty()) {
      List<Object> extras = new ArrayList<>();
      for (ExtraFactor x : policy.getExtraFactors()) {
        extras.add(extraFactor(x));
      }
      out.put("extraFactors", extras);
    }
    return out;
  }

  private static Map<String, Object> extraFactor(ExtraFactor x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", x.getCode());
    m.put("label", x.getLabel());
    m.put("scope", x.getScope().code());
    if (x.isCoded()) {
      List<Object> codes = new ArrayList<>();
      for (Map.Entry<String, String> e : x.getCodes().entrySet()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", e.getKey());
        c.put("label", e.getValue());
        codes.add(c);
      }
      m.put("codes", codes);
    } else {
      m.put("min", x.getMin().orElse(0));
      m.put("max", x.getMax().orElse(0));
      if (x.isInteger()) {
        m.put("integer", true);
      }
    }
    if (x.isInverse()) {
      m.put("inverse", true);
    }
    return m;
  }

  private static ExtraFactor extraFactor(Map<String, ?> m, String at) {
    ExtraFactor.Builder b = ExtraFactor.builder();
    b.code(string(m, "code", at)).label(string(m, "label", at));
    b.scope(ExtraFactor.Scope.parse(string(m, "scope", at)));
    for (Object o : optionalList(m, "codes", at)) {
      Map<String, ?> c = asMap(o, at + "codes");
      b.putCodes(string(c, "code", at + "codes."), string(c, "label", at + "codes."));
    }
    if (m.get("min") != null) {
      b.min(number(m.get("min"), at + "min").doubleValue());
    }
    if (m.get("max") != null) {
      b.max(number(m.get("max"), at + "max").doubleValue());
    }
    b.integer(flag(m, "integer", at)).inverse(flag(m, "inverse", at));
    return b.build();
  }

  private static boolean flag(Map<String, ?> m, String key, String at) {
    Object v = m.get(key);
    if (v == null) {
      return false;
    }
    if (!(v instanceof Boolean)) {
      throw new IllegalArgumentException(
          "grading policy: " + at + key + " must be true or false, was " + v);
    }
    return (Boolean) v;
  }

  private static Map<String, Object> parameters(MethodParameters p) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (p instanceof WeightedFactorsParameters) {
      WeightedFactorsParameters w = (WeightedFactorsParameters) p;
      Map<String, Object> weights = new LinkedHashMap<>();
      for (Factor f : Factor.values()) {
        if (w.getWeights().containsKey(f)) {
          weights.put(f.code(), w.weight(f));
        }
      }
      m.put("weights", weights);
      if (!w.getExtraWeights().isEmpty()) {
        m.put("extraWeights", new LinkedHashMap<String, Object>(w.getExtraWeights()));
      }
      m.put("highFrom", w.getHighFrom());
      m.put("mediumFrom", w.getMediumFrom());
      m.put("countBands", new ArrayList<Object>(w.getCountBands()));
    } else if (p instanceof CountRuleParameters) {
      m.put("mediumFrom", ((CountRuleParameters) p).getMediumFrom());
      m.put("highFrom", ((CountRuleParameters) p).getHighFrom());
    } else if (p instanceof CriteriaCountParameters) {
      m.put("mediumFrom", ((CriteriaCountParameters) p).getMediumFrom());
      m.put("highFrom", ((CriteriaCountParameters) p).getHighFrom());
    } else if (p instanceof PowerTypeParameters) {
      PowerTypeParameters t = (PowerTypeParameters) p;
      Map<String, Object> levels = new LinkedHashMap<>();
      for (PowerKind k : PowerKind.values()) {
        RiskLevel l = t.getLevels().get(k);
        if (l != null) {
          levels.put(k.code(), l.code());
        }
      }
      m.put("levels", levels);
      m.put("majorMatterLevel", t.getMajorMatterLevel().code());
      m.put("noPowerLevel", t.getNoPowerLevel().code());
    } else {
      MatrixParameters x = (MatrixParameters) p;
      m.put("likelihoodFactors", codes(x.getLikelihoodFactors()));
      m.put("severityFactors", codes(x.getSeverityFactors()));
      m.put("likelihoodBounds", new ArrayList<Object>(x.getLikelihoodBounds()));
      m.put("severityBounds", new ArrayList<Object>(x.getSeverityBounds()));
      List<Object> rows = new ArrayList<>();
      for (List<RiskLevel> row : x.getCells()) {
        rows.add(codes(row));
      }
      m.put("cells", rows);
      if (!x.getLikelihoodExtras().isEmpty()) {
        m.put("likelihoodExtras", new ArrayList<Object>(x.getLikelihoodExtras()));
      }
      if (!x.getSeverityExtras().isEmpty()) {
        m.put("severityExtras", new ArrayList<Object>(x.getSeverityExtras()));
      }
    }
    return m;
  }

  private static List<Object> codes(List<? extends io.github.probity.model.Coded> values) {
    List<Object> out = new ArrayList<>();
    for (io.github.probity.model.Coded c : values) {
      out.add(c.code());
    }
    return out;
  }

  static GradingPolicy fromData(Map<String, ?> data) {
    GradingMethod method = GradingMethod.parse(string(data, "method", ""));
    Map<String, ?> p = map(data, "parameters", "");
    GradingPolicy.Builder b = GradingPolicy.builder();
    b.id(string(data, "id", "")).version(string(data, "version", ""));
    b.parameters(parameters(method, p));
    Object overrides = data.get("overrides");
    if (overrides != null) {
      List<?> rules = list(overrides, "overrides");
      for (int i = 0; i < rules.size(); i++) {
        String path = "overrides[" + i + "].";
        Map<String, ?> r = asMap(rules.get(i), "overrides[" + i + "]");
        OverrideRule.Builder rb = OverrideRule.builder();
        rb.condition(OverrideCondition.parse(string(r, "condition", path)));
        for (Object k : optionalList(r, "powerKinds", path)) {
          rb.addPowerKinds(PowerKind.parse(text(k, path + "powerKinds")));
        }
        for (Object s : optionalList(r, "scopes", path)) {
          rb.addScopes(OwnerScope.parse(text(s, path + "scopes")));
        }
        optionalString(r, "floor").ifPresent(l -> rb.floor(RiskLevel.parse(l)));
        optionalString(r, "ceiling").ifPresent(l -> rb.ceiling(RiskLevel.parse(l)));
        b.addOverrides(rb.build());
      }
    }
    List<?> extras = optionalList(data, "extraFactors", "");
    for (int i = 0; i < extras.size(); i++) {
      String at = "extraFactors[" + i + "].";
      b.addExtraFactors(extraFactor(asMap(extras.get(i), "extraFactors[" + i + "]"), at));
    }
    return b.build();
  }

  private static MethodParameters parameters(GradingMethod method, Map<String, ?> p) {
    String at = "parameters.";
    switch (method) {
      case WEIGHTED_FACTORS:
        {
          WeightedFactorsParameters.Builder w = WeightedFactorsParameters.builder();
          for (Map.Entry<String, ?> e : map(p, "weights", at).entrySet()) {
            w.putWeights(
                Factor.parse(e.getKey()),
                number(e.getValue(), at + "weights." + e.getKey()).doubleValue());
          }
          if (p.get("extraWeights") != null) {
            for (Map.Entry<String, ?> e : map(p, "extraWeights", at).entrySet()) {
              w.putExtraWeights(
                  e.getKey(),
                  number(e.getValue(), at + "extraWeights." + e.getKey()).doubleValue());
            }
          }
          w.highFrom(number(p.get("highFrom"), at + "highFrom").doubleValue());
          w.mediumFrom(number(p.get("mediumFrom"), at + "mediumFrom").doubleValue());
          for (Object o : list(p.get("countBands"), at + "countBands")) {
            w.addCountBands(integer(o, at + "countBands"));
          }
          return w.build();
        }
      case COUNT_RULE:
        return CountRuleParameters.builder()
            .mediumFrom(integer(p.get("mediumFrom"), at + "mediumFrom"))
            .highFrom(integer(p.get("highFrom"), at + "highFrom"))
            .build();
      case CRITERIA_COUNT:
        return CriteriaCountParameters.builder()
            .mediumFrom(integer(p.get("mediumFrom"), at + "mediumFrom"))
            .highFrom(integer(p.get("highFrom"), at + "highFrom"))
            .build();
      case POWER_TYPE:
        {
          Map<PowerKind, RiskLevel> levels = new EnumMap<>(PowerKind.class);
          for (Map.Entry<String, ?> e : map(p, "levels", at).entrySet()) {
            levels.put(
                PowerKind.parse(e.getKey()), RiskLevel.parse(text(e.getValue(), at + "levels")));
          }
          return PowerTypeParameters.builder()
              .putAllLevels(levels)
              .majorMatterLevel(RiskLevel.parse(string(p, "majorMatterLevel", at)))
              .noPowerLevel(RiskLevel.parse(string(p, "noPowerLevel", at)))
              .build();
        }
      default:
        {
          MatrixParameters.Builder x = MatrixParameters.builder();
          x.likelihoodFactors(each(p, "likelihoodFactors", at, Factor::parse));
          x.severityFactors(each(p, "severityFactors", at, Factor::parse));
          for (Object o : list(p.get("likelihoodBounds"), at + "likelihoodBounds")) {
            x.addLikelihoodBounds(integer(o, at + "likelihoodBounds"));
          }
          for (Object o : list(p.get("severityBounds"), at + "severityBounds")) {
            x.addSeverityBounds(integer(o, at + "severityBounds"));
          }
          for (Object o : optionalList(p, "likelihoodExtras", at)) {
            x.addLikelihoodExtras(text(o, at + "likelihoodExtras"));
          }
          for (Object o : optionalList(p, "severityExtras", at)) {
            x.addSeverityExtras(text(o, at + "severityExtras"));
          }
          List<?> rows = list(p.get("cells"), at + "cells");
          for (int i = 0; i < rows.size(); i++) {
            List<RiskLevel> row = new ArrayList<>();
            for (Object o : list(rows.get(i), at + "cells[" + i + "]")) {
              row.add(RiskLevel.parse(text(o, at + "cells[" + i + "]")));
            }
            x.addCells(row);
          }
          return x.build();
        }
    }
  }

  private static <T> List<T> each(
      Map<String, ?> m, String key, String at, Function<String, T> parse) {
    List<T> out = new ArrayList<>();
    for (Object o : list(m.get(key), at + key)) {
      out.add(parse.apply(text(o, at + key)));
    }
    return out;
  }

  private static String string(Map<String, ?> m, String key, String at) {
    return text(m.get(key), at + key);
  }

  private static Optional<String> optionalString(Map<String, ?> m, String key) {
    Object v = m.get(key);
    return v == null ? Optional.empty() : Optional.of(text(v, key));
  }

  private static String text(@org.jspecify.annotations.Nullable Object v, String path) {
    if (!(v instanceof String)) {
      throw new IllegalArgumentException("grading policy: " + path + " must be a string, was " + v);
    }
    return (String) v;
  }

  private static Number number(@org.jspecify.annotations.Nullable Object v, String path) {
    if (!(v instanceof Number)) {
      throw new IllegalArgumentException("grading policy: " + path + " must be a number, was " + v);
    }
    return (Number) v;
  }

  private static int integer(@org.jspecify.annotations.Nullable Object v, String path) {
    Number n = number(v, path);
    if (n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new IllegalArgumentException(
          "grading policy: " + path + " must be a whole number, was " + v);
    }
    return n.intValue();
  }

  private static List<?> list(@org.jspecify.annotations.Nullable Object v, String path) {
    if (!(v instanceof List)) {
      throw new IllegalArgumentException("grading policy: " + path + " must be a list, was " + v);
    }
    return (List<?>) v;
  }

  private static List<?> optionalList(Map<String, ?> m, String key, String at) {
    Object v = m.get(key);
    return v == null ? List.of() : list(v, at + key);
  }

  private static Map<String, ?> map(Map<String, ?> m, String key, String at) {
    return asMap(m.get(key), at + key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> asMap(@org.jspecify.annotations.Nullable Object v, String path) {
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException(
          "grading policy: " + path + " must be an object, was " + v);
    }
    for (Object k : ((Map<?, ?>) v).keySet()) {
      if (!(k instanceof String)) {
        throw new IllegalArgumentException(
            "grading policy: " + path + " has a key that is not a string: " + k);
      }
    }
    return (Map<String, ?>) v;
  }
}
