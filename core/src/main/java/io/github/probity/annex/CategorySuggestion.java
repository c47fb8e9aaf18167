package io.github.probity.annex;

import io.github.probity.model.RiskCategory;
import java.util.List;
import java.util.Optional;

/**
 * Suggests the risk category of a point whose table gives none, from the words of its title and
 * manifestation: 理想信念 and 铺张浪费 speak of {@link RiskCategory#IDEOLOGY}, 制度不健全 of {@link
 * RiskCategory#INSTITUTION}, 滥用职权 of {@link RiskCategory#DUTY}, 程序 and 环节 of {@link
 * RiskCategory#PROCESS}, 宴请 and 请托 of {@link RiskCategory#EXTERNAL}. A suggestion only: the caller
 * decides whether to accept it (the reader does so only when asked and then says so). No suggestion
 * when no key word is found or two categories tie. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CategorySuggestion {
  private static final List<String[]> WORDS =
      List.of(
          new String[] {
            "思想", "理想信念", "宗旨意识", "特权", "享乐", "贪图享受", "铺张浪费", "自由散漫", "不思进取", "官僚主义", "形式主义",
            "廉洁自律", "政治理论", "作风", "推诿扯皮", "公车私用", "弄虚作假"
          },
          new String[] {"制度", "机制", "不健全", "可操作性", "内控", "缺乏相互制约", "标准和权限不明确", "规章"},
          new String[] {
            "滥用职权", "以权谋私", "职务便利", "职务之便", "失职", "渎职", "不作为", "慢作为", "把关不严", "超越职权", "越权", "独断专行",
            "玩忽职守", "失察", "裁量权", "走过场"
          },
          new String[] {"流程", "程序", "环节", "审核不规范", "未按规定", "暗箱操作", "时限", "信息公开", "简化", "补办", "以罚代"},
          new String[] {
            "宴请", "请托", "人情", "利益诱惑", "吃请", "礼品", "礼金", "说情", "打招呼", "围猎", "回扣", "服务对象", "不正当交往",
            "泄露", "利益相关方", "干预"
          });

  private static final List<RiskCategory> ORDER =
      List.of(
          RiskCategory.IDEOLOGY,
          RiskCategory.INSTITUTION,
          RiskCategory.DUTY,
          RiskCategory.PROCESS,
          RiskCategory.EXTERNAL);

  private CategorySuggestion() {}

  /**
   * Suggests a category from a risk point's texts; the title's words count twice.
   *
   * @param title the risk point's title
   * @param manifestation how the risk shows, if described
   * @return the suggested category, or empty when the words say nothing clear
   */
  public static Optional<RiskCategory> suggest(String title, Optional<String> manifestation) {
    int[] score = new int[ORDER.size()];
    for (int c = 0; c < ORDER.size(); c++) {
      for (String w : WORDS.get(c)) {
        if (title.contains(w)) {
          score[c] += 2;
        }
        if (manifestation.isPresent() && manifestation.get().contains(w)) {
          score[c] += 1;
        }
      }
    }
    int best = -1;
    boolean tie = false;
    for (int c = 0; c < score.length; c++) {
      if (score[c] > 0 && (best < 0 || score[c] > score[best])) {
        best = c;
        tie = false;
      } else if (best >= 0 && score[c] == score[best]) {
        tie = true;
      }
    }
    return best < 0 || tie ? Optional.empty() : Optional.of(ORDER.get(best));
  }
}
