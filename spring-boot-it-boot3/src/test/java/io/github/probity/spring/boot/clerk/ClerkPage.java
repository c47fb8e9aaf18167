package io.github.probity.spring.boot.clerk;

import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The clerk's one page, plain HTML without scripts. */
final class ClerkPage {
  private ClerkPage() {}

  static String escape(Object value) {
    String s = String.valueOf(value);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String render(ClerkController.Check check, List<String> refusal, Locale locale) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
        .append("<title>廉政风险防控台账检查</title><style>")
        .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #999;padding:.2em .5em}")
        .append(".ERROR{background:#fdd}.WARNING{background:#ffd}</style></head><body>")
        .append("<h1>廉政风险防控台账检查</h1>")
        .append("<form method=\"post\" action=\"/clerk\" enctype=\"multipart/form-data\">")
        .append("<label>附件工作簿（.xlsx）：<input type=\"file\" name=\"file\" id=\"file\"")
        .append(" accept=\".xlsx,.xls\" required></label> ")
        .append("<button type=\"submit\" id=\"check\">检查</button></form>");
    if (!refusal.isEmpty()) {
      h.append("<h2>工作簿未被接受</h2><ul id=\"refusal\">");
      for (String r : refusal) {
        h.append("<li>").append(escape(r)).append("</li>");
      }
      h.append("</ul>");
    }
    if (check != null) {
      h.append("<h2>")
          .append(escape(check.unit()))
          .append("：")
          .append(check.riskPoints())
          .append(" 个风险点，")
          .append(check.findings().size())
          .append(" 条发现（评定：")
          .append(escape(check.grader()))
          .append("）</h2>")
          .append("<p><a id=\"annexes\" href=\"")
          .append(escape(check.annexes()))
          .append("\">下载 Probity 生成的附件（annexes.xlsx）</a></p>");
      h.append("<h3>发现</h3><table id=\"findings\"><thead><tr><th>工作表</th><th>行</th>")
          .append("<th>列</th><th>单元格内容</th><th>代码</th><th>级别</th><th>说明</th>")
          .append("</tr></thead><tbody>");
      for (Map<String, Object> f : check.findings()) {
        h.append("<tr class=\"").append(escape(f.get("severity"))).append("\">");
        for (String k : new String[] {"sheet", "row", "column", "value", "code", "severity"}) {
          h.append("<td class=\"").append(k).append("\">");
          h.append(escape(f.getOrDefault(k, ""))).append("</td>");
        }
        h.append("<td class=\"message\">").append(escape(f.get("message"))).append("</td></tr>");
      }
      h.append("</tbody></table>");
      h.append("<h3>风险等级 × 风险类别</h3><table id=\"heatmap\"><thead><tr><th></th>");
      for (RiskCategory c : RiskCategory.values()) {
        h.append("<th>").append(escape(c.displayName())).append("</th>");
      }
      h.append("</tr></thead><tbody>");
      for (RiskLevel level : RiskLevel.values()) {
        h.append("<tr><th>").append(escape(level.displayName())).append("</th>");
        Map<String, Integer> row = check.heatMap().get(level.code());
        for (RiskCategory c : RiskCategory.values()) {
          int n = row.get(c.code());
          int shade = Math.min(255, 60 + n * 40);
          h.append("<td data-level=\"")
              .append(level.code())
              .append("\" data-category=\"")
              .append(c.code())
              .append("\" style=\"background:rgb(255,")
              .append(255 - shade / 2)
              .append(',')
              .append(255 - shade)
              .append(")\">")
              .append(n)
              .append("</td>");
        }
        h.append("</tr>");
      }
      h.append("</tbody></table>");
    }
    return h.append("</body></html>").toString();
  }
}
