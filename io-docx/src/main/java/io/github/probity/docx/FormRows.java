package io.github.probity.docx;

import io.github.probity.docx.Layout.Row;
import io.github.probity.warning.DispositionMeasure;
import java.util.ArrayList;
import java.util.List;

/** The rows and signature lines of each form. */
final class FormRows {
  /** A blank day as forms print it, filled in by hand. */
  static final String BLANK_DATE = "　　年　月　日";

  static final String BLANK_NAME = "＿＿＿＿＿";

  private FormRows() {}

  static List<Row> of(Paper p) {
    List<Row> rows = new ArrayList<>();
    String step =
        p.measure().map(DispositionMeasure::displayName).orElse("预警提示")
            + (p.round() > 1 ? "（第" + p.round() + "次）" : "");
    switch (p.kind()) {
      case REMINDER_CARD:
        person(rows, p, "被提醒人");
        rows.add(Row.of("提醒事项", p.facts()));
        rows.add(Row.of("提醒要求", p.requirements()));
        rows.add(Row.of("回复期限", p.deadlineText()));
        rows.add(Row.blank("本人回复", 4200));
        break;
      case INQUIRY_LETTER:
        person(rows, p, "被函询人");
        rows.add(Row.of("函询事项", p.facts()));
        rows.add(Row.of("回复要求", p.requirements()));
        rows.add(Row.of("回复期限", p.deadlineText()));
        rows.add(Row.blank("本人说明", 4800));
        break;
      case WARNING_CARD:
        person(rows, p, "被警示人");
        rows.add(Row.of("警示事项", p.facts()));
        rows.add(Row.of("整改要求", p.requirements()));
        rows.add(Row.of("整改期限", p.deadlineText()));
        rows.add(Row.blank("整改方案", 4200));
        break;
      case REMINDER_TALK_RECORD:
      case ADMONITION_TALK_RECORD:
        rows.add(Row.of("谈话时间", "　　年　　月　　日　　时　　分"));
        rows.add(Row.of("谈话地点", ""));
        rows.add(Row.of("谈话人", ""));
        rows.add(Row.of("记录人", ""));
        person(rows, p, "被谈话人");
        rows.add(Row.of("谈话事由", withStep(p.facts(), step)));
        rows.add(Row.blank("谈话内容", 6400));
        rows.add(Row.blank("本人表态", 1800));
        rows.add(Row.of("后续要求", p.requirements()));
        break;
      case SELF_ANALYSIS_PLEDGE:
        person(rows, p, "姓名");
        rows.add(Row.of("事由", withStep(p.facts(), step)));
        rows.add(Row.of("报送期限", p.deadlineText()));
        rows.add(Row.blank("问题剖析", 3000));
        rows.add(Row.blank("整改措施", 2400));
        rows.add(Row.of("廉政承诺", Drafts.pledge(p)));
        break;
      default: // RECTIFICATION_REPORT
        person(rows, p, "整改对象");
        rows.add(Row.of("处置措施", step));
        rows.add(Row.of("存在问题", p.facts()));
        rows.add(Row.of("整改期限", p.deadlineText()));
        rows.add(Row.blank("整改措施", 2800));
        rows.add(Row.blank("整改结果", 2400));
        // three lines to write the opinion in, then the signature
        rows.add(Row.of("科室负责人意见", "", "", "", "签名：" + BLANK_NAME + "　" + BLANK_DATE));
        rows.add(Row.of("纪检组审核意见", "", "", "", "签名：" + BLANK_NAME + "　" + BLANK_DATE));
        break;
    }
    return rows;
  }

  private static List<String> withStep(List<String> facts, String step) {
    List<String> lines = new ArrayList<>(facts);
    lines.add("处置措施：" + step + "。");
    return lines;
  }

  private static void person(List<Row> rows, Paper p, String label) {
    rows.add(Row.of(label, p.subjectName()));
    if (!p.subjectPosition().isEmpty()) {
      rows.add(Row.of("单位及职务", p.subjectPosition()));
    }
  }

  static List<String> signatureLines(Paper p) {
    switch (p.kind()) {
      case REMINDER_CARD:
        return List.of("被提醒人（签名）：" + BLANK_NAME + "　日期：" + BLANK_DATE);
      case INQUIRY_LETTER:
        return List.of("被函询人（签名）：" + BLANK_NAME + "　日期：" + BLANK_DATE);
      case WARNING_CARD:
        return List.of("被警示人（签名）：" + BLANK_NAME + "　日期：" + BLANK_DATE);
      case REMINDER_TALK_RECORD:
      case ADMONITION_TALK_RECORD:
        return List.of(
            "谈话人（签名）：" + BLANK_NAME + "　记录人（签名）：" + BLANK_NAME,
            "被谈话人（签名）：" + BLANK_NAME + "　日期：" + BLANK_DATE);
      case SELF_ANALYSIS_PLEDGE:
        return List.of("承诺人（签名）：" + BLANK_NAME + "　日期：" + BLANK_DATE);
      default:
        return List.of("报告人（签名）：" + BLANK_NAME + "　日期：" + BLANK_DATE);
    }
  }
}
